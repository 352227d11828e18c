// A nuclide written with its mass number as a superscript before the symbol: "¹H", "¹³C",
// "²³⁵U". eSpeak NG says nothing for the superscript, so "¹H NMR" lost its isotope and "¹⁴C"
// was plain carbon. Physicists and chemists say the symbol, then the mass number ("H one",
// "C fourteen", "U two hundred thirty five"); a cue list of the names some nuclides also have
// ("proton", "deuterium") would need the line's field, so the general reading serves every one.
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

std::string nuclide_mass(std::string_view core, std::size_t& k, bool plain_figures) {
  std::string mass;
  std::size_t width = 0;
  while (k < core.size() && mass.size() < 4) {
    char d = text::superscript_digit(core, k, width);
    if (d >= '0' && d <= '9') {
      mass.push_back(d);
      k += width;
    } else if (d == '\0' && plain_figures && text::is_digit(core[k])) {
      mass.push_back(core[k]);
      ++k;
    } else {
      break;
    }
  }
  return mass.size() <= 3 && !mass.empty() && mass[0] != '0' ? mass : "";
}

std::optional<std::string> speak_nuclide(std::string_view core) {
  std::size_t k = 0;
  std::string mass = nuclide_mass(core, k, false);
  std::string_view symbol = core.substr(k);
  // "¹⁸F-FDG", "¹¹C-PIB": a tracer named by its isotope, a hyphen and the compound's
  // initials, as nuclear medicine writes them; said as the isotope, then the letters ("F
  // eighteen F D G"). The superscript had been dropped.
  std::string_view tracer;
  if (std::size_t dash = symbol.find('-'); dash != std::string_view::npos) {
    tracer = symbol.substr(dash + 1);
    symbol = symbol.substr(0, dash);
    if (tracer.size() < 2 || tracer.size() > 6 || !text::all_upper(tracer) || !text::all_alpha(tracer)) return std::nullopt;
  }
  // One to three figures, no leading zero, then one element symbol and nothing else.
  if (mass.empty() || mass.size() > 3 || mass[0] == '0' || symbol.empty() || symbol.size() > 2) return std::nullopt;
  auto letters = speak_formula_symbols(symbol);
  if (!letters || letters->find(' ') != std::string::npos) return std::nullopt;
  std::string said = *letters + " " + cardinal_words(mass);
  return tracer.empty() ? said : said + " " + spelled_letters(tracer);
}

}  // namespace briefcast::rules
