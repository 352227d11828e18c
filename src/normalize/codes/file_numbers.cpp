// Reference numbers joined by slashes, as courts, registries and ministries write them
// ("HCT/LAG/07/214/2019", "Ref. MOH/CS/0042"): letters and figures in parts, said part by
// part with "slash", the letters spelt, a figure with a leading zero said digit by digit
// ("zero seven", not "seven"), a year as a year. Archives write their references so too, a
// point inside a part ("PR/ST.A/1", said "S T dot A") and a run of items closing it
// ("D/MER/4/112-187", "... four slash one hundred twelve to one hundred eighty seven"). A date
// ("9/1/17") has no letters and a path ("news/world") no capitals, so neither is one.
#include <algorithm>
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "ST.A", "NT.B": runs of capitals a point joins, within one part.
bool is_dotted_capitals(std::string_view part) {
  std::vector<std::string_view> runs = text::split(part, '.');
  if (runs.size() < 2 || part.size() > 8) return false;
  for (std::string_view run : runs) {
    if (run.empty() || !text::all_alpha(run) || !text::all_upper(run)) return false;
  }
  return true;
}

// "112-187", "1–6": a run of items, the figures at each end.
std::optional<text::DashSides> figure_range(std::string_view part) {
  auto sides = text::split_at_range_dash(part);
  if (!sides || sides->before.empty() || sides->after.empty() || sides->before.size() > 6 ||
      sides->after.size() > 6 || !text::all_digits(sides->before) || !text::all_digits(sides->after)) {
    return std::nullopt;
  }
  // "2024-017" is a year and a serial: a run of items climbs, its ends unpadded.
  if (sides->before[0] == '0' || sides->after[0] == '0' ||
      std::stoul(std::string(sides->after)) <= std::stoul(std::string(sides->before))) {
    return std::nullopt;
  }
  return sides;
}

std::string said_part(std::string_view part) {
  // A lone "A" is said by its name, never as the article.
  if (text::all_alpha(part)) return part.size() <= 5 ? letter_names(part) : std::string(part);
  if (is_dotted_capitals(part)) {
    std::string out;
    for (std::string_view run : text::split(part, '.')) out += (out.empty() ? "" : " dot ") + said_part(run);
    return out;
  }
  if (auto range = figure_range(part)) return said_part(range->before) + " to " + said_part(range->after);
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
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::string_view part = parts[k];
    if (part.empty() || part.size() > 13) return std::nullopt;
    // Only the last part may be a run of items.
    bool range = k + 1 == parts.size() && figure_range(part);
    bool plain = part.size() <= 8 && std::all_of(part.begin(), part.end(), [](char c) {
      return text::is_upper(c) || text::is_digit(c);
    });
    if (!range && !plain && !is_dotted_capitals(part)) return std::nullopt;
    letters = letters || (part.size() >= 2 && text::all_alpha(part)) || is_dotted_capitals(part);
    figures = figures || text::all_digits(part) || range;
  }
  if (!letters || !figures) return std::nullopt;
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out += " slash ";
    out += said_part(part);
  }
  return out;
}

// Read before the range and date rules, which would take the last part's dash or the figures
// for their own and leave a slash to be said as a mark.
std::optional<Match> match_file_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty() || std::count(core.begin(), core.end(), '/') < 2) return std::nullopt;
  // Plain parts are left to be read where they were; only a point or a closing run needs this.
  std::vector<std::string_view> parts = text::split(core, '/');
  bool marked = figure_range(parts.back()).has_value();
  for (std::string_view part : parts) marked = marked || is_dotted_capitals(part);
  if (!marked) return std::nullopt;
  if (auto said = speak_file_number(core)) return Match{1, *said, false};
  return std::nullopt;
}

}  // namespace briefcast::rules
