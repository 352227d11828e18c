// Australian jurisdictions as law citations and reports abbreviate them: "Act 1992 (Qld)",
// "the Qld government", "(Cth)". "Qld" (or "QLD") and "Cth" are no words and have no other reading, so
// they are said in full everywhere; "Vic" and "Tas" are also given names, so only inside
// brackets, where a citation puts its jurisdiction ("(Vic)"), are they the states. Initialisms
// ("NSW", "WA") are spelled by the acronym rules, as people say them. Irish counties are
// written "Co. Cork" or "Co Kerry": before a county's name "Co" is "County", never "Company".
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

struct Jurisdiction {
  std::string_view written;
  std::string_view spoken;
  bool bracketed_only;
};

constexpr Jurisdiction kJurisdictions[] = {
    {"Qld", "Queensland", false},
    {"QLD", "Queensland", false},
    {"Cth", "Commonwealth", false},
    {"Vic", "Victoria", true},
    {"Tas", "Tasmania", true},
};

}  // namespace

namespace {

bool is_irish_county(std::string_view name) {
  return text::is_one_of(name, {"Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down",
                                "Dublin", "Fermanagh", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois", "Leitrim",
                                "Limerick", "Londonderry", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
                                "Roscommon", "Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford",
                                "Wicklow"});
}

// A line that tells of Australia: a state's short name, the country, a capital or the dollar.
bool tells_of_australia(const Words& words) {
  for (const Word& w : words) {
    if (text::starts_with(w.core, "A$") || text::starts_with(w.core, "AUD")) return true;
    if (text::is_one_of(w.core, {"Qld", "QLD", "NSW", "Australia", "Australian", "Australians", "Perth", "Sydney",
                                 "Melbourne", "Brisbane", "Adelaide", "Darwin", "Canberra", "Hobart", "Pilbara"})) {
      return true;
    }
  }
  return false;
}

// A line that tells of the United States, or of a city of Washington, where "Seattle, WA" is
// the state though an Australian firm opens an office there.
bool tells_of_washington(const Words& words) {
  for (const Word& w : words) {
    if (text::is_one_of(w.core, {"US", "U.S", "USA", "American", "America", "Americans", "Seattle", "Spokane",
                                 "Tacoma", "Redmond", "Bellevue", "Everett", "Olympia", "Yakima", "Kirkland",
                                 "Bellingham", "Medina", "Renton", "Walla"})) {
      return true;
    }
  }
  return false;
}

// "Karratha, WA", "Alice Springs, NT": after a place and its comma on a line about Australia,
// the state or territory; elsewhere "WA" is Washington's postal code.
std::optional<Match> australian_state_after_place(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool named = w.core == "WA" || w.core == "NT";
  if (!named || i == 0 || words[i - 1].suffix != "," || !text::is_capitalized(words[i - 1].core) || !w.prefix.empty()) {
    return std::nullopt;
  }
  if (!text::line_fact(words, tells_of_australia) || (w.core == "WA" && text::line_fact(words, tells_of_washington))) return std::nullopt;
  return Match{1, w.core == "WA" ? "Western Australia" : "Northern Territory", false};
}

}  // namespace

std::optional<Match> match_jurisdiction(const Words& words, std::size_t i) {
  const Word& w = words[i];
  // "Co. Cork", "Co Down": the county; its period ends no sentence.
  if (w.core == "Co" && (w.suffix.empty() || w.suffix == ".") && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      is_irish_county(words[i + 1].core)) {
    return Match{1, "County", w.suffix == "."};
  }
  if (auto state = australian_state_after_place(words, i)) return state;
  bool bracketed = w.prefix == "(" && !w.suffix.empty() && w.suffix[0] == ')';
  for (const Jurisdiction& j : kJurisdictions) {
    if (w.core != j.written || (j.bracketed_only && !bracketed)) continue;
    // "Qld." inside a line: the abbreviation's period, not a sentence end.
    bool eat_period = !bracketed && text::has_period(w) && i + 1 < words.size();
    return Match{1, std::string(j.spoken), eat_period};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
