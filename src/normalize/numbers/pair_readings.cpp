// Two figures with a slash that the thing they describe reads as a pair, each figure said in
// turn: visual acuity ("6/12 vision" -> "six twelve", "20/40 eyesight"), a diving gas's oxygen
// and helium ("trimix 18/45" -> "eighteen forty-five"), a bike's chainrings ("50/34
// chainrings"), a radio signal report ("signals were 5/9") and the sieve grade of sand or grit,
// the coarser mesh first ("20/40 frac sand" -> "twenty forty", never "twenty over forty").
// A draw's seeding band is a pair too: "the 5/8 seed" is one of the seeds fifth to eighth,
// said "five-eight seed"; read "five eighths" it means nothing. A chainset's tooth counts
// carry a "T" ("52/36T chainset" -> "fifty-two thirty-six tooth").
// Read as fractions ("six twelfths", "five ninths") or as marks out of a total ("six out of
// six") they mean nothing.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words written right after the pair that name what it is.
bool is_pair_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"vision", "eyesight", "acuity", "sight", "chainrings", "chainring", "chainset",
                                     "crankset", "cranks", "trimix", "heliox", "nitrox"});
}

// Words after a pair of mesh sizes that it grades: sand, grit or proppant sieved between them.
bool is_graded_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"sand", "sands", "proppant", "proppants", "frac", "mesh", "grit", "gravel",
                                     "media"});
}

// Words a little way off that make a pair of small figures a report of them.
bool is_pair_context(std::string_view w) {
  return text::is_one_of_lowered(w, {"trimix", "heliox", "signal", "signals", "snellen", "acuity", "vision", "eyesight"});
}

// Words of an eye test, a sentence or so away: "VA of 6/9 improving to 6/6" is still an
// acuity two words past the cue. Only with the shape of a test chart's line (below).
bool is_eye_test_word(std::string_view w) {
  return w == "VA" || text::is_one_of_lowered(w, {"acuity", "vision", "eyesight", "snellen", "logmar", "optometrist",
                                                  "optician", "ophthalmologist", "visual"});
}

// The lines of a Snellen chart: six metres (or twenty feet) over the distance at which a
// normal eye reads that line. Other denominators are shares or dates.
bool is_chart_line(std::string_view left, std::string_view right) {
  if (left == "6") return text::is_one_of(right, {"3", "4", "5", "6", "9", "12", "18", "24", "36", "60"});
  if (left == "20") {
    return text::is_one_of(right, {"10", "15", "20", "25", "30", "40", "50", "60", "70", "80", "100", "200", "400"});
  }
  return false;
}

// "seed", "seeds", "seeded", "seeding": words of a draw's seeding.
bool is_seed_word(std::string_view w) { return text::is_one_of_lowered(w, {"seed", "seeds", "seeded", "seeding"}); }

// A band of seeds runs from one past a power of two to the next: 3/4, 5/8, 9/16, 17/32.
bool is_seeding_band(int low, int high) {
  bool power_of_two = high >= 4 && (high & (high - 1)) == 0;
  return power_of_two && low == high / 2 + 1;
}

// A figure of one to three digits without a leading zero.
bool is_short_figure(std::string_view s) { return !s.empty() && s.size() <= 3 && s[0] != '0' && text::all_digits(s); }

}  // namespace

std::optional<Match> match_pair_reading(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  bool teeth = right.size() > 1 && (right.back() == 'T' || right.back() == 't');
  if (teeth) right.remove_suffix(1);
  if (!is_short_figure(left) || !is_short_figure(right)) return std::nullopt;
  bool noun_after = words[i].suffix.empty() && i + 1 < words.size() && is_pair_noun(words[i + 1].core);
  bool noun_before = i > 0 && words[i - 1].suffix.empty() && is_pair_noun(words[i - 1].core);
  // "40/70 sand": the coarse mesh is the smaller figure, eight or more ("3/4 gravel" is a
  // size in inches).
  int coarse = std::stoi(std::string(left));
  int fine = std::stoi(std::string(right));
  if (teeth) {
    if (!noun_after && !noun_before) return std::nullopt;
    return Match{1, cardinal_words(left) + " " + cardinal_words(right) + " tooth", false};
  }
  bool seed_next = (words[i].suffix.empty() && i + 1 < words.size() && is_seed_word(words[i + 1].core)) ||
                   (i > 0 && words[i - 1].suffix.empty() && is_seed_word(words[i - 1].core));
  if (seed_next && is_seeding_band(coarse, fine)) {
    return Match{1, cardinal_words(left) + "-" + cardinal_words(right), false};
  }
  bool graded = words[i].suffix.empty() && i + 1 < words.size() && is_graded_noun(words[i + 1].core) && coarse >= 8 &&
                coarse < fine;
  bool eye_test = is_chart_line(left, right) && text::any_word_near(words, i, 10, is_eye_test_word);
  if (!noun_after && !noun_before && !graded && !eye_test && !text::any_word_near(words, i, 4, is_pair_context)) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(left) + " " + cardinal_words(right), false};
}

}  // namespace briefcast::rules
