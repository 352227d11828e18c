// A count of pieces before what they make up: "a 10-pc set", "a 24pc kit", "the 5 pc pack" ->
// "a ten-piece set". Before a set, a kit or a pack "pc" counts its pieces; elsewhere it is the
// British papers' percent ("a 10pc rise"), which the unit table keeps.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_piece_mark(std::string_view s) { return text::is_one_of_lowered(s, {"pc", "pcs", "pce", "pces"}); }

// What pieces make up: a set and its kin.
bool is_set_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"set", "sets", "kit", "kits", "pack", "packs", "bundle", "bundles", "collection",
                                     "toolset", "toolkit", "suite", "puzzle", "puzzles", "jigsaw", "jigsaws",
                                     "sectional", "service", "dinnerware", "cookware", "luggage", "bedding"});
}

// "10" as a small count: one to four figures, no sign nor point.
bool is_count(std::string_view s) { return !s.empty() && s.size() <= 4 && text::all_digits(s) && s[0] != '0'; }

}  // namespace

std::optional<Match> match_piece_count(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::size_t digits = text::digit_run_end(core, 0);
  std::string_view count = core.substr(0, digits);
  std::string_view mark = core.substr(digits);
  if (!mark.empty() && mark[0] == '-') mark.remove_prefix(1);
  std::size_t used = 1;
  if (mark.empty() && w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    mark = words[i + 1].core;  // "5 pc pack"
    used = 2;
  }
  std::size_t next = i + used;
  if (!is_count(count) || !is_piece_mark(mark) || !words[next - 1].suffix.empty() || next >= words.size() ||
      !words[next].prefix.empty() || !is_set_word(words[next].core)) {
    return std::nullopt;
  }
  return Match{used, text::hyphenated(cardinal_words(count) + " piece"), false};
}

}  // namespace briefcast::rules
