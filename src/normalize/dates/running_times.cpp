// Hours and minutes written with unit letters, as listings give a film's or a journey's length:
// "a 1h 52m film", "a 2hr 10min drive", "runs 1h52m". Before the noun they measure they are
// one compound adjective with its units singular ("a one-hour-fifty-two-minute film"), as "a
// two-hour film" is; read as an amount they were a plural before a noun ("a one hour fifty two
// minutes film"). Run together ("1h52m") the letters were said as letters ("one h fifty two m").
// A longer time in parts from days down to seconds ("80d 3h 44m 46s", "3h 44m 46s") is said
// part by part with its units; read a word at a time its seconds had been the plural "forty
// sixes" and its days "eighty d".
#include <array>
#include <utility>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The figure before one of `units` that ends `s` ("52" of "52m"), or nullopt.
template <std::size_t N>
std::optional<std::string_view> figure_before(std::string_view s, const std::array<std::string_view, N>& units) {
  for (std::string_view unit : units) {
    if (s.size() > unit.size() && s.size() <= unit.size() + 2 && text::ends_with(s, unit) &&
        text::all_digits(s.substr(0, s.size() - unit.size()))) {
      return s.substr(0, s.size() - unit.size());
    }
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 3> kHours = {"h", "hr", "hrs"};
constexpr std::array<std::string_view, 3> kMinutes = {"m", "min", "mins"};

// "1h52m", "2hr10min": split after the hours' letters.
std::optional<std::pair<std::string_view, std::string_view>> glued(std::string_view core) {
  std::size_t digits = text::number_prefix_length(core);
  std::size_t letters = core.find_first_of("0123456789", digits);
  if (digits == 0 || letters == std::string_view::npos) return std::nullopt;
  auto hours = figure_before(core.substr(0, letters), kHours);
  auto minutes = figure_before(core.substr(letters), kMinutes);
  if (!hours || !minutes) return std::nullopt;
  return std::make_pair(*hours, *minutes);
}

// Both units said, even at zero ("a 0h 45m film").
std::string said(std::string_view hours, std::string_view minutes, bool adjective) {
  return elapsed_time_words({hours, minutes, ""}, {.adjective = adjective, .drop_zero_units = false});
}


struct Part {
  std::string_view letters;
  int rank;  // days 4 .. seconds 1
  std::string_view one;
  std::string_view many;
};

constexpr std::array<Part, 10> kParts = {{
    {"d", 4, "day", "days"},          {"h", 3, "hour", "hours"},      {"hr", 3, "hour", "hours"},
    {"hrs", 3, "hour", "hours"},      {"m", 2, "minute", "minutes"},  {"min", 2, "minute", "minutes"},
    {"mins", 2, "minute", "minutes"}, {"s", 1, "second", "seconds"},  {"sec", 1, "second", "seconds"},
    {"secs", 1, "second", "seconds"},
}};

struct ReadPart {
  int rank;
  std::string spoken;
};

// One part of a time: a figure and its letters; only the seconds may have a point ("32.6s").
std::optional<ReadPart> read_part(std::string_view core) {
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0 || digits == core.size() || !text::is_digit(core[0])) return std::nullopt;
  std::string_view letters = core.substr(digits);
  // "02min 07sec": a clock's leading zero is not said.
  while (digits > 1 && core[0] == '0' && text::is_digit(core[1])) {
    core.remove_prefix(1);
    --digits;
  }
  const Part* part = nullptr;
  for (const Part& p : kParts) {
    if (p.letters == letters) part = &p;
  }
  auto number = part ? text::parse_number(core.substr(0, digits)) : std::nullopt;
  if (!number || number->grouped || (number->has_point && part->rank != 1)) return std::nullopt;
  bool one = number->integer == "1" && !number->has_point;
  return ReadPart{part->rank, number_words(*number) + " " + std::string(one ? part->one : part->many)};
}

// "80d 3h 44m 46s", "2m 14s": two parts or more, each a smaller unit than the one before, with
// days or seconds among them ("2m 4f" is a race's miles and furlongs; "a 1h 52m film" is read
// below as one adjective).
std::optional<Match> time_in_parts(const Words& words, std::size_t i) {
  std::string spoken;
  int last_rank = 5;
  bool days_or_seconds = false;
  std::size_t j = i;
  for (; j < words.size(); ++j) {
    if (j > i && (!words[j - 1].suffix.empty() || !words[j].prefix.empty())) break;
    auto part = read_part(words[j].core);
    if (!part || part->rank >= last_rank) break;
    if (!spoken.empty()) spoken.push_back(' ');
    spoken += part->spoken;
    last_rank = part->rank;
    days_or_seconds = days_or_seconds || part->rank == 4 || part->rank == 1;
  }
  if (j - i < 2 || !days_or_seconds) return std::nullopt;
  return Match{j - i, spoken, false};
}

// "2 h 14 m", "1 hr 5 min": hours and minutes with their letters spaced from the figures. An
// "m" right after hours is the minute (it had been "fourteen meters"); the four words close up.
std::optional<Match> spaced_hours_minutes(const Words& words, std::size_t i) {
  if (i + 3 >= words.size()) return std::nullopt;
  for (std::size_t k = i; k < i + 3; ++k) {
    if (!words[k].suffix.empty() || !words[k + 1].prefix.empty()) return std::nullopt;
  }
  if (!text::all_digits(words[i].core) || words[i].core.size() > 2 || !text::all_digits(words[i + 2].core) ||
      words[i + 2].core.size() > 2 || !text::is_one_of(words[i + 1].core, {"h", "hr", "hrs"}) ||
      !text::is_one_of(words[i + 3].core, {"m", "min", "mins"})) {
    return std::nullopt;
  }
  return Match{4, said(words[i].core, words[i + 2].core, is_adjectival(words, i, 4)), false};
}

}  // namespace

std::optional<Match> match_running_time(const Words& words, std::size_t i) {
  if (auto parts = spaced_hours_minutes(words, i)) return parts;
  if (auto parts = time_in_parts(words, i)) return parts;
  if (auto parts = glued(words[i].core)) return Match{1, said(parts->first, parts->second, is_adjectival(words, i, 1)), false};
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto hours = figure_before(words[i].core, kHours);
  auto minutes = hours ? figure_before(words[i + 1].core, kMinutes) : std::nullopt;
  if (!minutes || !is_adjectival(words, i, 2)) return std::nullopt;
  return Match{2, said(*hours, *minutes, true), false};
}

}  // namespace briefcast::rules
