// Measures whose unit letters mean what the line's field says they mean:
//  - "958 mb" in a line about pressure or a storm is millibars, never megabytes;
//  - "cooled to 4 K" in a line about a temperature is kelvin, never thousands;
//  - "1m 19.166s", a lap time with a space after its minutes, is "one minute nineteen point one
//    six six seconds", never a meter; "in 9m 12s" is minutes and seconds;
//  - "over 1m", "1m 2f", "7f" in a line about horse racing are miles and furlongs;
//  - "5 days/week", "3 times/day": a count per a period is "five days a week";
//  - "59:$1": an exchange rate, "fifty nine to the dollar";
//  - "At 1100 AM EDT": a bulletin's clock, "eleven AM" (match_bulletin_clock, before the clock rules).
#include <string>

#include "normalize/articles.h"
#include "normalize/function_words.h"

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

bool is_pressure_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"pressure", "pressures", "barometric", "barometer", "hurricane", "cyclone", "typhoon",
                                   "storm", "depression", "millibars", "hpa", "isobars", "mercury"});
}

// "958 mb", "958mb", "1012 mbar": a pressure's figure and its millibars.
std::optional<Match> millibars(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0) return std::nullopt;
  std::string_view unit = core.substr(digits);
  std::size_t count = 1;
  if (unit.empty()) {
    if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
    unit = words[i + 1].core;
    count = 2;
  }
  if (!text::is_one_of(unit, {"mb", "MB", "mbar", "mbars", "mbs"})) return std::nullopt;
  auto number = text::parse_number(core.substr(0, digits));
  if (!number || number->negative || !text::any_word(words, is_pressure_word)) return std::nullopt;
  // "MB" in capitals is the megabyte's symbol ("a 300 MB download" in a line about a storm);
  // it stands for millibars only with a figure an air pressure can have (about 850 to 1090).
  if (unit == "MB" && (number->integer.size() < 3 || number->integer.size() > 4 ||
                       std::stoi(number->integer) < 850 || std::stoi(number->integer) > 1090)) {
    return std::nullopt;
  }
  bool one = number->integer == "1" && !number->has_point;
  return Match{count, number_words(*number, false) + (one ? " millibar" : " millibars"), false};
}

// Words of a line about a body's temperature in physics or chemistry, where a "K" after a
// figure is the kelvin. Words of everyday weather ("hot", "warm") are not cues: there a "K" is
// more often thousands or a screen's 4K.
bool is_temperature_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"temperature", "temperatures", "kelvin", "cooled", "cooling", "chilled",
                                             "heated", "superconducting", "superconductor", "superconductors",
                                             "superconductivity", "cryogenic", "cryostat", "freezing", "melting",
                                             "boiling", "thermal", "absolute"});
}

// "cooled to 4 K", "a temperature of 2.7K": in such a line the K is kelvin, never thousands.
std::optional<Match> kelvin(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty()) return std::nullopt;  // "$300K" is money
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0) return std::nullopt;
  std::size_t count = 1;
  if (core.size() == digits + 1 && core.back() == 'K') {
    // attached: "300K"
  } else if (core.size() == digits && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
             words[i + 1].core == "K") {
    count = 2;
  } else {
    return std::nullopt;
  }
  // "a 4K TV", "8 K cameras": a noun after the K makes it a screen's resolution or a count.
  std::size_t next = i + count;
  if (next < words.size() && words[next - 1].suffix.empty() && !text::is_function_word(text::lower(words[next].core))) {
    return std::nullopt;
  }
  auto number = text::parse_number(core.substr(0, digits));
  if (!number || number->negative || !text::any_word(words, is_temperature_word)) return std::nullopt;
  return Match{count, number_words(*number, false) + " kelvin", false};
}

