// Hours and minutes written with unit letters, as listings give a film's or a journey's length:
// "a 1h 52m film", "a 2hr 10min drive", "runs 1h52m". Before the noun they measure they are
// one compound adjective with its units singular ("a one-hour-fifty-two-minute film"), as "a
// two-hour film" is; read as an amount they were a plural before a noun ("a one hour fifty two
// minutes film"). Run together ("1h52m") the letters were said as letters ("one h fifty two m").
#include <array>
#include <utility>

#include "normalize/rules.h"
#include "normalize/number_words.h"

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

}  // namespace

std::optional<Match> match_running_time(const Words& words, std::size_t i) {
  if (auto parts = glued(words[i].core)) return Match{1, said(parts->first, parts->second, is_adjectival(words, i, 1)), false};
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto hours = figure_before(words[i].core, kHours);
  auto minutes = hours ? figure_before(words[i + 1].core, kMinutes) : std::nullopt;
  if (!minutes || !is_adjectival(words, i, 2)) return std::nullopt;
  return Match{2, said(*hours, *minutes, true), false};
}

}  // namespace briefcast::rules
