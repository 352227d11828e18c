// A nuclide written with its mass number as a superscript before the symbol: "¹H", "¹³C",
// "²³⁵U". eSpeak NG says nothing for the superscript, so "¹H NMR" lost its isotope and "¹⁴C"
// was plain carbon. Physicists and chemists say the symbol, then the mass number ("H one",
// "C fourteen", "U two hundred thirty five"); a cue list of the names some nuclides also have
// ("proton", "deuterium") would need the line's field, so the general reading serves every one.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

std::optional<std::string> speak_nuclide(std::string_view core) {
  std::string mass;
  std::size_t k = 0;
  std::size_t width = 0;
  while (k < core.size() && mass.size() < 4) {
    char d = text::superscript_digit(core, k, width);
    if (d == '\0' || d == '-') break;
    mass.push_back(d);
    k += width;
  }
  std::string_view symbol = core.substr(k);
  // One to three figures, no leading zero, then one element symbol and nothing else.
  if (mass.empty() || mass.size() > 3 || mass[0] == '0' || symbol.empty() || symbol.size() > 2) return std::nullopt;
  auto letters = speak_formula_symbols(symbol);
  if (!letters || letters->find(' ') != std::string::npos) return std::nullopt;
  return *letters + " " + cardinal_words(mass);
}

}  // namespace briefcast::rules
