// A capital letter made plural with "s" after a count: "48 Xs" on a target's centre ring,
// "three As" at A level, "12 Ks" in a pitcher's line, "the 3 Rs". eSpeak NG spelt the "s" as a
// letter of its own ("X S", "K S"); written with an apostrophe ("X's", "A's") it says the
// letter's plural ("exes", "kays", "ays"). Only after a count or "straight" ("straight As"), where
// the letters are things counted: "As" alone is a word, and "Ms" before a name a title.
#include "normalize/match.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_count(std::string_view core) {
  if (!core.empty() && core.size() <= 4 && text::all_digits(core)) return true;
  if (auto figure = text::parse_plain_figure(core); figure && figure->grouped && !figure->has_point) return true;
  return is_small_count_word(core) || text::is_one_of_lowered(core, {"straight", "several"});
}

}  // namespace

std::optional<Match> match_letter_plural(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || w.core.size() != 2 || !text::is_upper(w.core[0]) || w.core[1] != 's' || !w.prefix.empty() ||
      !words[i - 1].suffix.empty() || !is_count(words[i - 1].core)) {
    return std::nullopt;
  }
  // "2 Ss (OWi)": a court's senate in German citations, no plural of "S".
  if (w.core == "Ss") return std::nullopt;
  bool capital_next = i + 1 < words.size() && text::is_capitalized(words[i + 1].core);
  // "two Ms Smiths": before a name "Ms" is the title.
  if (w.core == "Ms" && capital_next) return std::nullopt;
  // "Why Three Is A Crowd", "2024 As It Happened": in a title-case headline "Is", "As" and "Us" are
  // words; the capitalised word right after tells the headline from a list of grades.
  if (w.suffix.empty() && capital_next) return std::nullopt;
  return Match{1, std::string(1, w.core[0]) + "'s", false};
}

}  // namespace briefcast::rules
