// The delta notation of stable-isotope ratios ("δ¹⁸O", "δ13C", "δ¹⁵N"), as geochemists and
// ecologists write it: said "delta O eighteen", the delta, the element, then its mass number.
// eSpeak NG had said "delta O" and dropped the superscript figures, so the isotope was lost (a
// meaning error: "δ¹⁸O" and "δ¹⁷O" are different measures).
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kDelta = "\xCE\xB4";  // δ

}  // namespace

// A one-letter symbol is said by its letter ("delta O eighteen"), as geochemists say it; a
// two-letter one by the element's name ("delta calcium forty four"), since eSpeak NG reads
// "Ca" or "Fe" as a word. Letters that name no element ("δ5A") keep their old reading.
std::optional<Match> match_isotope_delta(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, kDelta)) return std::nullopt;
  std::size_t at = kDelta.size();
  std::string mass = nuclide_mass(core, at, true);
  std::string_view symbol = core.substr(at);
  auto name = element_name(symbol);
  if (mass.empty() || !name) return std::nullopt;
  std::string element = symbol.size() == 1 ? spelled_letters(symbol) : std::string(*name);
  return Match{1, "delta " + element + " " + cardinal_words(mass), false};
}

}  // namespace briefcast::rules
