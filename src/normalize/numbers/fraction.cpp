// Fractions: "3/4" -> "three quarters", "1/3", "1/4th", "1½" -> "one and a half",
// "2 142/1" -> "two and one hundred forty two over one", "1795 / 1805".
#include <array>
#include <string>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

struct Vulgar {
  std::string_view glyph;
  std::string_view words;  // after a whole number: "one and a half"
};

constexpr std::array<Vulgar, 15> kVulgar = {{
    {"\u00bd", "a half"},      {"\u2153", "a third"},        {"\u2154", "two thirds"},      {"\u00bc", "a quarter"},
    {"\u00be", "three quarters"}, {"\u2155", "a fifth"},      {"\u2156", "two fifths"},      {"\u2157", "three fifths"},
    {"\u2158", "four fifths"}, {"\u2159", "a sixth"},         {"\u215a", "five sixths"},     {"\u215b", "an eighth"},
    {"\u215c", "three eighths"}, {"\u215d", "five eighths"},  {"\u215e", "seven eighths"},
}};

constexpr std::size_t kMaxFractionDigits = 9;

std::string denominator_words(std::string_view denominator, bool plural) {
  std::string_view d = denominator;
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  if (d == "2") return plural ? "halves" : "half";
  if (d == "4") return plural ? "quarters" : "quarter";
  std::string ordinal = ordinal_words(d);
  return plural ? pluralize_last_word(ordinal) : ordinal;
}

std::optional<std::string> simple_fraction(std::string_view numerator, std::string_view denominator) {
  if (!text::all_digits(numerator) || !text::all_digits(denominator)) return std::nullopt;
  if (numerator.size() > kMaxFractionDigits || denominator.size() > kMaxFractionDigits) return std::nullopt;
  if (denominator.find_first_not_of('0') == std::string_view::npos) return std::nullopt;
  std::string top = cardinal_words(numerator);
  std::string_view d = denominator;
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  if (d == "1") return top + " over one";
  bool plural = numerator.find_first_not_of('0') != std::string_view::npos &&
                !(numerator.size() == 1 && numerator[0] == '1');
  return top + " " + denominator_words(d, plural);
}

}  // namespace

// Denominators that written fractions use; "9/11" or "7/14" with any other denominator is
// a month and day as news writes them ("september eleventh"), which no reader says as
// "nine elevenths".
bool is_fraction_denominator(int d) {
  return (d >= 2 && d <= 10) || d == 12 || d == 16 || d == 20 || d == 25 || d == 32 || d == 50 || d == 64 ||
         d == 100;
}

namespace {

// "05" -> "oh five", "16" -> "sixteen": a year's last two figures, as said on their own.
std::string short_year_words(std::string_view digits) {
  if (digits[0] != '0') return cardinal_words(digits);
  return digits[1] == '0' ? std::string("oh oh") : "oh " + cardinal_words(digits.substr(1));
}

std::optional<std::string> month_day_date(std::string_view numerator, std::string_view denominator) {
  if (!text::all_digits(numerator) || !text::all_digits(denominator)) return std::nullopt;
  if (numerator.size() > 2 || denominator.size() > 2 || numerator[0] == '0' || denominator[0] == '0') {
    return std::nullopt;
  }
  int month = std::stoi(std::string(numerator));
  int day = std::stoi(std::string(denominator));
  if (month < 1 || month > 12 || day < 1 || day > 31 || is_fraction_denominator(day)) return std::nullopt;
  return month_name(month) + " " + ordinal_words(std::string(denominator));
}

// The fraction part of a mixed number: "1/2" -> "a half", as in "one and a half".
std::optional<std::string> mixed_part(std::string_view fraction) {
  auto words = speak_fraction(fraction);
  if (words && text::starts_with(fraction, "1/") && text::starts_with(*words, "one ")) return "a " + words->substr(4);
  return words;
}

}  // namespace

namespace {

// "7.1/1,000", "12/100,000", "3.4/1,000,000": a rate over a power of ten written with its
// thousands commas, as incidence and detection rates are given, said "per thousand"; a
// fraction's denominator is never grouped, and the slash had been read aloud.
std::optional<std::string> rate_per_power_of_ten(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  std::string_view base = core.substr(slash + 1);
  std::string_view said = base == "1,000" ? "thousand" : base == "10,000" ? "ten thousand" : base == "100,000" ? "hundred thousand"
                        : base == "1,000,000" ? "million" : "";
  auto rate = text::parse_plain_figure(core.substr(0, slash));
  if (said.empty() || !rate) return std::nullopt;
  return number_words(*rate, false) + " per " + std::string(said);
}

}  // namespace

