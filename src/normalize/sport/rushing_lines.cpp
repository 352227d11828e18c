// A gridiron player's line of three hyphened figures after a verb of carrying or catching:
// "rushed 18-97-1", "carried 25-131-3", "caught 6-88-2" are attempts, yards and touchdowns, said
// "eighteen for ninety seven and one touchdown". Read as one run of numbers, the three counts
// were glued into a single string no listener can part.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// Not "went", "ran" or "passed": a record ("went 9-3-1", "ran 9-14-1 in his starts") and a
// passer's line have other parts, and NFL copy prints records as often as rushing lines.
bool is_tally_verb(std::string_view w) {
  return text::is_one_of_lowered(w, {"rushed", "carried", "caught"});
}

// "22", "148", "-4": a count of attempts, of yards (perhaps lost) or of touchdowns.
bool is_count(std::string_view s, std::size_t most) {
  return !s.empty() && s.size() <= most && text::all_digits(s) && (s.size() == 1 || s[0] != '0');
}

// A line of American football: only there is a three-part line after "carried" or "caught" a
// rusher's; elsewhere it is a bowler's figures or a vote.
bool tells_of_a_rusher(std::string_view core) {
  return tells_of_gridiron(core) ||
         text::is_one_of_lowered(core, {"td", "tds", "yds", "rushing", "carries", "receptions"});
}

}  // namespace

std::optional<Match> match_rushing_line(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !is_tally_verb(words[i - 1].core) || !words[i].prefix.empty()) {
    return std::nullopt;
  }
  auto parts = text::split(words[i].core, '-');
  if (parts.size() != 3 || !is_count(parts[0], 2) || !is_count(parts[1], 3) || !is_count(parts[2], 1)) {
    return std::nullopt;
  }
  if (!text::any_word(words, tells_of_a_rusher)) return std::nullopt;
  // Yards outnumber carries and run to two figures in any line worth reporting; a formation
  // ("4-4-2", "3-5-2") or a vote ("5-3-1") is no tally.
  if (parts[1].size() < 2 || std::stoi(std::string(parts[1])) <= std::stoi(std::string(parts[0]))) return std::nullopt;
  // "ran 10-15-2 drills": a noun after the figures makes them a label of what it names.
  if (words[i].suffix.empty() && i + 1 < words.size() && !words[i + 1].core.empty() &&
      text::is_lower(words[i + 1].core[0]) && !text::is_function_word(text::lower(words[i + 1].core))) {
    return std::nullopt;
  }
  std::string scores = parts[2] == "1" ? "one touchdown" : cardinal_words(parts[2]) + " touchdowns";
  if (parts[2] == "0") scores = "no touchdowns";
  return Match{1, cardinal_words(parts[0]) + " for " + cardinal_words(parts[1]) + " and " + scores, false};
}

}  // namespace briefcast::rules
