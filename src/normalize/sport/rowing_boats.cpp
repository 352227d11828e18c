// Rowing's boat classes as results tables write them: the crew ("M" men, "W" women, "L" before
// either for lightweight, "Mix" mixed), the number of rowers, and the rig: "x" sculls, "-"
// without a cox, "+" with one. "M2-" is the men's pair, "W1x" the women's single sculls,
// "LM2x" the lightweight men's double sculls, "W8+" the women's eight. Left to the other rules
// the minus was lost ("M two final", another boat) and the rest spelt ("W one x").
// In a line of rowing the boat stands alone too ("the 1x, 2x and 4+ events": "single, double
// and coxed four", not "one times" and "more than four"); a college ranks its crews ("1V8+",
// "first varsity eight"), a club its sides ("1st VIII", "first eight"), and a league or a
// regatta its divisions ("Div. I", "Division one", with no sentence's pause at the period).
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

struct Boat {
  std::string_view rig;
  std::string_view name;
  std::string_view alone;  // the boat with no crew before it, as a club names it
};

// The boats raced in the Olympic and world programmes, as a commentator names them.
constexpr std::array<Boat, 9> kBoats = {{
    {"1x", "single sculls", "single"},
    {"2x", "double sculls", "double"},
    {"4x", "quadruple sculls", "quad"},
    {"2-", "pair", "pair"},
    {"2+", "coxed pair", "coxed pair"},
    {"4-", "four", "coxless four"},
    {"4+", "coxed four", "coxed four"},
    {"8+", "eight", "eight"},
    {"4x+", "coxed quadruple sculls", "coxed quad"},
}};

// "LM", "W", "Mix": the crew at the front of the class, said as a possessive.
std::optional<std::string> crew(std::string_view letters) {
  std::string lightweight;
  if (letters.size() > 1 && letters[0] == 'L') {
    lightweight = "lightweight ";
    letters.remove_prefix(1);
  }
  if (letters == "M") return lightweight + "men's";
  if (letters == "W") return lightweight + "women's";
  if (letters == "Mix" && lightweight.empty()) return std::string("mixed");
  return std::nullopt;
}

std::optional<std::string> speak_rowing_boat(std::string_view core) {
  std::size_t digit = core.find_first_of("12348");
  if (digit == std::string_view::npos || digit == 0 || digit > 3) return std::nullopt;
  auto who = crew(core.substr(0, digit));
  if (!who) return std::nullopt;
  std::string_view rig = core.substr(digit);
  for (const Boat& boat : kBoats) {
    if (rig == boat.rig) return *who + " " + std::string(boat.name);
  }
  return std::nullopt;
}


// "4x", "8+": a boat with no crew before it, as a club or a regatta's entries name it.
std::optional<std::string> boat_alone(std::string_view rig) {
  for (const Boat& boat : kBoats) {
    if (rig == boat.rig) return std::string(boat.alone);
  }
  return std::nullopt;
}

// "1V8+", "2V4+": a college's crews by rank, the first varsity eight and the second.
std::optional<std::string> varsity_boat(std::string_view core) {
  if (core.size() < 4 || core[1] != 'V' || core[0] < '1' || core[0] > '4') return std::nullopt;
  auto boat = boat_alone(core.substr(2));
  if (!boat) return std::nullopt;
  return ordinal_words(core.substr(0, 1)) + " varsity " + *boat;
}

// "the men's 8+", "a new 4x/4- shell", "the 1x, 2x and 4+ events": a bare boat is read in a
// line of rowing, after a crew's possessive, or before the boat itself; elsewhere "4+" is
// "four or more" and "2x" twice.
bool reads_as_boat(const Words& words, std::size_t i) {
  if (i > 0 && words[i - 1].suffix.empty() &&
      text::is_one_of_lowered(words[i - 1].core, {"men's", "women's", "girls'", "boys'", "men\u2019s", "women\u2019s"})) {
    return true;
  }
  if (words[i].suffix.empty() && i + 1 < words.size() &&
      text::is_one_of_lowered(words[i + 1].core, {"shell", "shells", "boat", "boats"})) {
    return true;
  }
  return text::any_word(words, tells_of_rowing);
}

