// A broadcast's household rating and share, written as a slashed pair before "rating/share"
// ("a 9.4/17 rating/share", "drew a 3.1/12 rating and share"): two figures of their own, "a nine
// point four rating and a seventeen share". Read as a mark "out of" the second, the share was
// heard as the total of the rating, which changes what the audience was.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// A line about a broadcast's audience; a credit, a stock or a poll also has a "rating" and
// "shares".
bool tells_of_television(std::string_view core) {
  return text::is_one_of_lowered(core, {"nielsen", "viewers", "viewership", "audience", "households", "broadcast",
                                        "telecast", "overnight", "overnights", "network", "primetime"});
}

// "share" that ends the phrase: at a mark, at the line's end, or before a function word that
// opens no phrase of its own ("share in the metered markets"); not before a noun ("share
// price", "share tracking") or "of" ("share of viewers"), where the share is a thing named.
bool ends_the_share(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty() || k + 1 >= words.size()) return true;
  std::string next = text::lower(words[k + 1].core);
  return text::is_function_word(next) && next != "of";
}

// The words after the pair that name it: "rating/share" in one word, or "rating and share".
std::size_t rating_share_cue(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].prefix.empty()) return 0;
  if (text::is_one_of_lowered(words[k].core, {"rating/share"})) return 1;
  bool spelt = k + 2 < words.size() && words[k].suffix.empty() && words[k + 1].suffix.empty() &&
               text::iequals(words[k].core, "rating") && words[k + 1].core == "and" &&
               text::iequals(words[k + 2].core, "share") && ends_the_share(words, k + 2);
  return spelt ? 3 : 0;
}

std::optional<std::string> said_figure(std::string_view side) {
  auto n = text::parse_plain_figure(side);
  if (!n || n->integer.empty() || n->integer.size() > 3) return std::nullopt;
  return number_words(*n);
}

}  // namespace

std::optional<Match> match_rating_share(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t slash = w.core.find('/');
  if (slash == std::string_view::npos || !w.suffix.empty()) return std::nullopt;
  auto rating = said_figure(w.core.substr(0, slash));
  auto share = said_figure(w.core.substr(slash + 1));
  std::size_t cue = rating_share_cue(words, i + 1);
  if (!rating || !share || cue == 0 || !text::any_word(words, tells_of_television)) return std::nullopt;
  // The cue's last word keeps its suffix (a comma, a period) through the match.
  return Match{1 + cue, *rating + " rating and a " + *share + " share", false};
}

}  // namespace briefcast::rules
