// Shorthand of pilots' and controllers' reports, said as they say it:
//  - "M0.78", "M.85", "M2.0": a Mach number among words of flying ("Mach point seven eight");
//    the letter had been said alone and the figure as a decimal, the speed's name lost;
//  - "240/18G32 kt", "310/12 kt", "24018G32KT": a surface wind, its direction figure by figure,
//    its speed and gust in knots ("two four zero degrees at eighteen knots gusting thirty two");
//    it had been read as a sum, "two hundred forty slash eighteen G thirty two";
//  - "06:42Z", "1450Z": a time in UTC, said with "Zulu" ("zero six forty two Zulu"); the Z had
//    been left to eSpeak, which said "zed" or dropped it;
//  - "RWY": the runway, said as the word;
//  - "temperature/dew point 06/M01": a report's pair of degrees, each said after its name
//    ("temperature six, dew point minus one"); it had been a fraction ("six firsts");
//  - "AD 2024-11-07", "AD 2023-12": an airworthiness directive by its number, in a line
//    about flying; the number had been read as a date ("November seventh");
//  - "G-OKWZ", "EI-FMV": an aircraft's registration, its letters spelled, in a line about
//    flying; eSpeak NG had read the letters after the hyphen as a word where it could.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "M0.78" -> "Mach point seven eight"; "M2.0" -> "Mach two point zero".
std::optional<Match> mach(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.size() > 6 || core[0] != 'M') return std::nullopt;
  std::string_view figure = core.substr(1);
  std::size_t point = figure.find('.');
  if (point == std::string_view::npos || point > 1 || point + 1 >= figure.size()) return std::nullopt;
  std::string_view whole = figure.substr(0, point);
  std::string_view fraction = figure.substr(point + 1);
  if (!text::all_digits(whole) || !text::all_digits(fraction)) return std::nullopt;
  if (!text::any_word_near(words, i, 16, tells_of_flying)) return std::nullopt;
  std::string said = "Mach ";
  if (!whole.empty() && whole != "0") said += cardinal_words(whole) + " ";
  return Match{1, said + "point " + digit_words(fraction), false};
}

bool is_knots(std::string_view core) { return text::is_one_of_lowered(core, {"kt", "kts", "knots"}); }

// A wind's speed or gust in knots: one to three digits, no leading zero but for "05".
bool is_wind_speed(std::string_view s) { return !s.empty() && s.size() <= 3 && text::all_digits(s); }

std::string speed_words(std::string_view s) {
  while (s.size() > 1 && s[0] == '0') s.remove_prefix(1);
  return cardinal_words(s);
}

// "240/18G32", "240/18", "24018G32KT", "24018KT": a direction in tens of degrees up to 360,
// then a speed and an optional gust. Returns the spoken wind, or nothing.
std::optional<std::string> wind(std::string_view core, bool knots_follow, bool flying) {
  bool glued_unit = core.size() > 2 && (core.substr(core.size() - 2) == "KT");
  if (glued_unit) core.remove_suffix(2);
  if (core.size() < 5 || !text::all_digits(core.substr(0, 3))) return std::nullopt;
  std::string_view direction = core.substr(0, 3);
  std::string_view rest = core.substr(3);
  bool slashed = rest[0] == '/';
  if (slashed) rest.remove_prefix(1);
  else if (!glued_unit) return std::nullopt;  // "24018" alone is a number
  std::size_t g = rest.find('G');
  std::string_view speed = rest.substr(0, g);
  std::string_view gust = g == std::string_view::npos ? std::string_view() : rest.substr(g + 1);
  int heading = std::stoi(std::string(direction));
  if (heading > 360 || heading % 10 != 0 || !is_wind_speed(speed)) return std::nullopt;
  if (g != std::string_view::npos && !is_wind_speed(gust)) return std::nullopt;
  // "240/18" alone may be a score or a ratio: a unit, a gust or a line about flying says wind.
  if (!glued_unit && !knots_follow && !(flying && g != std::string_view::npos)) return std::nullopt;
  std::string said = digit_words(direction) + " degrees at " + speed_words(speed) + " knots";
  if (!gust.empty()) said += " gusting " + speed_words(gust);
  return said;
}

std::optional<Match> surface_wind(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() < 5 || !text::is_digit(w.core[0])) return std::nullopt;
  bool knots_follow = w.suffix.empty() && i + 1 < words.size() && is_knots(words[i + 1].core);
  bool flying = text::any_word_near(words, i, 16, tells_of_flying) ||
                (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"wind", "winds", "at"}));
  auto said = wind(w.core, knots_follow, flying);
  if (!said) return std::nullopt;
  return Match{knots_follow ? 2u : 1u, *said, false};
}

