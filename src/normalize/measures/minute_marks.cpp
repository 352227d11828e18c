// A prime after a figure before a thing that lasts some minutes is the minute: appliance and
// gym copy write "quick 30' washes", "a 45' session"; eSpeak NG dropped the mark, and the
// listener heard a count ("thirty washes"). Before a length's noun the same mark is the foot
// ("a 40' container"), which the rules of feet read, so only nouns of time take this reading.
// And the degree's own shorthand after its mark: a knife's "17° dps" is degrees per side.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// What lasts a number of minutes and is sized by it before its noun.
bool is_timed_thing(std::string_view w) {
  return text::is_one_of_lowered(w, {"wash", "washes", "cycle", "cycles", "programme", "programmes", "program",
                                     "programs", "session", "sessions", "class", "classes", "workout", "workouts",
                                     "rinse", "rinses", "soak", "nap", "naps", "break", "breaks", "interval",
                                     "intervals", "lesson", "lessons", "lecture", "talk", "talks", "walk", "walks",
                                     "ride", "rides", "drive", "commute", "timer", "bake", "boil", "simmer"});
}

// "the 'Big 4' talks", "its ‘Top 5’ walks": a single quote opened before the figure, and not
// closed since, makes the mark after the figure the quotation's close, not a prime. Walked
// back over a sentence's reach; a word closing a quote first means none is open.
bool quotation_open_before(const Words& words, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 12; --k) {
    const Word& w = words[k - 1];
    if (w.suffix.find('\'') != std::string_view::npos || w.suffix.find("\u2019") != std::string_view::npos) return false;
    if (w.prefix.find('\'') != std::string_view::npos || w.prefix.find("\u2018") != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

// "30'" then "washes": the figure, its prime as the word's closing mark, a timed noun after.
std::optional<Match> minute_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view mark = w.suffix;
  if (mark != "'" && mark != "\u2032" && mark != "\u2019") return std::nullopt;
  auto number = text::parse_plain_figure(w.core);
  if (!number || number->has_point || number->integer.size() > 3 || !is_timed_thing(words[i + 1].core) ||
      quotation_open_before(words, i)) {
    return std::nullopt;
  }
  return Match{1, text::hyphenated(number_words(*number, false) + " minute"), false, true};
}

// "sharpened at 17° dps": a knife's edge angle in degrees per side; the letters were spelt.
std::optional<Match> per_side(const Words& words, std::size_t i) {
  if (words[i].core != "dps" || !words[i].prefix.empty() || i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (!text::ends_with(before, "\u00b0") || before.size() < 3 || !text::is_digit(before[0])) return std::nullopt;
  return Match{1, "per side", false};
}

}  // namespace briefcast::rules
