// "grade 9s", "hit three 6s", "the under-7s": a figure of one or two digits with a plural "s"
// is the plural of the number ("nines", "sixes"), and a decade ("the 1990s", "her 30s") keeps
// its own reading. Written against a short figure the "s" can also be seconds ("it took 5s",
// "finished 3s behind"); a word of duration before the figure, or a word of a gap after it,
// says so. Left alone, eSpeak NG reads "nine s", the letter.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words before a figure that make its "s" seconds: "took 4s", "within 5s". Not "in", "for",
// "only" or "by": "think in 1s and 0s", "sold in 2s", "only 1s remain" count the figure.
bool before_a_duration(std::string_view w) {
  return text::is_one_of_lowered(w, {"within", "after", "took", "takes", "take", "taking", "lasting", "lasted",
                                          "clocked", "timed"});
}

// Words after a figure that make its "s" seconds: "3s behind", "5s later", "2s gap".
bool after_a_duration(std::string_view w) {
  return text::is_one_of_lowered(w, {"ahead", "behind", "later", "earlier", "faster", "slower", "quicker", "left",
                                          "remaining", "gap", "delay", "flat", "clear", "adrift", "off"});
}

// "iPhone 6s", "Snapdragon 8s Gen 3": after a name, or before one, the letter belongs to a
// model's name and is said as a letter by the serial rules. "Grade 9s", "Under 7s" and a
// sentence's first word are no names.
bool in_a_model_name(const Words& words, std::size_t i) {
  bool capitals_before = false;
  if (i > 1 || (i == 1 && !text::is_capitalized(words[0].core))) {
    std::string_view before = words[i - 1].core;
    for (char c : before) capitals_before = capitals_before || text::is_upper(c);
    capitals_before = capitals_before && !text::is_one_of_lowered(before, {"grade", "grades", "under", "over", "year", "top", "the"});
  }
  bool name_after = i + 1 < words.size() && words[i].suffix.empty() && text::is_capitalized(words[i + 1].core);
  return capitals_before || name_after;
}

}  // namespace

std::optional<Match> match_plural_figure(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 3 || core.back() != 's') return std::nullopt;
  std::string_view digits = core.substr(0, core.size() - 1);
  // "1s and 0s": a lone zero has its plural too; "05s" is no number.
  if (!text::all_digits(digits) || (digits[0] == '0' && digits.size() > 1)) return std::nullopt;
  // Alone, with no word around it to say what it counts, it is a label, spelt as a serial is.
  if (words.size() == 1 || in_a_model_name(words, i)) return std::nullopt;
  bool seconds = (i > 0 && words[i - 1].suffix.empty() && before_a_duration(words[i - 1].core)) ||
                 (i + 1 < words.size() && words[i].suffix.empty() && after_a_duration(words[i + 1].core));
  if (seconds) return Match{1, cardinal_words(digits) + (digits == "1" ? " second" : " seconds"), false};
  // "her 30s", "the 20s": a round two-digit figure is a decade of life or of a century.
  if (digits.size() == 2 && digits[1] == '0') return std::nullopt;
  return Match{1, pluralize_last_word(cardinal_words(digits)), false};
}

}  // namespace briefcast::rules
