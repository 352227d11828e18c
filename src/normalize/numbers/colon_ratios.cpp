// Colon pairs that are proportions, not clock times: a model's scale ("a 1:18 scale car", "the
// 1:76-scale layout") is "one to eighteen"; a fall or gradient ("laid at 1:40", "a gradient of
// 1:12") is "one in forty"; a mixture ("2:1 syrup", "dilute 1:10 with water") is "two to one".
// Left alone they were said as clocks ("one forty") or as written ("two colon one"). Two
// quantities parted by a slash before "ratio" ("the Mg/Ca ratio", "a debt/GDP ratio", "a 60/40
// ratio") are one to the other, "to" as "debt-to-GDP" is written, not a choice or "slash".
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

bool is_gradient_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"fall", "falls", "fell", "gradient", "gradients", "slope", "slopes", "sloping", "incline",
                                     "pitch", "pitched", "camber", "ramp", "ramps", "laid"});
}

bool is_mixture_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"syrup", "mix", "mixed", "mixing", "mixture", "dilute", "diluted", "dilution", "solution",
                                     "parts", "sugar", "water", "concentrate", "feed", "blend", "blended"});
}

bool is_scale_word(std::string_view w) { return text::is_one_of_lowered(w, {"scale", "scales", "ratio", "ratios"}); }

// "1:3.5", "1:22": one to a figure of up to four places, perhaps with a point; the figure.
std::optional<std::string_view> one_to_figure(std::string_view core) {
  if (core.size() < 3 || core.size() > 10 || core.substr(0, 2) != "1:" || !text::is_digit(core[2]) || core[2] == '0') {
    return std::nullopt;
  }
  std::string_view right = core.substr(2);
  std::size_t point = right.find('.');
  std::string_view whole = right.substr(0, point);
  bool decimals_ok = point == std::string_view::npos || text::all_digits(right.substr(point + 1));
  if (whole.size() > 4 || !text::all_digits(whole) || !decimals_ok) return std::nullopt;
  return right;
}

// "1:15 pm": a half of the day after makes the figures a clock, beside "scale" or not.
bool half_of_day_after(const Words& words, std::size_t i) {
  return words[i].suffix.empty() && i + 1 < words.size() &&
         text::is_one_of_lowered(words[i + 1].core, {"am", "pm", "a.m", "p.m"});
}

// "at 1:15", "until 1:30": a preposition of the hour makes the figures after a ratio a clock
// ("built at 1:50 scale" keeps its cue word beside it).
bool hour_preposition_before(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"at", "by", "until", "till", "past", "around"});
}

// Words that make "1:24" a time of day or a time taken ("1:24 GMT", "a lap of 1:24 minutes",
// "kicked off 1:30 later").
bool is_clock_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"am", "pm", "a.m", "p.m", "o'clock", "gmt", "bst", "utc", "local", "time", "times",
                                     "clock", "noon", "midnight", "minutes", "mins", "seconds", "secs", "hours",
                                     "hrs", "lap", "laps", "finished", "finish", "won", "record", "pace", "later",
                                     "earlier", "ago", "after", "before", "into", "left", "remaining", "et", "est",
                                     "edt", "pt", "pst", "ct", "cet", "cest", "ist", "jst", "aest", "sgt", "hkt"});
}

// "staff-to-pupil ratios of 1:9 in one school, against a target of 1:6": a "1:NN" on a line
// where another is a ratio by the word beside it compares with that one, however far, and is
// one to NN too ("one six" was said). Not with a word of the clock beside it ("met at 1:30",
// "1:40 later"), nor after a capitalised word ("John 1:14" is a verse).
bool compared_with_a_ratio(const Words& words, std::size_t i) {
  if (text::any_word_near(words, i, 4, is_clock_word)) return false;
  if (i > 0 && (!words[i - 1].suffix.empty() || text::is_capitalized(words[i - 1].core))) return false;
  for (std::size_t j = 0; j < words.size(); ++j) {
    if (j != i && one_to_figure(words[j].core) && text::any_word_near(words, j, 4, is_scale_word)) return true;
  }
  return false;
}

// A ratio beside a word of scale or ratio, or a second one after it in the same sentence: in "a
// ratio of 1:5.6, up from 1:5.4" the second compares with the first and is read the same way.
bool cued_as_ratio(const Words& words, std::size_t i) {
  if (half_of_day_after(words, i)) return false;
  if (text::any_word_near(words, i, 4, is_scale_word)) return true;
  if (hour_preposition_before(words, i)) return false;
  if (compared_with_a_ratio(words, i)) return true;
  for (std::size_t j = i; j > 0 && i - j < 4;) {
    --j;
    if (words[j].suffix.find_first_of(".;!?") != std::string_view::npos) return false;
    if (one_to_figure(words[j].core) && text::any_word_near(words, j, 4, is_scale_word)) return true;
  }
  return false;
}

