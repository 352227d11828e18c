// Numbers that name one vessel or one radio, read as they are called over the air:
//  - a lifeboat's operational number ("the Tamar-class lifeboat 16-09", "lifeboat 14-22") is the
//    class's two figures and the hull's two, "sixteen oh nine"; read as a range it was "sixteen to
//    nine", two boats where there is one;
//  - a ship's radio or hull identity after its label ("MMSI 235 118 904", "IMO 9 876 543", "call
//    sign 2 7 4") is said digit by digit, group by group; read as one cardinal it was "two hundred
//    thirty five million ...", a count no one calls on the radio.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_two_digits(std::string_view s) { return s.size() == 2 && text::all_digits(s); }

// "lifeboat 13-22", "the Severn-class lifeboat 17-05": the one boat the number names. Not
// "lifeboats" (a span of numbers) nor any "-class" word ("middle-class 25-34 year-olds").
bool after_lifeboat(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "lifeboat");
}

// "12-15 knots", "10-12 crew members", "20-25 minutes": a range of a count or a measure, not a
// hull's number.
bool counts_what_follows(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  return plural_noun_follows(words, i + 1) || find_unit(words[i + 1].core).has_value();
}

// The figures in the identity the label at word i opens: an MMSI has nine, an IMO hull seven,
// an ENI (a European inland vessel) eight; 0 for any other word. Groups that add up to another
// length are a count ("IMO 30 000 seafarers").
std::size_t identity_length(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty()) return 0;
  if (words[i].core == "MMSI") return 9;
  if (words[i].core == "IMO") return 7;
  return words[i].core == "ENI" ? 8 : 0;
}

}  // namespace

std::optional<Match> match_lifeboat_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || !words[i].prefix.empty() || !after_lifeboat(words, i)) return std::nullopt;
  std::string_view cls = core.substr(0, dash);
  std::string_view hull = core.substr(dash + 1);
  if (!is_two_digits(cls) || !is_two_digits(hull) || cls[0] == '0' || counts_what_follows(words, i)) {
    return std::nullopt;
  }
  return Match{1, paired_digit_words(std::string(cls) + std::string(hull)), false};
}

namespace {

// The digit groups of an identity from word `start`: groups parted by spaces (which reach the
// rules already joined by commas, as thousands are) or one unbroken run. Each group said digit
// by digit, a comma between groups.
struct Groups {
  std::string said;
  std::size_t words = 0;
  std::size_t digits = 0;
};

Groups identity_groups(const Words& words, std::size_t start) {
  Groups g;
  auto add = [&g](std::string_view group) {
    g.said += (g.said.empty() ? "" : ", ") + digit_words(group);
    g.digits += group.size();
  };
  if (start >= words.size() || !words[start].prefix.empty()) return g;
  std::string_view first = words[start].core;
  if (first.find(',') != std::string_view::npos) {
    for (std::string_view group : text::split(first, ',')) {
      if (group.size() < 2 || group.size() > 4 || !text::all_digits(group)) return Groups{};
      add(group);
    }
    g.words = 1;
    return g;
  }
  for (std::size_t k = start; k < words.size() && words[k].prefix.empty() && text::all_digits(words[k].core); ++k) {
    if (words[k].core.size() < 2 || words[k].core.size() > 4) return Groups{};
    add(words[k].core);
    ++g.words;
    if (!words[k].suffix.empty()) break;
  }
  return g;
}

}  // namespace

// Matched at the label, which the rules of initials and codes would otherwise take with the
// first group alone.
std::optional<Match> match_vessel_identity(const Words& words, std::size_t i) {
  std::size_t length = identity_length(words, i);
  if (length == 0) return std::nullopt;
  Groups g = identity_groups(words, i + 1);
  bool spaced = g.said.find(',') != std::string::npos;
  // An unbroken run is the record-number rules' ("IMO 9550123"); a year is no identity.
  if (!spaced || g.digits != length) return std::nullopt;
  std::size_t last = i + g.words;
  if (words[last].suffix.empty() && last + 1 < words.size() && plural_noun_follows(words, last + 1)) return std::nullopt;
  // The label's capitals dotted, as eSpeak NG spells an initialism ("M.M.S.I").
  std::string name(1, words[i].core[0]);
  for (std::size_t k = 1; k < words[i].core.size(); ++k) name += std::string(".") + words[i].core[k];
  return Match{1 + g.words, name + " " + g.said, false};
}

}  // namespace briefcast::rules
