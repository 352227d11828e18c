// Two signed figures with a slash between them: a tolerance ("-2/+2 s/day"), a night's and a
// day's temperatures ("-3/-5C") or an eye prescription's sphere and cylinder ("-2.75/-0.50").
// The slash rules read such a word as an unsigned pair and lost its signs ("two slash plus
// two"), which turns a loss into a gain. Each figure keeps its sign; figures of opposite sign,
// or with a unit after them, are the two ends of a span ("minus two to plus two"); two of one
// sign without a unit are a list of readings ("minus two point seven five, minus zero point five").
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

struct Signed {
  char sign = 0;  // '-', '+' or none
  std::string spoken;
};

std::optional<Signed> signed_figure(std::string_view s) {
  Signed out;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    out.sign = s[0];
    s.remove_prefix(1);
  }
  if (s.empty() || !text::is_digit(s[0])) return std::nullopt;
  auto number = text::parse_number(s);
  if (!number || number->negative) return std::nullopt;
  out.spoken = (out.sign == '-' ? "minus " : out.sign == '+' ? "plus " : "") + number_words(*number, false);
  return out;
}

// "C" and "F" after a temperature pair; else a unit of the table ("5mm", "2dB").
std::optional<std::string> unit_after(std::string_view tail) {
  if (tail == "C" || tail == "\u00b0C") return std::string("degrees Celsius");
  if (tail == "F" || tail == "\u00b0F") return std::string("degrees Fahrenheit");
  if (auto unit = find_unit(tail)) return unit->many;
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_signed_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || core.size() > 24 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  // The second figure ends where its digits and point end; a unit may follow it.
  std::size_t end = 0;
  if (end < right.size() && (right[0] == '-' || right[0] == '+')) ++end;
  while (end < right.size() && (text::is_digit(right[end]) || right[end] == '.')) ++end;
  auto first = signed_figure(left);
  auto second = signed_figure(right.substr(0, end));
  // Only a pair whose second figure is signed: "3/4" and "24/7" are other things, and "-1/2"
  // is a negative fraction.
  if (!first || !second || second->sign == 0) return std::nullopt;
  std::optional<std::string> unit;
  if (end < right.size()) {
    unit = unit_after(right.substr(end));
    if (!unit) return std::nullopt;
  }
  // "-2/+2 s/day": the unit as a word of its own after the pair.
  std::size_t count = 1;
  if (!unit && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      words[i + 1].core.size() > 1) {
    if (auto name = find_unit(words[i + 1].core)) {
      unit = name->many;
      count = 2;
    }
  }
  bool span = unit || first->sign != second->sign;
  std::string said = first->spoken + (span ? " to " : ", ") + second->spoken;
  if (unit) said += " " + *unit;
  return Match{count, said, false};
}

}  // namespace briefcast::rules
