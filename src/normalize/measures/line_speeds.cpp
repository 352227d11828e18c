// Broadband speeds, down and up: "300/50 Mbps", "100Mbps/20Mbps", "100 Mbps/20 Mbps". A line is
// sold by its download speed, then its upload speed, slashed; a newsreader says "three hundred
// megabits per second down and fifty up". eSpeak NG had heard "three hundred over fifty" (a blood
// pressure's reading) or "one hundred or twenty" (a choice). Before a noun ("300/50 Mbps plans")
// the pair is said "three hundred by fifty megabits per second", as the trade names a plan, so
// that the noun stays beside its unit. A smaller figure first ("10/100 Mbps Ethernet") is no line
// but a choice of speeds a port offers, said "ten or one hundred megabits per second", as are
// three or more ("10/100/1000 Mbps").
#include <vector>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "Mbps", "Gbit/s", "kbps": a unit of data rate, by its names ("megabit(s) per second").
std::optional<UnitName> data_rate_unit(std::string_view unit) {
  auto name = find_unit(unit);
  if (!name || !(text::ends_with(name->many, "bits per second") || text::ends_with(name->many, "bytes per second"))) {
    return std::nullopt;
  }
  return name;
}

// Whether a is smaller than b, both plain figures: by their whole parts without grouping
// commas, then their decimals.
bool smaller(const text::NumberLiteral& a, const text::NumberLiteral& b) {
  auto whole = [](const std::string& digits) {
    std::size_t first = digits.find_first_not_of('0');
    return first == std::string::npos ? std::string() : digits.substr(first);
  };
  std::string a_whole = whole(a.integer);
  std::string b_whole = whole(b.integer);
  if (a_whole.size() != b_whole.size()) return a_whole.size() < b_whole.size();
  if (a_whole != b_whole) return a_whole < b_whole;
  return a.decimals < b.decimals;
}

// "100Mbps" -> {"100", "Mbps"}: a figure and the unit written against it.
std::pair<std::string_view, std::string_view> figure_and_unit(std::string_view part) {
  std::size_t n = text::number_prefix_length(part);
  return {part.substr(0, n), part.substr(n)};
}

}  // namespace

// The word after the pair at word `last` is a noun the pair qualifies ("speeds", "plans").
bool pair_before_noun(const Words& words, std::size_t last) {
  if (last + 1 >= words.size() || !words[last].suffix.empty() || !words[last + 1].prefix.empty()) return false;
  std::string_view next = words[last + 1].core;
  return !next.empty() && text::all_alpha(next) && text::is_lower(next[0]) && !is_not_noun(next) &&
         !text::is_one_of(next, {"down", "up", "download", "upload", "or", "and", "to", "for", "with", "in", "on", "at"});
}

std::optional<std::string> speak_line_speed(std::string_view down, std::string_view up, std::string_view unit,
                                            bool before_noun) {
  auto down_figure = text::parse_plain_figure(down);
  auto up_figure = text::parse_plain_figure(up);
  auto unit_said = data_rate_unit(unit);
  if (!down_figure || !up_figure || !unit_said) return std::nullopt;
  std::string down_said = number_words(*down_figure, false);
  std::string up_said = number_words(*up_figure, false);
  // The unit agrees with the figure said before it: "one gigabit per second down".
  auto agreeing = [&unit_said](const text::NumberLiteral& figure) {
    bool one = figure.integer == "1" && figure.decimals.empty();
    return one ? unit_said->one : unit_said->many;
  };
  if (smaller(*down_figure, *up_figure)) return down_said + " or " + up_said + " " + agreeing(*up_figure);
  if (before_noun) return down_said + " by " + up_said + " " + unit_said->many;
  return down_said + " " + agreeing(*down_figure) + " down and " + up_said + " up";
}

namespace {

// "10/100/1000 Mbps": three or more speeds, rising, are those a port or a card can run at, a
// choice ("ten, one hundred or one thousand megabits per second"); eSpeak NG had said the
// slashes and spelled the unit.
std::optional<Match> speed_choices(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto unit = data_rate_unit(words[i + 1].core);
  const std::vector<std::string_view> parts = text::split(words[i].core, '/');
  if (!unit || parts.size() > 5) return std::nullopt;
  std::vector<std::string> said;
  std::optional<text::NumberLiteral> previous;
  for (std::string_view part : parts) {
    auto figure = text::parse_plain_figure(part);
    if (!figure || (previous && !smaller(*previous, *figure))) return std::nullopt;
    said.push_back(number_words(*figure, false));
    previous = figure;
  }
  return Match{2, text::joined(said, ", ", " or ") + " " + unit->many, false};
}

}  // namespace

std::optional<Match> match_line_speed(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || core.size() > 40 || !text::is_digit(core[0])) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (right.find('/') != std::string_view::npos) return speed_choices(words, i);
  // "300/50 Mbps": two figures, the unit in the next word.
  if (text::parse_plain_figure(left) && text::parse_plain_figure(right)) {
    if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
    auto said = speak_line_speed(left, right, words[i + 1].core, pair_before_noun(words, i + 1));
    if (!said) return std::nullopt;
    return Match{2, *said, false};
  }
  // "100Mbps/20Mbps": each figure with its unit, in one word.
  auto [down, down_unit] = figure_and_unit(left);
  auto [up, up_unit] = figure_and_unit(right);
  if (down.empty() || up.empty() || down_unit != up_unit) return std::nullopt;
  auto said = speak_line_speed(down, up, down_unit, pair_before_noun(words, i));
  if (!said) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