std::optional<std::string> speak_fraction(std::string_view core) {
  if (auto rate = rate_per_power_of_ten(core)) return rate;
  if (core.size() > 1 && core[0] == '-') {
    auto positive = speak_fraction(core.substr(1));
    if (!positive || core[1] == '-') return std::nullopt;
    return "minus " + *positive;
  }
  for (const Vulgar& v : kVulgar) {
    if (text::ends_with(core, v.glyph)) {
      std::string_view whole = core.substr(0, core.size() - v.glyph.size());
      if (whole.empty()) {
        std::string w(v.words);
        if (text::starts_with(w, "a ")) w = "one " + w.substr(2);
        if (text::starts_with(w, "an ")) w = "one " + w.substr(3);
        return w;
      }
      if (!text::all_digits(whole) || whole.size() > kMaxNumberDigits) return std::nullopt;
      return cardinal_words(whole) + " and " + std::string(v.words);
    }
  }
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  // "a 1/4-mile track", "a 3/4-inch pipe": a fraction hyphened to the word it measures.
  if (std::size_t dash = core.find('-', slash); dash != std::string_view::npos && dash + 1 < core.size() &&
                                                text::all_alpha(core.substr(dash + 1))) {
    std::string_view noun = core.substr(dash + 1);
    auto unit = find_unit(noun);
    std::string said = noun == "in" ? std::string("inch") : unit ? unit->one : std::string(noun);
    // As a compound adjective a lone part drops its "one" ("a quarter-mile track") and three
    // quarters is "three-quarter" ("a three-quarter-inch bolt"), as people say them.
    std::string_view top = core.substr(0, slash);
    std::string_view bottom = core.substr(slash + 1, dash - slash - 1);
    if (top == "1" && (bottom == "2" || bottom == "3" || bottom == "4" || bottom == "8")) {
      return denominator_words(bottom, false) + "-" + said;
    }
    if (bottom == "4" && text::all_digits(top) && top.size() == 1) return cardinal_words(top) + "-quarter-" + said;
    if (auto part = speak_fraction(core.substr(0, dash))) return text::hyphenated(*part) + "-" + said;
  }
  // "1-1/2": a mixed number written with a hyphen, "one and a half".
  if (std::size_t dash = core.find('-'); dash != std::string_view::npos && dash > 0 && dash < slash &&
                                         text::all_digits(core.substr(0, dash)) && dash <= kMaxFractionDigits) {
    auto part = mixed_part(core.substr(dash + 1));
    if (!part || core.substr(dash + 1).find('-') != std::string_view::npos) return std::nullopt;
    return cardinal_words(core.substr(0, dash)) + " and " + *part;
  }
  std::string_view numerator = core.substr(0, slash);
  std::string_view denominator = core.substr(slash + 1);
  // "1/4th", "2/3rds": the ordinal suffix, plural or not, repeats what the fraction already says.
  if (denominator.size() > 3 && (text::ends_with(denominator, "ths") || text::ends_with(denominator, "rds"))) {
    denominator.remove_suffix(1);
  }
  if (denominator.size() > 2) {
    std::string suffix = text::lower(denominator.substr(denominator.size() - 2));
    if (suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") denominator.remove_suffix(2);
  }
  // "24/7" is a phrase, not a fraction.
  if (numerator == "24" && denominator == "7") return std::string("twenty four seven");
  // "9/11" in news names the attacks, said "nine eleven", not the date.
  if (numerator == "9" && denominator == "11") return std::string("nine eleven");
  if (auto date = month_day_date(numerator, denominator)) return date;
  // "50/50", "60/40", "70/30": a split of a whole in two parts, and "20/20" vision: the figures
  // are said side by side, not fifty fiftieths or sixty over forty.
  if (numerator.size() == 2 && denominator.size() == 2 && text::all_digits(numerator) && text::all_digits(denominator) &&
      numerator[0] != '0' && denominator[0] != '0' &&
      (numerator == denominator || std::stoi(std::string(numerator)) + std::stoi(std::string(denominator)) == 100)) {
    return cardinal_words(numerator) + " " + cardinal_words(denominator);
  }
  // "1999/2000": a season or a fiscal year written in full, each year said as a year.
  if (numerator.size() == 4 && denominator.size() == 4 && is_context_free_year(numerator) &&
      is_context_free_year(denominator) && denominator > numerator &&
      std::stoi(std::string(denominator)) - std::stoi(std::string(numerator)) <= 2) {
    return year_words(numerator) + " " + year_words(denominator);
  }
  // "2019/20", "2004/05": a season or a fiscal year, the second year shortened and said as
  // its year's last figures are ("oh five", as the fiscal-year rule says it): "five" after
  // "two thousand four" was heard as part of the first year.
  if (numerator.size() == 4 && denominator.size() == 2 && text::all_digits(numerator) && text::all_digits(denominator) &&
      (numerator[0] == '1' || numerator[0] == '2') && numerator.substr(2) < denominator) {
    return year_words(numerator) + " " + short_year_words(denominator);
  }
  // "140/90", "120/80": a top larger than an uncommon bottom is a pair of readings (blood
  // pressure, a ratio), said "one hundred forty over ninety", never "ninetieths".
  if (text::all_digits(numerator) && text::all_digits(denominator) && numerator.size() <= 4 &&
      denominator.size() <= 4 && denominator[0] != '0' && numerator[0] != '0') {
    int top = std::stoi(std::string(numerator));
    int bottom = std::stoi(std::string(denominator));
    if (top > bottom && !is_fraction_denominator(bottom)) return cardinal_words(numerator) + " over " + cardinal_words(denominator);
    // "300/50 Mbps", "100/20": nobody writes a fraction of twenty wholes or more as one, so a
    // larger top is a pair of readings as well ("three hundred fiftieths" had been said).
    if (top > bottom && top >= 20) return cardinal_words(numerator) + " over " + cardinal_words(denominator);
    // "Decree 4/2023", "issue 28/2013": a number within a year, said "four of twenty twenty three"
    // ("1/2000" is a part of one: "one two thousandth").
    if (denominator.size() == 4 && numerator.size() <= 3 && top > 1 && is_context_free_year(denominator)) {
      return cardinal_words(numerator) + " of " + year_words(denominator);
    }
    // "gradient factors of 30/85", "a 100/200 split": fractions are written over halves to
    // sixteenths and a few round bottoms (is_fraction_denominator); over any other bottom past
    // sixteen the figures are a pair. Said "thirty over eighty five", as the pairs above are:
    // side by side, "thirty eighty five" is heard as one number. "1/60" stays a fraction.
    if (top > 1 && top < bottom && bottom > 16 && !is_fraction_denominator(bottom)) {
      return cardinal_words(numerator) + " over " + cardinal_words(denominator);
    }
  }
  return simple_fraction(numerator, denominator);
}

namespace {

// "16/17", "99/00": two years of a span in two figures each, the second the next year.
bool consecutive_short_years(std::string_view first, std::string_view second) {
  if (first.size() != 2 || second.size() != 2 || !text::all_digits(first) || !text::all_digits(second)) return false;
  return (std::stoi(std::string(first)) + 1) % 100 == std::stoi(std::string(second));
}

// "the 16/17 season", "the 98/99 Serie A campaign", "the 21/22 school year": a span of two
// years written in two figures each before the season or year it names (after names in
// capitals at most) is said year by year, "sixteen seventeen", never "sixteen seventeenths".
std::optional<Match> season_span(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !consecutive_short_years(core.substr(0, slash), core.substr(slash + 1))) {
    return std::nullopt;
  }
  bool named = false;
  for (std::size_t j = i + 1; j < words.size() && j <= i + 3 && words[j - 1].suffix.empty(); ++j) {
    if (text::is_one_of(words[j].core, {"season", "seasons", "campaign", "term", "year", "school", "academic", "financial",
                                        "fiscal", "winter", "summer", "crop", "harvest", "session", "tax", "budget"})) {
      named = true;
      break;
    }
    if (!text::is_capitalized(words[j].core)) break;
  }
  if (!named) return std::nullopt;
  return Match{1, short_year_words(core.substr(0, slash)) + " " + short_year_words(core.substr(slash + 1)), false};
}

}  // namespace

