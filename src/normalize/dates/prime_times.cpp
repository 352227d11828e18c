// Minutes and seconds written with primes and spaced apart, as cycling, rally and skiing copy
// writes a result or a gap: "won in 4h 12' 38\"", "clocked 12' 38\"", "+1' 05\"". A prime is a
// minute and a double prime a second of time there; the rule for angles read them as parts of a
// degree ("twelve' thirty eight arcseconds"). They are time only where a time is told: straight
// after hours ("4h"), or after a word that gives a result or a gap in a line about a race. After
// degrees, or beside words of the sky, they stay arcminutes and arcseconds (letter_units.cpp);
// joined heights ("6' 2\"") are feet and inches (inch_marks.cpp), and seconds under twelve
// with no leading zero could be inches, so they are left to that rule.
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kPrime = "\u2032";
constexpr std::string_view kDoublePrime = "\u2033";

// The figure of a word closed by the prime `mark` (a straight one is split off as punctuation,
// a typeset one stays on the core): "12" of "12'" or "12′"; nullopt for any other word.
std::optional<std::string_view> primed_figure(const Word& w, std::string_view straight, std::string_view typeset) {
  std::string_view figure = w.core;
  if (text::ends_with(figure, typeset)) {
    figure.remove_suffix(typeset.size());
  } else if (!text::starts_with(w.suffix, straight)) {
    return std::nullopt;
  }
  if (figure.empty() || figure.size() > 2 || !text::all_digits(figure)) return std::nullopt;
  return figure;
}

// "4h", "4hr", "4 hrs": the hours of the same time end right before position i.
bool after_hours(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  std::size_t digits = text::digit_run_end(before, 0);
  std::string_view letters = before.substr(digits);
  if (!text::is_one_of(letters, {"h", "hr", "hrs"})) return false;
  if (digits > 0) return digits <= 2;
  return i >= 2 && words[i - 2].suffix.empty() && text::all_digits(words[i - 2].core) && words[i - 2].core.size() <= 2;
}

// The word before a result or a gap: "in 12' 38\"", "clocked", "at", "behind by".
bool is_result_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"in", "of", "at", "by", "clocked", "timed", "finished", "posted", "recorded",
                                        "rode", "ran", "skied", "trails", "trailed", "lost", "gained", "conceded"});
}

// Words of a race against the clock, where a gap or a result is timed.
bool tells_of_timed_race(std::string_view core) {
  return tells_of_race(core) ||
         text::is_one_of_lowered(core, {"overall", "gc", "peloton", "rider", "riders", "cyclist", "yellow", "jersey",
                                        "breakaway", "climb", "descent", "stage", "stages", "rally", "slalom",
                                        "downhill", "leader", "behind", "gap", "winner", "podium", "classification"});
}

}  // namespace

std::optional<Match> match_prime_time(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto minutes = primed_figure(words[i], "'", kPrime);
  auto seconds = minutes ? primed_figure(words[i + 1], "\"", kDoublePrime) : std::nullopt;
  // "12' 3\"": a second of time is written with two figures; "6' 2\"" is a height.
  if (!seconds || seconds->size() != 2 || *seconds > "59" || words[i].suffix.size() > 1) return std::nullopt;
  if (i > 0 && text::ends_with(words[i - 1].raw, "\u00b0")) return std::nullopt;  // "51° 12' 38\"": an angle
  if (text::any_word_near(words, i, 8, tells_of_sky)) return std::nullopt;
  bool gap = words[i].prefix == "+";
  bool cued = i > 0 && words[i - 1].suffix.empty() && is_result_word(words[i - 1].core);
  if (!after_hours(words, i) && !((gap || cued) && text::any_word_near(words, i, 8, tells_of_timed_race))) {
    return std::nullopt;
  }
  std::string spoken = elapsed_time_words({"", *minutes, *seconds}, {.adjective = is_adjectival(words, i, 2)});
  if (spoken.empty()) return std::nullopt;
  bool typeset = text::ends_with(words[i + 1].core, kDoublePrime);
  return Match{2, spoken, false, !typeset};
}

}  // namespace briefcast::rules