// "1m 19.166s": the minutes, then the seconds as their own word.
std::optional<Match> spaced_lap(const Words& words, std::size_t i) {
  std::string_view minutes = words[i].core;
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (minutes.size() < 2 || minutes.size() > 3 || minutes.back() != 'm' ||
      !text::all_digits(minutes.substr(0, minutes.size() - 1))) {
    return std::nullopt;
  }
  std::string_view seconds = words[i + 1].core;
  // The seconds carry a fraction and their "s" ("19.166s"): a timing sheet's shape; or whole
  // seconds under sixty ("in 9m 12s"): minutes, never meters, before them.
  bool fraction = seconds.size() >= 5 && seconds.find('.') == 2;
  bool whole = seconds.size() >= 2 && seconds.size() <= 3 && text::all_digits(seconds.substr(0, seconds.size() - 1)) &&
               std::stoi(std::string(seconds.substr(0, seconds.size() - 1))) < 60;
  if (seconds.back() != 's' || (!fraction && !whole)) return std::nullopt;
  std::string padded = whole && seconds.size() == 2 ? "0" + std::string(seconds) : std::string(seconds);
  auto lap = speak_time(std::string(minutes) + padded);
  if (!lap) return std::nullopt;
  return Match{2, *lap, false};
}

bool is_racing_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"furlong", "furlongs", "guineas", "handicap", "hurdle", "hurdles", "steeplechase",
                                             "racecourse", "jockey", "trainer", "filly", "fillies", "colt", "colts", "gelding",
                                             "newmarket", "ascot", "epsom", "cheltenham", "aintree", "goodwood", "doncaster",
                                             "longchamp", "leopardstown", "curragh", "sandown", "kempton", "haydock"});
}

// "7f", "12f", "1m", "1m4f": a race's furlongs and miles; nullopt for any other shape.
std::optional<std::string> racing_distance_words(std::string_view core) {
  std::string spoken;
  std::size_t start = 0;
  for (std::size_t k = 0; k < core.size(); ++k) {
    if (text::is_digit(core[k])) continue;
    std::string_view figure = core.substr(start, k - start);
    bool mile = core[k] == 'm' && spoken.empty();
    if (figure.empty() || figure.size() > 2 || figure[0] == '0' || (!mile && core[k] != 'f')) return std::nullopt;
    std::string_view unit = mile ? (figure == "1" ? " mile" : " miles") : (figure == "1" ? " furlong" : " furlongs");
    spoken += (spoken.empty() ? "" : " ") + cardinal_words(figure) + std::string(unit);
    start = k + 1;
  }
  if (start != core.size() || spoken.empty()) return std::nullopt;
  return spoken;
}

// "½f", "2½f": furlongs with a half, after the miles ("2m ½f", "two miles and a half
// furlong"); "56y": the yards a card adds after them ("1m 2f 56y").
std::optional<std::string> racing_part_words(std::string_view core) {
  constexpr std::string_view kHalf = "\u00bd";
  if (text::ends_with(core, std::string(kHalf) + "f")) {
    std::string_view whole = core.substr(0, core.size() - kHalf.size() - 1);
    if (whole.empty()) return std::string("and a half furlong");
    if (whole.size() > 1 || !text::all_digits(whole)) return std::nullopt;
    return cardinal_words(whole) + " and a half furlongs";
  }
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0 || digits > 3 || core[0] == '0' || !text::all_digits(core.substr(0, digits)) ||
      !text::is_one_of(core.substr(digits), {"y", "yd", "yds"})) {
    return std::nullopt;
  }
  return cardinal_words(core.substr(0, digits)) + (core.substr(0, digits) == "1" ? " yard" : " yards");
}

bool is_racing_cue(std::string_view core) { return is_racing_word(core) || tells_of_horse_racing(core); }

