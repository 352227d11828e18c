// A US television listing's pair of air times, "9/8c": the hour in the Eastern zone, then the
// same slot an hour earlier in the Central zone, said "nine, eight central". Only a pair whose
// second hour is one before the first, with the same minutes and a "c" after it, reads so:
// "1/2c" in a recipe is half a cup, and "3/4c" a fraction of one too.
#include <string>

#include "normalize/dates/dates.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

struct SlotTime {
  int hour = 0;
  std::string_view minutes;  // "" or two figures
};

// "9", "10", "9:30": an hour of the 12-hour clock, minutes optional.
std::optional<SlotTime> slot_time(std::string_view s) {
  std::string_view minutes;
  if (std::size_t colon = s.find(':'); colon != std::string_view::npos) {
    minutes = s.substr(colon + 1);
    s = s.substr(0, colon);
    if (minutes.size() != 2 || !text::all_digits(minutes) || minutes[0] > '5') return std::nullopt;
  }
  if (s.empty() || s.size() > 2 || !text::all_digits(s) || s[0] == '0') return std::nullopt;
  int hour = std::stoi(std::string(s));
  if (hour > 12) return std::nullopt;
  return SlotTime{hour, minutes};
}

// "9" -> "nine", "9:30" -> "nine thirty", "9:05" -> "nine oh five", "9:00" -> "nine".
std::string said(const SlotTime& t) {
  std::string out = cardinal_words(std::to_string(t.hour));
  if (t.minutes.empty() || t.minutes == "00") return out;
  if (t.minutes[0] == '0') return out + " oh " + std::string(digit_word(t.minutes[1]));
  return out + " " + cardinal_words(t.minutes);
}

}  // namespace

std::optional<std::string> speak_tv_listing(std::string_view core) {
  if (core.size() < 4 || core.back() != 'c') return std::nullopt;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto eastern = slot_time(core.substr(0, slash));
  auto central = slot_time(core.substr(slash + 1, core.size() - slash - 2));
  if (!eastern || !central || eastern->minutes != central->minutes) return std::nullopt;
  // The Central slot is the Eastern one an hour earlier: "10/9c", "1/12c".
  if (central->hour != (eastern->hour == 1 ? 12 : eastern->hour - 1)) return std::nullopt;
  return said(*eastern) + ", " + said(*central) + " central";
}

}  // namespace briefcast::rules
