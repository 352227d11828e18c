// The Public Land Survey System's notation, as American deeds, leases and land notices write a
// tract: "the NE¼ of Section 22, T4N, R3W" -> "the northeast quarter of Section twenty two,
// Township four North, Range three West". An aliquot part ("NE¼", "SW1/4", "N½", "NW¼SE¼" the
// northwest quarter of the southeast quarter) names a quarter or a half of a section, and "T4N",
// "R12W" a township north or south of the baseline and a range east or west of the meridian.
// eSpeak NG spelt the letters ("N E a quarter", "T four N"), which no listener decodes. Only in
// a line about sections, townships or parcels: "T4N" and "R3W" are part numbers elsewhere. A
// township or a range is read only with its partner ("T4N, R3W") or an aliquot part near it:
// "range", "lease" or "patent" alone is as often a product line or a mountain range.
#include "normalize/codes/land_survey.h"

#include <array>
#include <utility>
#include <vector>

#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 8> kQuarterSides = {{{"N", "north"}, {"S", "south"}, {"E", "east"}, {"W", "west"},
                                                      {"NE", "northeast"}, {"NW", "northwest"}, {"SE", "southeast"},
                                                      {"SW", "southwest"}}};

bool is_survey_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"section", "sections", "sec", "township", "townships", "range", "ranges",
                                        "parcel", "parcels", "tract", "tracts", "meridian", "acres", "acre", "plss",
                                        "lease", "leases", "deed", "patent", "homestead"});
}

// "T4N", "R12W": a township or a range, its number and its direction.
std::optional<std::string> township_or_range(std::string_view core) {
  if (core.size() < 3 || core.size() > 5 || (core[0] != 'T' && core[0] != 'R')) return std::nullopt;
  std::string_view number = core.substr(1, core.size() - 2);
  char side = core.back();
  if (!text::all_digits(number) || number[0] == '0') return std::nullopt;
  bool township = core[0] == 'T';
  std::string_view direction = township ? (side == 'N' ? "North" : side == 'S' ? "South" : "")
                                        : (side == 'E' ? "East" : side == 'W' ? "West" : "");
  if (direction.empty()) return std::nullopt;
  return std::string(township ? "Township " : "Range ") + cardinal_words(number) + " " + std::string(direction);
}

// "NE¼", "SW1/4", "N½", "E1/2": one aliquot part, with the rest of the word after it.
std::optional<std::string> aliquot_part(std::string_view& rest) {
  std::size_t letters = 0;
  while (letters < rest.size() && letters < 2 && text::is_upper(rest[letters])) ++letters;
  auto side = letters > 0 ? text::said_for(kQuarterSides, rest.substr(0, letters)) : std::nullopt;
  if (!side) return std::nullopt;
  std::string_view share = rest.substr(letters);
  for (auto [written, said] : {std::pair{"\u00bc", "quarter"}, std::pair{"1/4", "quarter"}, std::pair{"\u00bd", "half"},
                               std::pair{"1/2", "half"}}) {
    if (!text::starts_with(share, written)) continue;
    // A half is of a side ("N½"); a quarter of a corner ("NE¼") or, in Louisiana and Texas
    // surveys, of a side too.
    if (std::string_view(said) == "half" && letters != 1) return std::nullopt;
    rest = share.substr(std::string_view(written).size());
    return std::string(*side) + " " + said;
  }
  return std::nullopt;
}

// "NW¼SE¼" -> "northwest quarter of the southeast quarter": parts of parts, the smallest first.
std::optional<std::string> aliquot_parts(std::string_view core) {
  std::vector<std::string> parts;
  while (!core.empty() && parts.size() < 4) {
    auto part = aliquot_part(core);
    if (!part) return std::nullopt;
    parts.push_back(*part);
  }
  if (parts.empty() || !core.empty()) return std::nullopt;
  return text::joined(parts, " of the ");
}

bool is_township_code(std::string_view core) { return !core.empty() && core[0] == 'T' && township_or_range(core); }
bool is_range_code(std::string_view core) { return !core.empty() && core[0] == 'R' && township_or_range(core); }
bool is_aliquot_word(std::string_view core) {
  return core.size() <= 40 && !core.empty() && text::is_upper(core[0]) && aliquot_parts(core).has_value();
}

// A township code with a range code a few words off, or either beside an aliquot part: a
// legal description, not a lone model number.
bool has_survey_partner(const Words& words, std::size_t i) {
  auto partner = words[i].core[0] == 'T' ? is_range_code : is_township_code;
  return text::any_word_near(words, i, 4, partner) || text::any_word_near(words, i, 12, is_aliquot_word);
}

}  // namespace

std::optional<Match> match_land_survey(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() > 40 || w.core.empty() || !text::is_upper(w.core[0])) return std::nullopt;
  auto said = township_or_range(w.core);
  if (said && !has_survey_partner(words, i)) return std::nullopt;
  if (!said) said = aliquot_parts(w.core);
  if (!said || !text::any_word_near(words, i, 12, is_survey_word)) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