// "over 1m at Newmarket", "the 1m 2f handicap", "over 7f": in a line about horse racing a
// figure with "m" is miles and one with "f" furlongs, never meters or Fahrenheit. Miles with
// furlongs ("1m 2f", "1m4f") carry their own cue.
std::optional<Match> racing_distance(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  auto spoken = racing_distance_words(core);
  if (!spoken) return std::nullopt;
  std::optional<std::string> furlongs;
  auto next_word = [&](std::size_t k) {
    return words[k - 1].suffix.empty() && k < words.size() && words[k].prefix.empty() && !words[k].core.empty();
  };
  if (core.back() == 'm' && next_word(i + 1) && words[i + 1].core.back() == 'f' &&
      words[i + 1].core.find('m') == std::string_view::npos) {
    furlongs = racing_distance_words(words[i + 1].core);
    if (!furlongs) furlongs = racing_part_words(words[i + 1].core);
  }
  bool both = furlongs || (core.find('m') != std::string_view::npos && core.back() == 'f');
  // Lone miles are a distance after a word that sets a race's trip ("over 1m", "the 1m
  // race"), or after furlongs and "and" ("the 7f and 1m bends"); "won 1m in prize money" at a
  // racecourse is still a million.
  std::string before = i > 0 && words[i - 1].suffix.empty() ? text::lower(words[i - 1].core) : "";
  bool listed = i > 1 && (before == "and" || before == "or") && racing_distance_words(words[i - 2].core) &&
                words[i - 2].suffix.empty();
  bool trip = core.back() == 'f' || listed ||
              text::is_one_of(before, {"over", "the", "a", "of", "to", "beyond", "around", "about", "up"});
  if (!both && (!trip || !text::any_word(words, is_racing_cue))) return std::nullopt;
  std::size_t count = furlongs ? 2 : 1;
  std::string said = *spoken + (furlongs ? " " + *furlongs : "");
  // "1m 2f 56y": the yards after the miles and furlongs.
  if (both && next_word(i + count)) {
    if (auto yards = racing_part_words(words[i + count].core); yards && yards->find("yard") != std::string::npos) {
      said += " " + *yards;
      ++count;
    }
  }
  return Match{count, said, false};
}

// "wk", "yr", "d", "h", "hr" or the word itself: a span of the calendar after a rate's slash,
// said as a rate says it, with its article ("a week", "an hour"); nullopt for any other word.
// Each rate below keeps its own set of the spans it accepts.
std::optional<std::string> per_calendar_period(std::string_view period) {
  if (period == "wk") period = "week";
  if (period == "yr") period = "year";
  if (period == "d") period = "day";
  if (period == "hr" || period == "h") period = "hour";
  if (!text::is_one_of(period, {"day", "week", "month", "year", "night", "hour"})) return std::nullopt;
  return with_indefinite_article(period);
}

// "5 days/week": a count of days, hours or times per a period.
std::optional<Match> count_per_period(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (!text::all_digits(words[i].core) || words[i].core.size() > 3) return std::nullopt;
  std::string_view rate = words[i + 1].core;
  std::size_t slash = rate.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view what = rate.substr(0, slash);
  std::string_view period = rate.substr(slash + 1);
  if (!text::is_one_of(what, {"day", "days", "hour", "hours", "time", "times", "night", "nights", "shift", "shifts"}) ||
      !text::is_one_of(period, {"day", "week", "month", "year", "wk", "yr"})) {
    return std::nullopt;
  }
  return Match{2, cardinal_words(words[i].core) + " " + std::string(what) + " " + *per_calendar_period(period), false};
}

// "10,000/day", "1,200/month": a figure glued to a span of the calendar with a slash is a rate,
// "ten thousand a day"; a unit after the slash ("40/min") is the measure rules' business.
std::optional<Match> figure_per_period(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  std::string_view period = core.substr(slash + 1);
  if (!text::is_one_of(period, {"day", "week", "month", "year", "night", "hour"})) return std::nullopt;
  auto number = text::parse_number(core.substr(0, slash));
  if (!number || number->negative) return std::nullopt;
  return Match{1, number_words(*number, false) + " " + *per_calendar_period(period), false};
}

// "3x/week", "2×/day", "4X/wk": a count of times per a period, as fitness, medicine and
// training copy shortens it, is "three times a week" ("once", "twice" for one and two); the
// slash had been said "slash". Every short form of a span is taken.
std::optional<Match> times_per_period(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t n = text::digit_run_end(core, 0, 3);
  if (n == 0 || core[0] == '0') return std::nullopt;
  std::string_view rest = core.substr(n);
  std::size_t sign = text::starts_with(rest, "\u00d7") ? 2 : (!rest.empty() && (rest[0] == 'x' || rest[0] == 'X')) ? 1 : 0;
  if (sign == 0 || rest.size() <= sign + 1 || rest[sign] != '/') return std::nullopt;
  auto per = per_calendar_period(rest.substr(sign + 1));
  if (!per) return std::nullopt;
  std::string_view count = core.substr(0, n);
  std::string times = count == "1" ? "once" : count == "2" ? "twice" : cardinal_words(count) + " times";
  return Match{1, times + " " + *per, false};
}