// "the 1/4 mile", "a 1/2 cup", "the 3/4 mark": between an article and the noun it qualifies,
// a half or a quarter is an adjective, said as people say it ("the quarter mile", "a half
// cup", "the three quarter mark"), not "the one quarter mile". "1/4 of voters" is a share and
// keeps its reading.
std::optional<Match> match_fraction_adjective(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view said = core == "1/2" ? "half" : core == "1/4" ? "quarter" : core == "3/4" ? "three quarter" : "";
  if (said.empty() || i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"}) || !is_adjectival(words, i, 1)) {
    return std::nullopt;
  }
  return Match{1, std::string(said), false};
}

bool is_rating_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"score", "scored", "scores", "scoring", "rated", "rating", "ratings", "rates",
                                             "review", "reviews", "marks", "gave", "awarded", "verdict", "metacritic",
                                             // A clay shooter's tally out of the targets of a round; "shot" and
                                             // "shoot" tell of cameras and guns as well ("shot it at 1/200").
                                             "clays", "skeet", "targets", "trap"});
}

// The round totals a mark is given out of: ten, a hundred, and the targets of a shooting round
// or match (twenty, fifty, two, three or six hundred).
bool is_round_total(std::string_view bottom) {
  return text::is_one_of(bottom, {"10", "20", "50", "100", "200", "300", "600"});
}

