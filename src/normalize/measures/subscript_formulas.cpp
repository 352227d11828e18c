// Formulas written with subscript figures: "N₂", "O₂", "H₂SO₄", "CDCl₃", "pO₂". eSpeak NG
// says nothing for a subscript figure, so "N₂" was "N" and "H₂SO₄" "H S O". A subscript makes a
// word surely a formula, so every one is read as a chemist reads it, its symbols spelt and each
// count after them ("H two S.O four", "C.D.C.L three"), even a single symbol ("N two"), which
// plain figures leave to other rules ("No1" may be a name). A lower-case "p" before the formula
// is a partial pressure ("a pO₂ of 1.4": "P O two").
#include <algorithm>

#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

// The word with its subscript figures as ASCII ones, when it holds at least one and no other
// character outside ASCII letters, figures and brackets (and points, when `points`: "PM₂.₅").
std::optional<std::string> plain_figures(std::string_view core, bool points = false) {
  std::string out;
  bool subscript = false;
  for (std::size_t k = 0; k < core.size();) {
    std::size_t width = 0;
    if (char d = text::subscript_digit(core, k, width)) {
      out.push_back(d);
      subscript = true;
      k += width;
      continue;
    }
    bool allowed = text::is_alnum(core[k]) || core[k] == '(' || core[k] == ')' || (points && core[k] == '.');
    if (!allowed) return std::nullopt;
    out.push_back(core[k++]);
  }
  if (!subscript) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> speak_subscript_formula(std::string_view core) {
  if (core.size() < 2 || core.size() > 60) return std::nullopt;
  auto plain = plain_figures(core);
  if (!plain) return std::nullopt;
  std::string_view formula = *plain;
  bool pressure = formula.size() > 1 && formula[0] == 'p' && text::is_upper(formula[1]);
  if (pressure) formula.remove_prefix(1);
  auto spoken = speak_formula_symbols(formula);
  if (!spoken) return std::nullopt;
  return pressure ? "P " + *spoken : *spoken;
}

bool is_subscript_formula(std::string_view core) { return speak_subscript_formula(core).has_value(); }

std::optional<std::string> plain_subscript_symbol(std::string_view core) {
  std::size_t letters = 0;
  while (letters < core.size() && text::is_upper(core[letters])) ++letters;
  if (letters < 2 || letters > 4 || is_subscript_formula(core)) return std::nullopt;
  // After the capitals only subscript figures, with a point between them ("PM₂.₅").
  std::string_view tail = core.substr(letters);
  if (tail.empty() || tail.front() == '.' || tail.back() == '.') return std::nullopt;
  auto plain_char = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '.'; };
  if (std::any_of(tail.begin(), tail.end(), plain_char)) return std::nullopt;
  return plain_figures(core, true);
}

}  // namespace briefcast::rules
