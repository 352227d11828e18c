// The shorthand of rivers, tides and flood risk, among their words:
//  - "on the R. Avon": a river's name after "R." is the River ("the River Avon"); eSpeak NG
//    said the letter and paused at the period.
//  - "6.8 m above CD": after "above" or "below" a level's datum is chart datum, not letters.
//  - "18,400 cfs": cubic feet per second, the flow a gauge reports.
//  - "the 1:200 flood", "a 1:100-year event": a flood's chance is one in so many, never a ratio
//    read "one to two hundred", which sounds like a range.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

// "the R. Avon": "R." between "the" and a capitalised name.
std::optional<Match> river_name(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "R" || w.suffix != "." || !w.prefix.empty() || i == 0 || i + 1 >= words.size() ||
      !words[i - 1].suffix.empty() || words[i - 1].core != "the" || !words[i + 1].prefix.empty() ||
      !text::is_capitalized(words[i + 1].core) || words[i + 1].core.size() < 3 ||
      !text::any_word_near(words, i, kWindow, tells_of_water_levels)) {
    return std::nullopt;
  }
  return Match{1, "River", true};
}

// "above CD", "below CD": chart datum, in a line of tides or levels.
std::optional<Match> chart_datum(const Words& words, std::size_t i) {
  if (words[i].core != "CD" || !words[i].prefix.empty() || i == 0 || !words[i - 1].suffix.empty() ||
      !text::is_one_of(words[i - 1].core, {"above", "below"}) ||
      !text::any_word_near(words, i, kWindow, tells_of_water_levels)) {
    return std::nullopt;
  }
  return Match{1, "chart datum", false};
}

// "18,400 cfs": a whole figure, grouped or not, and the flow's letters after it.
std::optional<Match> cubic_feet_per_second(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !w.prefix.empty() || words[i + 1].core != "cfs" ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto figure = text::parse_number(w.core);
  if (!figure || figure->negative || figure->has_point) return std::nullopt;
  return Match{2, number_words(*figure) + " cubic feet per second", false};
}

// "1:200", "1:100-year": one chance in so many of a flood in any year.
std::optional<Match> flood_chance(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  if (!text::starts_with(core, "1:") || !w.prefix.empty()) return std::nullopt;
  std::string_view odds = core.substr(2);
  std::string_view tail;
  if (std::size_t dash = odds.find('-'); dash != std::string_view::npos) {
    tail = odds.substr(dash);
    odds = odds.substr(0, dash);
    if (tail != "-year" && tail != "-yr") return std::nullopt;
  }
  // The chance names its event next ("1:200 design flood", "1:100-year storm"); "a 1:50 model"
  // or "a 1:3 slope" is a scale or a gradient, a ratio.
  bool event = !tail.empty() ||
               (w.suffix.empty() && i + 1 < words.size() &&
                text::is_one_of_lowered(words[i + 1].core, {"flood", "floods", "flooding", "design", "event", "events",
                                                            "year", "annual", "chance", "storm", "return", "risk",
                                                            "standard", "probability", "rainfall"}));
  if (odds.empty() || odds.size() > 5 || !text::all_digits(odds) || odds[0] == '0' || odds == "1" || !event ||
      !text::any_word_near(words, i, kWindow, tells_of_water_levels)) {
    return std::nullopt;
  }
  std::string said = "one in " + cardinal_words(odds);
  if (!tail.empty()) said = text::hyphenated(said + " year");
  return Match{1, said, false};
}

}  // namespace

std::optional<Match> match_water_word(const Words& words, std::size_t i) {
  if (auto river = river_name(words, i)) return river;
  if (auto datum = chart_datum(words, i)) return datum;
  if (auto flow = cubic_feet_per_second(words, i)) return flow;
  return flood_chance(words, i);
}

}  // namespace briefcast::rules
