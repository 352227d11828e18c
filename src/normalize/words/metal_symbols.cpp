// Chemical symbols of a precious metal after its purity or beside bullion words: "99.99% Au" ->
// "gold", "coins of .999 fine Ag" -> "silver", "95% Pt", "a Pd bar"; and a glazing unit's gas
// fill, "a 16 mm Ar fill" -> "argon". eSpeak NG said the symbol as a word ("aw", "ag") or letters,
// and the metal was lost. Elsewhere the two letters are names, states or codes ("Ag" for
// agriculture, "AR" Arkansas), so each is read only in those places.
#include <array>

#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 5> kSymbols = {{
    {"Au", "gold"}, {"Ag", "silver"}, {"Pt", "platinum"}, {"Pd", "palladium"}, {"Ar", "argon"},
}};

// "99.99%", "fine", "purity": what states a metal's fineness just before its symbol.
bool states_fineness(const Word& before) {
  std::string_view core = before.core;
  if (!before.suffix.empty() && before.suffix != "%") return false;
  bool percentage = !core.empty() && (core.back() == '%' || before.suffix == "%") && text::is_digit(core[0]);
  return percentage || text::is_one_of_lowered(core, {"fine", "pure", "purity"});
}

// "Au bullion", "a Pd bar", "an Ar fill": the noun the symbol qualifies after it.
bool names_the_metal(std::string_view symbol, std::string_view after) {
  if (symbol == "Ar") return text::is_one_of_lowered(after, {"fill", "filled", "filling", "gas", "infill"});
  return text::is_one_of_lowered(after, {"bullion", "bar", "bars", "ingot", "ingots", "coin", "coins", "content"});
}

}  // namespace

std::optional<Match> match_metal_symbol(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto metal = text::said_for(kSymbols, w.core);
  if (!metal || !w.prefix.empty()) return std::nullopt;
  bool fineness = i > 0 && w.core != "Ar" && states_fineness(words[i - 1]);
  bool qualified = w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                   names_the_metal(w.core, words[i + 1].core);
  // "90% Ar": a gas fill's share before the symbol, as a metal's fineness is.
  bool gas_share = w.core == "Ar" && i > 0 && words[i - 1].suffix.empty() && text::ends_with(words[i - 1].core, "%");
  if (!fineness && !qualified && !gas_share) return std::nullopt;
  return Match{1, std::string(*metal), false};
}

}  // namespace briefcast::rules
