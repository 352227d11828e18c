// Two quoted words joined by a slash ("the "yes"/"no" answer", "'on'/'off'", "“agua”/“água”")
// are a choice between the two, said with "or". Read piece by piece, the slash was said
// "slash" between the quotes.
#include "normalize/match.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The length of the quote mark that `s` ends with (closing) or starts with (opening), or 0.
std::size_t closing_quote(std::string_view s) {
  if (text::ends_with(s, "\"") || text::ends_with(s, "'")) return 1;
  if (text::ends_with(s, "\u201d") || text::ends_with(s, "\u2019")) return 3;
  return 0;
}

std::size_t opening_quote(std::string_view s) {
  if (text::starts_with(s, "\"") || text::starts_with(s, "'")) return 1;
  if (text::starts_with(s, "\u201c") || text::starts_with(s, "\u2018")) return 3;
  return 0;
}

}  // namespace

std::optional<Match> match_quoted_choice(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
  if (opening_quote(words[i].prefix) == 0 || closing_quote(words[i].suffix) == 0) return std::nullopt;
  std::string_view before = core.substr(0, slash);
  std::string_view after = core.substr(slash + 1);
  std::size_t close = closing_quote(before);
  std::size_t open = opening_quote(after);
  if (close == 0 || open == 0) return std::nullopt;
  std::string_view left = before.substr(0, before.size() - close);
  std::string_view right = after.substr(open);
  // One word on each side, no quote left inside it.
  for (std::string_view part : {left, right}) {
    if (part.empty() || part.size() > 40 || part.find_first_of(" \"'/") != std::string_view::npos) return std::nullopt;
  }
  std::string spoken = speak_word(left);
  spoken.append(before.substr(before.size() - close)).append(" or ").append(after.substr(0, open)).append(speak_word(right));
  return Match{1, spoken, false};
}

}  // namespace briefcast::rules
