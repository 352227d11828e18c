// An esports player's line of kills, deaths and assists, "a 9/1/14 KDA" -> "nine, one,
// fourteen": three slashed figures beside the words that name such a line. Read alone the
// figures were a date ("September first twenty fourteen").
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_stat_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"kda", "k/d/a", "kills", "assists", "deaths", "scoreline", "statline", "stat"});
}

}  // namespace

std::optional<Match> match_stat_line(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core.size() > 11 || !words[i].prefix.empty() || !text::is_digit(core[0])) return std::nullopt;
  std::vector<std::string_view> parts = text::split(core, '/');
  if (parts.size() != 3) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 2 || !text::all_digits(part)) return std::nullopt;
    said.push_back(cardinal_words(part));
  }
  // The line's name right after it ("KDA") or within a few words ("went 12/3/8 with kills ...").
  if (!text::any_word_near(words, i, 3, is_stat_word)) return std::nullopt;
  return Match{1, text::joined(said, ", "), false};
}

}  // namespace briefcast::rules
