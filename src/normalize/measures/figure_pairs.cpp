// Two figures slashed before their unit that are no fraction of it: "28/36 mpg" (city and
// highway), "12/24 V", "20/30 mph". A fraction written in figures has a small top over a usual
// bottom ("3/4 in", "15/16 in", "1/25 s"); a top of ten or more over a bottom no one divides by
// is two readings of the unit, said "twenty eight or thirty six miles per gallon" ("twenty eight
// thirty sixths mile per gallon" had been said, a fraction no one meant).
#include "normalize/number_words.h"
#include "normalize/rules.h"

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

}  // namespace briefcast::rules
