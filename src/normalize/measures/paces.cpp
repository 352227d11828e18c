// A runner's pace: minutes and seconds per a distance, written like a clock before the unit's
// slash ("averaged 4:05/km", "a 6:40/mi pace", "1:52/500m", "5:10 min/km"). The clock rules had
// read the figure and left the slash and the symbol ("four oh five slash km"); a pace is said as
// runners say it, the minutes and seconds paired, then "per" and the distance in the singular.
// A pace in seconds alone ("29.2 s/50m", "31s/100m") is said "twenty nine point two seconds per
// fifty meters", not "s slash".
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "s", "sec", "secs": the second as a pace writes it.
bool is_seconds_symbol(std::string_view unit) { return text::is_one_of(unit, {"s", "sec", "secs"}); }

// "4:05" -> "four oh five", "3:00" -> "three minutes": minutes of one or two figures, then
// seconds of two.
std::optional<std::string> pace_time(std::string_view clock) {
  // "1:32.2/500m": a rower's split to a tenth, the tenths said after the paired figures.
  std::size_t point = clock.find('.');
  if (point != std::string_view::npos) {
    std::string_view tenths = clock.substr(point + 1);
    auto whole = point + 1 < clock.size() && tenths.size() <= 2 && text::all_digits(tenths)
                     ? pace_time(clock.substr(0, point))
                     : std::nullopt;
    if (!whole || whole->find("minute") != std::string::npos) return std::nullopt;
    return *whole + " point " + digit_words(tenths);
  }
  std::size_t colon = clock.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || clock.size() != colon + 3) return std::nullopt;
  std::string_view minutes = clock.substr(0, colon);
  std::string_view seconds = clock.substr(colon + 1);
  if (!text::all_digits(minutes) || !text::all_digits(seconds) || seconds[0] > '5') return std::nullopt;
  if (seconds == "00") return cardinal_words(minutes) + (minutes == "1" ? " minute" : " minutes");
  return paired_digit_words(std::string(minutes) + std::string(seconds));
}

// "29.2s", "31 sec": a swimmer's or rower's pace in seconds alone, the unit glued or in a word
// of its own (`unit`), said "twenty nine point two seconds".
std::optional<std::string> pace_seconds(std::string_view figure, std::string_view unit) {
  if (unit.empty()) {
    std::size_t digits = text::number_prefix_length(figure);
    unit = figure.substr(digits);
    figure = figure.substr(0, digits);
  }
  if (!is_seconds_symbol(unit)) return std::nullopt;
  auto number = text::parse_plain_figure(figure);
  if (!number || number->grouped || number->integer.empty() || number->integer.size() > 2) return std::nullopt;
  return number_words(*number) + (figure == "1" ? " second" : " seconds");
}

// "km", "mi", "500m", "mile": the distance a pace is per, said in the singular or with its figure.
std::optional<std::string> per_distance(std::string_view written) {
  if (text::is_one_of(written, {"mile", "kilometre", "kilometer", "k"})) return std::string(written == "k" ? "kilometer" : written);
  if (is_distance(written)) return find_unit(written)->one;
  std::size_t digits = text::number_prefix_length(written);
  if (digits > 0 && digits < written.size() && is_distance(written.substr(digits))) return speak_measure(written);
  return std::nullopt;
}

}  // namespace

// A bare "s" is the second only before a distance swum or run; alone it may be a letter or a plural.
std::optional<UnitName> seconds_before_distance(std::string_view symbol, std::string_view distance) {
  if (!is_seconds_symbol(symbol) || !is_distance(distance)) return std::nullopt;
  return UnitName{"second", "seconds"};
}

std::optional<Match> match_pace(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty()) return std::nullopt;
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  std::size_t count = 1;
  std::optional<std::string> distance;
  if (slash != std::string_view::npos) {
    distance = per_distance(core.substr(slash + 1));
  } else if (i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty() &&
             (text::starts_with(words[i + 1].core, "min/") || text::starts_with(words[i + 1].core, "/"))) {
    // "5:10 min/km", "5:10 /km": the unit in a word of its own.
    std::string_view unit = words[i + 1].core;
    distance = per_distance(unit.substr(unit.find('/') + 1));
    count = 2;
  }
  // "29.2 s/50m", "31s/100m": seconds per a distance, as a pool or a rowing machine gives a pace.
  std::string_view seconds_unit;
  if (!distance && i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty()) {
    std::string_view unit = words[i + 1].core;
    std::size_t unit_slash = unit.find('/');
    seconds_unit = unit.substr(0, unit_slash);
    if (unit_slash != std::string_view::npos && is_seconds_symbol(seconds_unit)) {
      distance = per_distance(unit.substr(unit_slash + 1));
      count = 2;
    }
  }
  if (!distance) return std::nullopt;
  auto time = count == 2 && !seconds_unit.empty() && distance ? pace_seconds(core, seconds_unit) : std::nullopt;
  if (!time && slash != std::string_view::npos) time = pace_seconds(core.substr(0, slash), "");
  if (!time) time = pace_time(core.substr(0, slash));
  if (!time) return std::nullopt;
  return Match{count, *time + " per " + *distance, false};
}

}  // namespace briefcast::rules
