// A screen's or a picture's aspect ratio, "16:10" -> "sixteen to ten", beside the words that
// name it ("a 16:10 aspect ratio", "shot in 21:9 widescreen"). Without them a pair that could
// be a clock time ("16:10") was read as one ("sixteen ten").
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_aspect_word(std::string_view w) {
  // "a 1:16 ratio" of coffee to water, "a 3:1 ratio" of any two things: said "to", not as a clock.
  return text::is_one_of_lowered(w, {"aspect", "widescreen", "ultrawide", "ultra-wide", "letterbox", "letterboxed", "ratio",
                                     "ratios"});
}

}  // namespace

std::optional<Match> match_aspect_ratio(const Words& words, std::size_t i) {
  auto pair = text::figure_pair(words[i].core, ':', 2);
  if (!pair || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = pair->left;
  std::string_view right = pair->right;
  if (left[0] == '0' || right[0] == '0' || !text::any_word_near(words, i, 3, is_aspect_word)) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(left) + " to " + cardinal_words(right), false};
}

}  // namespace briefcast::rules