namespace {

// A scale a patient, a pupil or a product is scored on, named before "of": "a GCS of 14/15",
// "an Apgar score of 9/10". Not "mark": "the mark of 9/11" is the attacks' date.
bool is_score_noun(std::string_view core) {
  return text::is_one_of_lowered(core, {"score", "scores", "rating", "ratings", "gcs", "apgar", "mmse", "nihss", "grade",
                                        "points", "tally"});
}

// Straight before the mark, a word that makes any total a scale it is out of, round or not:
// "scored 14/15", "rated 4/5", "a GCS of 14/15". Further off only a round total is a mark.
// Not "marked": a city "marked 9/11" with a silence, a date.
bool scored_just_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  if (text::is_one_of_lowered(before, {"scored", "scoring", "scores", "rated", "rating", "graded"})) return true;
  return text::iequals(before, "of") && i >= 2 && words[i - 2].suffix.empty() && is_score_noun(words[i - 2].core);
}

}  // namespace

// "a score of 96/100", "gave it 7/10", "hit 98/100 at skeet": in a line of a rating or a clay
// shooting match, a mark out of a round total, said "seven out of ten"; "ninety-six hundredths"
// is no way to give a score. A share of something ("3/10 of a mile") and a fraction before its
// noun ("a 3/10 chance") stay fractions.
std::optional<Match> mark_out_of(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view top = core.substr(0, slash);
  std::string_view bottom = core.substr(slash + 1);
  // A scale runs to five or more ("rated 4/5"); "a mark of 1/2 point" is a half.
  bool scored = scored_just_before(words, i) && bottom.size() <= 3 && (bottom.size() > 1 || bottom >= "5");
  if (!(scored || is_round_total(bottom)) || bottom.empty() || bottom.size() > 3 || bottom[0] == '0' ||
      !text::all_digits(bottom) || !text::all_digits(top) || top.size() > 3 || top[0] == '0' ||
      std::stoi(std::string(top)) > std::stoi(std::string(bottom))) {
    return std::nullopt;
  }
  // "20/20", "50/50": vision and an even split, said "twenty twenty", "fifty fifty".
  if ((bottom == "20" || bottom == "50") && top == bottom) return std::nullopt;
  bool share = i + 1 < words.size() && words[i].suffix.empty() && text::lower(words[i + 1].core) == "of";
  bool before_noun = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"});
  if (share || before_noun || !(scored || text::any_word_near(words, i, 12, is_rating_word))) return std::nullopt;
  return Match{1, cardinal_words(top) + " out of " + cardinal_words(bottom), false};
}

namespace {

// Both plain figures, the first the larger: "24" over "7".
bool top_exceeds(std::string_view top, std::string_view bottom) {
  if (!text::all_digits(top) || !text::all_digits(bottom) || top.size() > 9 || bottom.size() > 9) return false;
  return std::stol(std::string(top)) > std::stol(std::string(bottom));
}

}  // namespace

// Run early, before the date and count rules read "rated 4/5" as the fourth of May or "fourteen
// fifteenths": only a mark with its cue straight before it.
std::optional<Match> match_scored_mark(const Words& words, std::size_t i) {
  if (!scored_just_before(words, i)) return std::nullopt;
  return mark_out_of(words, i);
}

std::optional<Match> match_fraction(const Words& words, std::size_t i) {
  if (auto span = season_span(words, i)) return span;
  if (auto mark = mark_out_of(words, i)) return mark;
  // "1/2 a cup", "½ an hour": said "half a cup".
  if ((words[i].core == "1/2" || words[i].core == "\u00bd") && words[i].suffix.empty() && i + 1 < words.size() &&
      (words[i + 1].core == "a" || words[i + 1].core == "an")) {
    return Match{1, "half", false};
  }
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !text::all_digits(words[i].core)) return std::nullopt;
  std::string_view whole = words[i].core;
  if (whole.size() > kMaxFractionDigits) return std::nullopt;
  const Word& next = words[i + 1];
  // "1795 / 1805": a fraction written with spaces around the slash. A top over its bottom
  // ("open 24 / 7", "ATP 5 / 4") is a pair set side by side, never a spaced improper fraction.
  if (next.raw == "/" && i + 2 < words.size() && words[i + 2].prefix.empty() && !top_exceeds(whole, words[i + 2].core)) {
    if (auto f = simple_fraction(whole, words[i + 2].core)) return Match{3, *f, false};
  }
  // "2 142/1", "2 ½": a whole number and a fraction.
  if (next.prefix.empty() && next.core.find('/') != std::string_view::npos) {
    if (auto f = mixed_part(next.core)) return Match{2, cardinal_words(whole) + " and " + *f, false};
  }
  for (const Vulgar& v : kVulgar) {
    if (next.core == v.glyph) return Match{2, cardinal_words(whole) + " and " + std::string(v.words), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