// "06:42Z", "0642Z", "1450Z": hours and minutes in UTC. The colon's form is a time in any line;
// four bare figures are one only among words of flying.
std::optional<Match> zulu_time(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if ((core.size() != 5 && core.size() != 6) || core.back() != 'Z') return std::nullopt;
  std::string_view hh = core.substr(0, 2);
  std::string_view mm = core.substr(core.size() == 6 ? 3 : 2, 2);
  if (core.size() == 6 && core[2] != ':') return std::nullopt;
  if (!text::all_digits(hh) || !text::all_digits(mm) || hh > "23" || mm > "59") return std::nullopt;
  if (core.size() == 5 && !text::any_word_near(words, i, 16, tells_of_flying)) return std::nullopt;
  std::string hours = hh[0] == '0' ? "zero " + std::string(digit_word(hh[1])) : cardinal_words(hh);
  std::string minutes = mm == "00" ? "hundred" : mm[0] == '0' ? "oh " + std::string(digit_word(mm[1])) : cardinal_words(mm);
  if (hh == "00") hours = "zero zero";
  return Match{1, hours + " " + minutes + " Zulu", false};
}

// "11" -> "eleven", "07" -> "zero seven", "0123" -> "zero one two three": a directive number's
// part, said as the document's number is.
std::string directive_part(std::string_view part) {
  if (part[0] == '0' || part.size() > 2) return digit_words(part);
  return cardinal_words(part);
}

// "AD 2024-11-07": the year, then one or two parts of up to four figures.
std::optional<Match> directive(const Words& words, std::size_t i) {
  if (words[i].core != "AD" || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  std::string_view number = words[i + 1].core;
  if (number.size() < 7 || number.size() > 13 || !words[i + 1].prefix.empty()) return std::nullopt;
  auto parts = text::split(number, '-');
  if (parts.size() < 2 || parts.size() > 3 || parts[0].size() != 4 || !text::all_digits(parts[0]) ||
      (parts[0].substr(0, 2) != "19" && parts[0].substr(0, 2) != "20")) {
    return std::nullopt;
  }
  std::string said = "airworthiness directive " + year_words(parts[0]);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    if (parts[k].empty() || parts[k].size() > 4 || !text::all_digits(parts[k])) return std::nullopt;
    said += " dash " + directive_part(parts[k]);
  }
  if (!text::any_word_near(words, i, 16, tells_of_flying)) return std::nullopt;
  return Match{2, said, false};
}

// "06", "M01", "12": a report's whole degrees, M for minus.
std::optional<std::string> report_degrees(std::string_view s) {
  bool minus = !s.empty() && s[0] == 'M';
  if (minus) s.remove_prefix(1);
  if (s.empty() || s.size() > 2 || !text::all_digits(s)) return std::nullopt;
  return std::string(minus ? "minus " : "") + speed_words(s);
}

// "temperature/dew point 04/03", "temp/dew point M02/M05", "temperature/dewpoint 11/09".
std::optional<Match> temperature_dew_point(const Words& words, std::size_t i) {
  if (!text::is_one_of_lowered(words[i].core, {"temperature/dew", "temp/dew", "temperature/dewpoint", "temp/dewpoint"}))
    return std::nullopt;
  bool joined = text::ends_with(words[i].core, "point");
  std::size_t at = joined ? i + 1 : i + 2;
  if (at >= words.size() || (!joined && !text::is_one_of_lowered(words[i + 1].core, {"point"}))) return std::nullopt;
  auto parts = text::split(words[at].core, '/');
  if (parts.size() != 2 || !words[at].prefix.empty()) return std::nullopt;
  auto temperature = report_degrees(parts[0]);
  auto dew = report_degrees(parts[1]);
  if (!temperature || !dew) return std::nullopt;
  return Match{at - i + 1, "temperature " + *temperature + ", dew point " + *dew, false};
}

// "G-OKWZ", "EI-FMV", "VH-OQA": a country's one or two letters, a hyphen, three or four letters.
std::optional<Match> registration(const Words& words, std::size_t i) {
  auto parts = text::split(words[i].core, '-');
  if (parts.size() != 2 || parts[0].empty() || parts[0].size() > 2 || parts[1].size() < 3 || parts[1].size() > 4 ||
      !text::all_upper(parts[0]) || !text::all_upper(parts[1])) {
    return std::nullopt;
  }
  if (!text::any_word_near(words, i, 16, tells_of_flying)) return std::nullopt;
  return Match{1, spelled_letters(parts[0]) + "-" + spelled_letters(parts[1]), false};
}

}  // namespace

std::optional<Match> match_flight_report(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty()) return std::nullopt;
  if (core == "RWY" || core == "RWYs") return Match{1, core == "RWY" ? "runway" : "runways", false};
  if (auto m = registration(words, i)) return m;
  if (core[0] == 'M') return mach(words, i);
  if (core == "AD") return directive(words, i);
  if (core[0] == 't' || core[0] == 'T') return temperature_dew_point(words, i);
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto m = zulu_time(words, i)) return m;
  return surface_wind(words, i);
}

}  // namespace briefcast::rules
