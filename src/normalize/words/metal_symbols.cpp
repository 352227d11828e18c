// Chemical symbols of a precious metal after its purity: "99.99% Au" -> "gold", "coins of .999
// fine Ag" -> "silver", "95% Pt"; and a glazing unit's gas fill after its share, "90% Ar" ->
// "argon". Before bullion words the letters may be a surname ("Jessica Au bullion dealer"), so
// that cue is none. eSpeak NG said the symbol as a word ("aw", "ag") or letters,
// and the metal was lost. Elsewhere the two letters are names, states or codes ("Ag" for
// agriculture, "AR" Arkansas), so each is read only in those places.
#include <array>
#include <string>

#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 5> kSymbols = {{
    {"Au", "gold"}, {"Ag", "silver"}, {"Pt", "platinum"}, {"Pd", "palladium"}, {"Ar", "argon"},
}};

// "99.99%", "90%": a share of half or more before the symbol, the metal's fineness or a gas
// fill's share; a smaller one is a change or a vote ("rose 3% Ag stocks", "48% Au").
bool bulk_share(const Word& before) {
  std::string_view core = before.core;
  if (!core.empty() && core.back() == '%') core.remove_suffix(1);
  else if (before.suffix != "%") return false;
  if (core.empty() || !text::is_digit(core[0]) || core.find_first_not_of("0123456789.") != std::string_view::npos) {
    return false;
  }
  return std::stod(std::string(core)) >= 50;
}

// "99.99%", "fine", "purity": what states a metal's fineness just before its symbol.
bool states_fineness(const Word& before) {
  if (!before.suffix.empty() && before.suffix != "%") return false;
  return bulk_share(before) || text::is_one_of_lowered(before.core, {"fine", "pure", "purity"});
}

}  // namespace

std::optional<Match> match_metal_symbol(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto metal = text::said_for(kSymbols, w.core);
  if (!metal || !w.prefix.empty() || i == 0) return std::nullopt;
  // "100% Ar Rahman", "48% Au 52%": a name or a figure after the letters makes them a name or a
  // party's, not the metal whose fineness was stated.
  if (i + 1 < words.size() && w.suffix.empty() && words[i + 1].prefix.empty() && !words[i + 1].core.empty() &&
      (text::is_capitalized(words[i + 1].core) || text::is_digit(words[i + 1].core[0]))) {
    return std::nullopt;
  }
  bool fineness = w.core != "Ar" && states_fineness(words[i - 1]);
  // "90% Ar": a gas fill's share before the symbol, as a metal's fineness is.
  bool gas_share = w.core == "Ar" && words[i - 1].suffix.empty() && bulk_share(words[i - 1]);
  if (!fineness && !gas_share) return std::nullopt;
  return Match{1, std::string(*metal), false};
}

}  // namespace briefcast::rules
