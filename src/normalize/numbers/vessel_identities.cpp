// Numbers that name one vessel or one radio, read as they are called over the air:
//  - a lifeboat's operational number ("the Tamar-class lifeboat 16-09", "lifeboat 14-22") is the
//    class's two figures and the hull's two, "sixteen oh nine"; read as a range it was "sixteen to
//    nine", two boats where there is one;
//  - a ship's radio or hull identity after its label ("MMSI 235 118 904", "IMO 9 876 543", "call
//    sign 2 7 4") is said digit by digit, group by group; read as one cardinal it was "two hundred
//    thirty five million ...", a count no one calls on the radio.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_two_digits(std::string_view s) { return s.size() == 2 && text::all_digits(s); }

// "lifeboat 13-22", "the Severn-class lifeboat", "Shannon-class 13-05": the word the number names.
bool after_lifeboat(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string before = text::lower(words[i - 1].core);
  // Not "lifeboats": before a plural the pair is a span of numbers ("lifeboats 13-20").
  return before == "lifeboat" || text::ends_with(before, "-class");
}

// The label that opens a vessel's identity at word i, and how many words it takes ("call sign" two).
std::size_t identity_label(const Words& words, std::size_t i) {
  if (words[i].suffix.empty() && text::is_one_of(words[i].core, {"MMSI", "IMO", "ENI"})) return 1;
  bool call_sign = i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].suffix.empty() &&
                   text::iequals(words[i].core, "call") && text::iequals(words[i + 1].core, "sign");
  return call_sign ? 2 : 0;
}

}  // namespace

std::optional<Match> match_lifeboat_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || !words[i].prefix.empty() || !after_lifeboat(words, i)) return std::nullopt;
  std::string_view cls = core.substr(0, dash);
  std::string_view hull = core.substr(dash + 1);
  if (!is_two_digits(cls) || !is_two_digits(hull) || cls[0] == '0') return std::nullopt;
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
      if (group.empty() || group.size() > 4 || !text::all_digits(group)) return Groups{};
      add(group);
    }
    g.words = 1;
    return g;
  }
  for (std::size_t k = start; k < words.size() && words[k].prefix.empty() && text::all_digits(words[k].core); ++k) {
    std::size_t most = k == start ? 9 : 4;
    if (words[k].core.empty() || words[k].core.size() > most || (k > start && first.size() > 4)) break;
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
  std::size_t label = identity_label(words, i);
  if (label == 0) return std::nullopt;
  Groups g = identity_groups(words, i + label);
  bool spaced = g.said.find(',') != std::string::npos;
  // An unbroken run is the record-number rules' ("IMO 9550123"); a year is no identity.
  if (!spaced || g.digits < 5 || g.digits > 10) return std::nullopt;
  // The label's capitals dotted, as eSpeak NG spells an initialism ("M.M.S.I").
  std::string name = label == 2 ? std::string("call sign") : std::string(1, words[i].core[0]);
  for (std::size_t k = 1; label == 1 && k < words[i].core.size(); ++k) name += std::string(".") + words[i].core[k];
  return Match{label + g.words, name + " " + g.said, false};
}

}  // namespace briefcast::rules