// "4x/4-": a shell rigged either way, "quad or coxless four".
std::optional<Match> bare_boat(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || !text::is_digit(core[0])) return std::nullopt;
  if (auto varsity = varsity_boat(core)) {
    // "the varsity 1V8+": the word already said is not said twice ("the varsity first eight").
    if (i > 0 && text::iequals(words[i - 1].core, "varsity")) varsity->erase(varsity->find(" varsity"), 8);
    return Match{1, *varsity, false};
  }
  std::size_t slash = core.find('/');
  auto first = boat_alone(core.substr(0, slash));
  if (!first) return std::nullopt;
  std::string said = *first;
  if (slash != std::string_view::npos) {
    auto second = boat_alone(core.substr(slash + 1));
    if (!second) return std::nullopt;
    said += " or " + *second;
  }
  if (!reads_as_boat(words, i)) return std::nullopt;
  return Match{1, said, false};
}

struct TeamNumeral {
  std::string_view roman;
  std::string_view said;
};

// The sides a club ranks as its first, second...: the eight and four of rowing, the eleven of
// cricket and football, the fifteen and thirteen of rugby.
constexpr std::array<TeamNumeral, 5> kTeams = {{
    {"IV", "four"}, {"VIII", "eight"}, {"XI", "eleven"}, {"XIII", "thirteen"}, {"XV", "fifteen"},
}};

// "the 1st VIII", "our 2nd XI": an ordinal before a team's Roman numeral ranks the side; the
// letters were spelt ("first V I I I").
std::optional<Match> ranked_team(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 3 || !text::is_digit(core[0]) || core[0] == '0' || !words[i].suffix.empty() ||
      i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto ordinal = speak_ordinal(core);
  if (!ordinal) return std::nullopt;
  for (const TeamNumeral& team : kTeams) {
    if (words[i + 1].core == team.roman) return Match{2, *ordinal + " " + std::string(team.said), false};
  }
  return std::nullopt;
}

// "Div. I", "Div II", "Div. 3": a league's or a regatta's division, said in full and without
// the abbreviation's period, which had made a sentence's pause before the numeral.
std::optional<Match> division(const Words& words, std::size_t i) {
  if (words[i].core != "Div" || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      (!words[i].suffix.empty() && words[i].suffix != ".")) {
    return std::nullopt;
  }
  std::string_view numeral = words[i + 1].core;
  static constexpr std::array<std::string_view, 4> kRoman = {"I", "II", "III", "IV"};
  std::string said;
  for (std::size_t k = 0; k < kRoman.size(); ++k) {
    if (numeral == kRoman[k]) said = cardinal_words(std::to_string(k + 1));
  }
  if (numeral.size() == 1 && numeral[0] >= '1' && numeral[0] <= '9') said = cardinal_words(numeral);
  if (said.empty()) return std::nullopt;
  // "Div. I think": the pronoun, before a word in lower case that is no noun of a league.
  if (numeral == "I" && words[i + 1].suffix.empty() && i + 2 < words.size() && text::starts_in_lower_case(words[i + 2].core) &&
      !text::is_one_of(words[i + 2].core, {"and", "or", "title", "team", "teams", "school", "schools", "side", "sides",
                                           "crew", "crews", "football", "basketball", "program", "programs",
                                           "champion", "champions", "championship", "level", "status"})) {
    return std::nullopt;
  }
  return Match{2, "Division " + said, false};
}

}  // namespace

std::optional<Match> match_rowing_boat(const Words& words, std::size_t i) {
  if (auto m = division(words, i)) return m;
  if (auto m = ranked_team(words, i)) return m;
  if (auto m = bare_boat(words, i)) return m;
  auto said = speak_rowing_boat(words[i].core);
  if (!said) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
