// A rate given per a round figure of a unit, as bills and tariffs write it: "per 1,000 gal",
// "per 100 km", "per 1,000 L". A newsreader says the base without its "one": "per thousand
// gallons", "per hundred kilometers"; "per one thousand gallons" was read.
#include "normalize/match.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

// The round figures a rate is given per, said without "one".
std::optional<std::string_view> round_base(std::string_view figure) {
  static constexpr std::pair<std::string_view, std::string_view> kBases[] = {
      {"100", "hundred"},          {"1,000", "thousand"},          {"1000", "thousand"},
      {"10,000", "ten thousand"},  {"100,000", "hundred thousand"}, {"1,000,000", "million"}};
  for (const auto& [written, said] : kBases) {
    if (figure == written) return said;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_rate_base(const Words& words, std::size_t i) {
  if (words[i].core != "per" || !words[i].suffix.empty() || i + 2 >= words.size()) return std::nullopt;
  const Word& figure = words[i + 1];
  const Word& unit = words[i + 2];
  if (!figure.prefix.empty() || !figure.suffix.empty() || !unit.prefix.empty()) return std::nullopt;
  auto base = round_base(figure.core);
  auto name = base ? find_unit(unit.core) : std::nullopt;
  // "per 1,000 L": a unit symbol, not a word that a unit may share letters with ("per 100 in").
  if (!name || unit.core == "in" || (text::all_alpha(unit.core) && unit.core.size() > 4)) return std::nullopt;
  // "per 100 g pot": the measure sizes the noun after it, which the measure rules read.
  if (unit.suffix.empty() && i + 3 < words.size() && words[i + 3].prefix.empty() &&
      text::starts_in_lower_case(words[i + 3].core) && text::all_alpha(words[i + 3].core) &&
      !is_not_noun(words[i + 3].core) &&
      !text::is_one_of(words[i + 3].core, {"next", "last", "used", "today", "now", "until", "since", "above", "below"})) {
    return std::nullopt;
  }
  bool dotted = text::starts_with(unit.suffix, ".") && i + 3 < words.size() && text::starts_in_lower_case(words[i + 3].core);
  return Match{3, "per " + std::string(*base) + " " + name->many, dotted};
}

}  // namespace briefcast::rules
