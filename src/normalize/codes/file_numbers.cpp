// Reference numbers joined by slashes, as courts, registries and ministries write them
// ("HCT/LAG/07/214/2019", "Ref. MOH/CS/0042"): letters and figures in parts, said part by
// part with "slash", the letters spelt, a figure with a leading zero said digit by digit
// ("zero seven", not "seven"), a year as a year. A date ("9/1/17") has no letters and a path
// ("news/world") no capitals, so neither is one.
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::string said_part(std::string_view part) {
  if (text::all_alpha(part)) return part.size() <= 5 ? spelled_letters(part) : std::string(part);
  if (text::all_digits(part)) {
    if (part[0] == '0' || part.size() > 4) return digit_words(part);
    if (part.size() == 4 && (text::starts_with(part, "19") || text::starts_with(part, "20"))) {
      return integer_words(part, false, true);
    }
    return part.size() == 4 ? paired_digit_words(part) : cardinal_words(part);
  }
  if (auto serial = speak_serial(part)) return *serial;
  return std::string(part);
}

}  // namespace

namespace {

// "24/118234", "19/0417": a year or serial and a long or zero-led figure after it, as crime
// and case references are written. No fraction has such a bottom (a power of ten, "1/10000",
// stays a fraction), and read as one it was "twenty four one hundred eighteen thousand ...
// fourths".
bool figure_reference(const std::vector<std::string_view>& parts) {
  if (parts.size() != 2 || parts[0].empty() || parts[0].size() > 4 || !text::all_digits(parts[0])) return false;
  std::string_view second = parts[1];
  if (second.size() > 8 || !text::all_digits(second)) return false;
  bool long_figure = second.size() >= 5 && !text::ends_with(second, "000");
  return long_figure || (second.size() >= 3 && second[0] == '0');
}

}  // namespace

std::optional<std::string> speak_file_number(std::string_view core) {
  const std::vector<std::string_view> parts = text::split(core, '/');
  if (figure_reference(parts)) return said_part(parts[0]) + " slash " + digit_words(parts[1]);
  if (parts.size() < 3 || parts.size() > 8) return std::nullopt;
  bool letters = false;
  bool figures = false;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 8) return std::nullopt;
    for (char c : part) {
      if (!text::is_upper(c) && !text::is_digit(c)) return std::nullopt;
    }
    letters = letters || (part.size() >= 2 && text::all_alpha(part));
    figures = figures || text::all_digits(part);
  }
  if (!letters || !figures) return std::nullopt;
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out += " slash ";
    out += said_part(part);
  }
  return out;
}

}  // namespace briefcast::rules
