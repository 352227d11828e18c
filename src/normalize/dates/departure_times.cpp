// A service named by its departure time with a period, as British rail and bus news writes it:
// "the 18.15 to Edinburgh", "the 07.42 from Leeds", "the 6.30 service". Read as a decimal
// ("eighteen point one five") the time was lost. Only after "the" and before a word that names
// a service or its route, since "the 18.15 figure" is a number. A race meeting names its races
// the same way ("the 3.40 at Cheltenham"). Ferry and rail notices write the twenty-four-hour
// clock with no period ("the 0815 sailing" -> "the oh eight fifteen sailing").
#include "normalize/rules.h"

namespace briefcast::rules {

std::optional<Match> match_departure_time(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || i + 1 >= words.size() || !w.prefix.empty() || !w.suffix.empty() ||
      !text::iequals(words[i - 1].core, "the") || !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  // "the 3.40 at Cheltenham", "the 2.30 race": a horse race is named by its off time and course.
  bool course = text::iequals(words[i + 1].core, "at") && words[i + 1].suffix.empty() && i + 2 < words.size() &&
                text::is_capitalized(words[i + 2].core) && words[i + 2].prefix.empty();
  if (!course && !text::is_one_of_lowered(words[i + 1].core, {"to", "from", "service", "train", "departure", "arrival",
                                                              "bus", "sailing", "ferry", "flight", "race"})) {
    return std::nullopt;
  }
  // "the 2.50 to 3.10 range": a range of figures, not a service.
  if (i + 2 < words.size() && !words[i + 2].core.empty() && text::is_digit(words[i + 2].core[0])) return std::nullopt;
  std::string_view core = w.core;
  std::size_t dot = core.find('.');
  // "the 0815 sailing": the twenty-four-hour clock's four figures with the hour's zero, which
  // is said ("oh eight fifteen"). Without the zero four figures are a year or a count as often
  // ("the 2000 race", "the 1000 service members"), so they are left to those rules.
  bool clock = dot == std::string_view::npos && core.size() == 4 && text::all_digits(core) && core[0] == '0';
  if (clock) {
    dot = 2;
  } else if (dot == std::string_view::npos || dot == 0 || dot > 2 || core.size() != dot + 3) {
    return std::nullopt;
  }
  std::string_view hour = core.substr(0, dot);
  std::string_view minute = core.substr(clock ? 2 : dot + 1);
  if (!text::all_digits(hour) || !text::all_digits(minute)) return std::nullopt;
  int h = std::stoi(std::string(hour));
  int m = std::stoi(std::string(minute));
  if (h > 23 || m > 59 || (clock && h == 0)) return std::nullopt;
  std::string said = (clock && hour[0] == '0' ? "oh " : "") + integer_words(std::to_string(h), false, false);
  if (m == 0) said += h > 12 || clock ? " hundred" : " o'clock";
  else if (m < 10) said += " oh " + integer_words(std::to_string(m), false, false);
  else said += " " + integer_words(minute, false, false);
  return Match{1, said, false};
}

}  // namespace briefcast::rules