// "G scale (1:22.5)", "a ratio of 1:3.5": one to a figure, its top part perhaps with a point,
// beside a word of scale or ratio, in brackets or not. Read as a clock it had been "one minute
// twenty two point five seconds".
std::optional<Match> cued_ratio(const Words& words, std::size_t i) {
  auto right = one_to_figure(words[i].core);
  if (!right || !cued_as_ratio(words, i)) return std::nullopt;
  std::size_t point = right->find('.');
  std::string said = cardinal_words(right->substr(0, point));
  if (point != std::string_view::npos) said += " point " + digit_words(right->substr(point + 1));
  return Match{1, "one to " + said, false};
}

// A side of a slashed ratio: letters, figures and subscript figures ("CO\u2082", "debt", "18O").
bool is_ratio_side(std::string_view side) {
  if (side.empty() || side.size() > 24) return false;
  for (char c : side) {
    if (!text::is_alnum(c) && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

// "the CO\u2082/SO\u2082 ratio", "a debt/GDP ratio": the slash before "ratio" is "to". Two
// single capitals ("the P/E ratio") are an initialism said by its letters, and are left alone.
std::optional<Match> slashed_ratio(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t slash = w.core.find('/');
  if (slash == std::string_view::npos || !w.prefix.empty() || !w.suffix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty() || !text::is_one_of_lowered(words[i + 1].core, {"ratio", "ratios"})) {
    return std::nullopt;
  }
  std::string_view left = w.core.substr(0, slash);
  std::string_view right = w.core.substr(slash + 1);
  if (!is_ratio_side(left) || !is_ratio_side(right) || (left.size() == 1 && right.size() == 1)) return std::nullopt;
  return Match{1, speak_word(left) + " to " + speak_word(right), false};
}

bool tells_of_incidence(std::string_view w) {
  return text::is_one_of_lowered(w, {"risk", "risks", "rate", "rates", "incidence", "prevalence", "chance", "odds",
                                     "contamination", "infection", "infections", "cases", "births", "patients",
                                     "donors", "deaths", "frequency", "occurs", "occur", "affects"});
}

// "1:2,000", "< 1:100,000": one to a figure grouped by commas among words of risk or
// incidence is a rate, "one in two thousand"; read as a map's scale it was "one to two thousand".
std::optional<Match> grouped_rate(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 7 || core.substr(0, 2) != "1:" || core[2] == '0' || core.find(',') == std::string_view::npos) {
    return std::nullopt;
  }
  std::string digits;
  auto groups = text::split(core.substr(2), ',');
  for (std::size_t k = 0; k < groups.size(); ++k) {
    bool ok = text::all_digits(groups[k]) && (k == 0 ? !groups[k].empty() && groups[k].size() <= 3 : groups[k].size() == 3);
    if (!ok) return std::nullopt;
    digits += groups[k];
  }
  if (digits.size() > 9) return std::nullopt;
  // Without a word of risk or incidence near it, a grouped figure is a map's scale (range.cpp's).
  if (!text::any_word_near(words, i, 8, tells_of_incidence)) return std::nullopt;
  return Match{1, "one in " + cardinal_words(digits), false};
}

}  // namespace

std::optional<Match> match_colon_ratio(const Words& words, std::size_t i) {
  if (auto cued = cued_ratio(words, i)) return cued;
  if (auto rate = grouped_rate(words, i)) return rate;
  if (auto slashed = slashed_ratio(words, i)) return slashed;
  const Word& w = words[i];
  std::string_view core = w.core;
  bool scale_joined = text::ends_with(core, "-scale");
  if (scale_joined) core.remove_suffix(6);
  auto pair = text::figure_pair(core, ':', 3);
  if (!pair || !w.prefix.empty() || pair->left[0] == '0' || pair->right[0] == '0') return std::nullopt;
  std::string left = cardinal_words(pair->left);
  std::string right = cardinal_words(pair->right);
  bool scale = scale_joined || (w.suffix.empty() && i + 1 < words.size() && text::lower(words[i + 1].core) == "scale");
  if (scale) return Match{1, left + " to " + right + (scale_joined ? "-scale" : ""), false};
  // "a fall of 1:40": one unit up for so many along, said "in"; only "1:" is a gradient.
  // A ratio named in its clause ("ratios fell to 1:9") is no gradient, whatever fell.
  if (pair->left == "1" && i > 0 && text::any_word_near(words, i, 3, is_gradient_word) &&
      !text::any_word_near(words, i, 10, is_scale_word)) {
    return Match{1, left + " in " + right, false};
  }
  // Beside the words of a mixture; elsewhere "2:1" may be a score or a degree class ("two one").
  if (pair->left.size() <= 2 && pair->right.size() <= 2 && text::any_word_near(words, i, 3, is_mixture_word)) {
    return Match{1, left + " to " + right, false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
