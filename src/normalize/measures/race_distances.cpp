// A race's distance, as swimmers and runners say it: before its stroke or race it names the
// event, one adjective ("the fifty-meter fly"), and in hundreds past a thousand it is said
// "fifteen hundred meters", never "one thousand five hundred".
#include "normalize/function_words.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

// "50m fly", "200 yd IM", "400m hurdles": a distance before its stroke or race names the event,
// one adjective ("fifty-meter fly"), article or none. The pool's short names ("free", "fly",
// "back", "breast") are strokes only near a word of the pool ("ran 200m back to the car").
bool names_an_event(const Words& words, std::size_t i, std::size_t count) {
  std::size_t n = i + count;
  if (n >= words.size() || !words[n - 1].suffix.empty() || !words[n].prefix.empty()) return false;
  std::string_view unit = words[n - 1].core;
  if (count == 1) unit.remove_prefix(text::number_prefix_length(unit));
  if (!text::is_one_of(unit, {"m", "metre", "metres", "meter", "meters", "yd", "yds", "yard", "yards"})) return false;
  std::string_view event = words[n].core;
  if (text::is_one_of(event, {"freestyle", "butterfly", "backstroke", "breaststroke", "medley", "IM", "hurdles",
                              "steeplechase"})) {
    return true;
  }
  // "swam 200m back to the wall": before a function word the short name is an adverb or a verb,
  // unless an article names the event ("won the 100m fly in Rome").
  bool stroke_ends = !words[n].suffix.empty() || n + 1 >= words.size() ||
                     !text::is_function_word(text::lower(words[n + 1].core)) ||
                     (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"the", "a", "an", "her", "his", "their"}));
  return text::is_one_of(event, {"free", "fly", "back", "breast"}) && stroke_ends &&
         text::any_word_near(words, i, 12, [](std::string_view w) {
           // A result ("won", "clocked") and a course's letters ("LC") place an event in the pool too.
           return tells_of_swimming(w) ||
                  text::is_one_of_lowered(w, {"final", "clocked", "won", "record", "lc", "sc", "lcm", "scm", "scy"});
         });
}

std::optional<std::string> race_hundreds_words(std::string_view figure) {
  if (figure.size() != 4 || !text::all_digits(figure) || figure.substr(2) != "00" || figure[1] == '0') return std::nullopt;
  return year_words(figure);
}

// "the 1500m final", "a 3200m relay leg": a race's distance in hundreds past a thousand is said
// as runners and swimmers say it ("fifteen hundred meters"), never "one thousand five hundred".
// Whole thousands ("5000m") keep theirs. `spoken` is the measure's reading from i on.
std::string race_hundreds(const Words& words, std::size_t i, std::size_t count, std::string spoken) {
  std::string_view core = words[i].core;
  std::size_t digits = text::number_prefix_length(core);
  auto hundreds = digits == 4 ? race_hundreds_words(core.substr(0, 4)) : std::nullopt;
  if (!hundreds) return spoken;
  std::string_view unit = count == 1 ? core.substr(4) : words[i + count - 1].core;
  if (!text::is_one_of(unit, {"m", "metre", "metres", "meter", "meters"})) return spoken;
  if (!names_an_event(words, i, count) && !text::any_word_near(words, i, 8, tells_of_race_distance)) return spoken;
  std::string cardinal = cardinal_words(core.substr(0, 4));
  if (text::starts_with(spoken, cardinal)) return *hundreds + spoken.substr(cardinal.size());
  std::string joined = text::hyphenated(cardinal);
  return text::starts_with(spoken, joined) ? text::hyphenated(*hundreds) + spoken.substr(joined.size()) : spoken;
}

std::optional<Match> glued_race_hundreds(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 5 || core.back() != 'm' || !words[i].prefix.empty()) return std::nullopt;
  auto hundreds = race_hundreds_words(core.substr(0, 4));
  if (!hundreds || !text::any_word_near(words, i, 8, tells_of_race_distance)) return std::nullopt;
  return Match{1, *hundreds + " meters", false};
}

}  // namespace briefcast::rules