// Heavy things weighed in tonnes: "a 40t truck", "a 26t lorry's load".
bool is_heavy_thing(std::string_view w) {
  if (text::ends_with(w, "'s")) w.remove_suffix(2);
  return text::is_one_of_lowered(w, {"truck", "trucks", "lorry", "lorries", "trailer", "trailers", "crane", "cranes",
                                     "excavator", "excavators", "digger", "diggers", "hgv", "hgvs", "artic", "artics",
                                     "tipper", "tippers", "payload", "wagon", "wagons", "vehicle", "vehicles"});
}

// "190,000t", "2.5t", "600t": a "t" glued to a figure with a comma, a point or three figures is
// the tonne, as trade and farming copy write it; a short whole figure ("5t", "the 4t") may be a
// name or a letter, so it stays, except before a heavy thing it weighs ("a 40t truck").
std::optional<Match> glued_tonnes(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.back() != 't') return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  bool weighs_heavy_thing = words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                            is_heavy_thing(words[i + 1].core);
  if (!number || number->negative ||
      (!number->grouped && !number->has_point && number->integer.size() < 3 && !weighs_heavy_thing)) {
    return std::nullopt;
  }
  // "a 3.5t limit": before a noun, one compound adjective.
  if (weighs_heavy_thing || is_adjectival(words, i, 1)) {
    return Match{1, text::hyphenated(number_words(*number, false) + " tonne"), false};
  }
  bool one = number->integer == "1" && !number->has_point;
  return Match{1, number_words(*number, false) + (one ? " tonne" : " tonnes"), false};
}

// "59:$1", "3.75:$1": an exchange rate against the dollar.
std::optional<Match> rate_to_the_dollar(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::ends_with(core, ":$1") || core.size() < 4) return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 3));
  if (!number || number->negative) return std::nullopt;
  return Match{1, number_words(*number, false) + " to the dollar", false};
}

bool is_time_zone(std::string_view w) {
  return text::is_one_of(w, {"EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "AST", "ADT", "HST", "AKDT", "AKST",
                             "UTC", "GMT", "BST", "CET", "CEST"});
}

}  // namespace

// "At 1100 AM EDT", "at 800 PM AST": a weather bulletin's clock, its hours and minutes run
// together before "AM" or "PM", is "eleven AM", never "eleven hundred". Only after a word of
// time ("at", "until") or before a time zone, so "WBZ 1030 AM" stays a radio dial.
std::optional<Match> match_bulletin_clock(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if ((core.size() != 3 && core.size() != 4) || !text::all_digits(core) || core[0] == '0') return std::nullopt;
  if (!text::is_one_of(words[i + 1].core, {"AM", "PM", "am", "pm"})) return std::nullopt;
  std::string_view hours = core.substr(0, core.size() - 2);
  std::string_view minutes = core.substr(core.size() - 2);
  int h = std::stoi(std::string(hours));
  int m = std::stoi(std::string(minutes));
  if (h < 1 || h > 12 || m > 59) return std::nullopt;
  bool cued = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"at", "until", "till", "by", "from", "before",
                                                                         "after", "since", "to"});
  bool zoned = i + 2 < words.size() && words[i + 1].suffix.empty() && is_time_zone(words[i + 2].core);
  if (!cued && !zoned) return std::nullopt;
  std::string spoken = cardinal_words(hours);
  if (m != 0) spoken += m < 10 ? " oh " + cardinal_words(minutes.substr(1)) : " " + cardinal_words(minutes);
  // Said as the other clock rules say it: "nine AM".
  return Match{2, spoken + (text::lower(words[i + 1].core) == "am" ? " AM" : " PM"), false};
}

std::optional<Match> match_field_measure(const Words& words, std::size_t i) {
  if (auto m = millibars(words, i)) return m;
  if (auto m = kelvin(words, i)) return m;
  if (auto m = spaced_lap(words, i)) return m;
  if (auto m = racing_distance(words, i)) return m;
  if (auto m = rate_to_the_dollar(words, i)) return m;
  if (auto m = figure_per_period(words, i)) return m;
  if (auto m = times_per_period(words, i)) return m;
  if (auto m = glued_tonnes(words, i)) return m;
  return count_per_period(words, i);
}

}  // namespace briefcast::rules
