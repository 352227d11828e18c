#include "feed/feed_dates.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>

namespace briefcast {

namespace {

std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return sys_days(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day)).time_since_epoch().count();
}

bool valid_date(int year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok();
}

std::optional<std::int64_t> to_epoch(int year, unsigned month, unsigned day, int hour, int minute, int second,
                                     int offset_minutes) {
  if (!valid_date(year, month, day) || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
}

// A cursor over the text with the few reads the two grammars need.
struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  void skip_space() {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == ',')) ++pos;
  }
  bool at_end() const { return pos >= text.size(); }
  char peek() const { return at_end() ? '\0' : text[pos]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  // Reads 1..max_digits digits.
  std::optional<int> number(std::size_t max_digits) {
    int value = 0;
    std::size_t digits = 0;
    while (digits < max_digits && !at_end() && std::isdigit(static_cast<unsigned char>(peek()))) {
      value = value * 10 + (text[pos++] - '0');
      ++digits;
    }
    if (digits == 0) return std::nullopt;
    return value;
  }
  std::string word() {
    std::string out;
    while (!at_end() && std::isalpha(static_cast<unsigned char>(peek()))) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos++]))));
    }
    return out;
  }
};

std::optional<unsigned> month_from_name(const std::string& name) {
  static constexpr std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return std::nullopt;
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    if (name.compare(0, 3, kMonths[i]) == 0) return i + 1;
  }
  return std::nullopt;
}

// "+0100", "-05:00", "Z", "GMT", "UT", "EST", ...; minutes east of UTC.
std::optional<int> zone_offset(Cursor& in) {
  in.skip_space();
  if (in.at_end()) return 0;  // no zone: taken as UTC
  if (in.peek() == '+' || in.peek() == '-') {
    const int sign = in.text[in.pos++] == '-' ? -1 : 1;
    const auto hours = in.number(2);
    in.take(':');
    const auto minutes = in.number(2);
    if (!hours) return std::nullopt;
    return sign * (*hours * 60 + minutes.value_or(0));
  }
  const std::string name = in.word();
  if (name == "z" || name == "gmt" || name == "ut" || name == "utc") return 0;
  if (name == "edt") return -4 * 60;
  if (name == "est" || name == "cdt") return -5 * 60;
  if (name == "cst" || name == "mdt") return -6 * 60;
  if (name == "mst" || name == "pdt") return -7 * 60;
  if (name == "pst") return -8 * 60;
  return 0;  // military or unknown zones: RFC 2822 says treat as UTC
}

std::optional<int> time_of_day(Cursor& in, int& minute, int& second) {
  const auto hour = in.number(2);
  if (!hour || !in.take(':')) return std::nullopt;
  const auto min = in.number(2);
  if (!min) return std::nullopt;
  minute = *min;
  second = 0;
  if (in.take(':')) {
    const auto sec = in.number(2);
    if (!sec) return std::nullopt;
    second = *sec;
    if (in.take('.')) in.number(9);  // fractions of a second are dropped
  }
  return hour;
}

}  // namespace

std::optional<std::int64_t> parse_rfc822_date(std::string_view text) {
  Cursor in{text};
  in.skip_space();
  if (std::isalpha(static_cast<unsigned char>(in.peek()))) {
    in.word();  // the weekday
    in.skip_space();
  }
  const auto day = in.number(2);
  in.skip_space();
  const auto month = month_from_name(in.word());
  in.skip_space();
  auto year = in.number(4);
  in.skip_space();
  if (!day || !month || !year) return std::nullopt;
  if (*year < 100) *year += *year < 50 ? 2000 : 1900;
  int minute = 0;
  int second = 0;
  const auto hour = time_of_day(in, minute, second);
  if (!hour) return std::nullopt;
  const auto offset = zone_offset(in);
  if (!offset) return std::nullopt;
  return to_epoch(*year, *month, static_cast<unsigned>(*day), *hour, minute, second, *offset);
}

std::optional<std::int64_t> parse_rfc3339_date(std::string_view text) {
  Cursor in{text};
  in.skip_space();
  const auto year = in.number(4);
  if (!year || !in.take('-')) return std::nullopt;
  const auto month = in.number(2);
  if (!month || !in.take('-')) return std::nullopt;
  const auto day = in.number(2);
  if (!day || *month < 1) return std::nullopt;
  const auto month_u = static_cast<unsigned>(*month);
  const auto day_u = static_cast<unsigned>(*day);
  if (in.at_end()) return to_epoch(*year, month_u, day_u, 0, 0, 0, 0);
  if (!in.take('T') && !in.take('t') && !in.take(' ')) return std::nullopt;
  int minute = 0;
  int second = 0;
  const auto hour = time_of_day(in, minute, second);
  if (!hour) return std::nullopt;
  const auto offset = zone_offset(in);
  if (!offset) return std::nullopt;
  return to_epoch(*year, month_u, day_u, *hour, minute, second, *offset);
}

std::optional<std::int64_t> parse_feed_date(std::string_view text) {
  if (auto date = parse_rfc3339_date(text)) return date;
  return parse_rfc822_date(text);
}

std::optional<std::int64_t> parse_since(std::string_view text, std::int64_t now) {
  if (auto date = parse_rfc3339_date(text)) return date;
  Cursor in{text};
  const auto amount = in.number(6);
  if (!amount) return std::nullopt;
  const std::string unit = in.word();
  if (!in.at_end()) return std::nullopt;
  std::int64_t seconds = 0;
  if (unit == "m" || unit == "min") seconds = 60;
  else if (unit == "h") seconds = 3600;
  else if (unit == "d") seconds = 86400;
  else if (unit == "w") seconds = 7 * 86400;
  else return std::nullopt;
  return now - *amount * seconds;
}

std::string format_utc(std::int64_t seconds) {
  const std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  const std::int64_t rest = seconds - days * 86400;
  const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(days))};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buffer;
}

}  // namespace briefcast
