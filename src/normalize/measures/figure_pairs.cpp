// Two figures slashed before their unit that are no fraction of it: "28/36 mpg" (city and
// highway), "12/24 V", "20/30 mph". A fraction written in figures has a small top over a usual
// bottom ("3/4 in", "15/16 in", "1/25 s"); a top of ten or more over a bottom no one divides by
// is two readings of the unit, said "twenty eight or thirty six miles per gallon" ("twenty eight
// thirty sixths mile per gallon" had been said, a fraction no one meant).
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

std::optional<std::string> slashed_figure_pair(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash < 2 || slash > 3 || core.size() - slash - 1 < 2 ||
      core.size() - slash - 1 > 3) {
    return std::nullopt;
  }
  std::string_view top = core.substr(0, slash);
  std::string_view bottom = core.substr(slash + 1);
  if (!text::all_digits(top) || !text::all_digits(bottom) || top[0] == '0' || bottom[0] == '0') return std::nullopt;
  int low = std::stoi(std::string(top));
  int high = std::stoi(std::string(bottom));
  if (low >= high || is_fraction_denominator(high)) return std::nullopt;
  return cardinal_words(top) + " or " + cardinal_words(bottom);
}

namespace {

bool is_figure_char(char c) { return text::is_digit(c) || c == '.'; }

// The imperial units whose fractions fraction_units.cpp reads glued ("1/4in", "3/8oz").
bool is_glued_fraction_unit(std::string_view unit) {
  return text::is_one_of(unit, {"in", "oz", "lb", "mi", "ft", "yd"});
}

}  // namespace

// "110/220V", "130/80mmHg", "1/2kg": slashed figures glued to a unit are read as the same
// figures with the unit apart ("110/220 V"), where the spaced rules know a choice, a reading over
// another and a fraction; glued, the slash had been said ("one / two kilograms" for half a kilo).
std::string spaced_slashed_units(std::string line) {
  std::string out;
  out.reserve(line.size() + 8);
  std::size_t k = 0;
  while (k < line.size()) {
    bool starts_word = k == 0 || line[k - 1] == ' ' || line[k - 1] == '(';
    if (!starts_word || !text::is_digit(line[k])) {
      out.push_back(line[k++]);
      continue;
    }
    std::size_t slash = k;
    while (slash < line.size() && is_figure_char(line[slash])) ++slash;
    std::size_t unit = slash + 1;
    while (unit < line.size() && is_figure_char(line[unit])) ++unit;
    std::size_t end = unit;
    while (end < line.size() && line[end] != ' ' && line[end] != ',' && line[end] != ';' && line[end] != ')' &&
           !(line[end] == '.' && (end + 1 == line.size() || line[end + 1] == ' '))) {
      ++end;
    }
    bool shape = slash < line.size() && line[slash] == '/' && slash - k <= 4 && unit > slash + 1 && unit - slash <= 5 &&
                 unit < end;
    std::string_view symbol = shape ? std::string_view(line).substr(unit, end - unit) : std::string_view();
    if (shape && text::is_alpha(symbol[0]) && !is_glued_fraction_unit(symbol) && find_unit(symbol)) {
      out.append(line, k, unit - k);
      out.push_back(' ');
      out.append(symbol);
    } else {
      out.append(line, k, end - k);
    }
    k = end;
  }
  return out;
}

}  // namespace briefcast::rules
