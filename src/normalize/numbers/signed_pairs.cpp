// Two signed figures with a slash between them: a tolerance ("-2/+2 s/day"), a night's and a
// day's temperatures ("-3/-5C") or an eye prescription's sphere and cylinder ("-2.75/-0.50").
// The slash rules read such a word as an unsigned pair and lost its signs ("two slash plus
// two"), which turns a loss into a gain. Each figure keeps its sign; figures of opposite sign,
// or with a unit after them, are the two ends of a span ("minus two to plus two"); two of one
// sign without a unit are a list of readings ("minus two point seven five, minus zero point five").
// A prescription may write the minus sign as such ("−") and end with the cylinder's axis
// ("-1.50/-0.75×180" -> "..., axis one hundred eighty"); a contact lens lists its base
// curve, diameter and signed power ("8.4/14.0/-4.50"), each said in turn with its sign.
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

// The typeset minus as the hyphen-minus, so one reader serves both.
std::string plain_minus(std::string_view core) {
  std::string out;
  for (std::size_t k = 0; k < core.size(); ++k) {
    if (core.substr(k, 3) == "\u2212") {
      out += '-';
      k += 2;
    } else {
      out += core[k];
    }
  }
  return out;
}

// "×180", "x90": a cylinder's axis after the pair, in degrees up to 180.
std::optional<std::string> axis_after(std::string_view tail) {
  if (text::starts_with(tail, "\u00d7")) {
    tail.remove_prefix(2);
  } else if (!tail.empty() && (tail[0] == 'x' || tail[0] == 'X')) {
    tail.remove_prefix(1);
  } else {
    return std::nullopt;
  }
  if (tail.empty() || tail.size() > 3 || !text::all_digits(tail)) return std::nullopt;
  return "axis " + cardinal_words(tail);
}

// "8.4/14.0/-4.50": three figures, the last signed.
std::optional<std::string> contact_lens(std::string_view core) {
  auto parts = text::split(core, '/');
  if (parts.size() != 3 || parts[2].empty() || (parts[2][0] != '-' && parts[2][0] != '+')) return std::nullopt;
  std::string said;
  for (std::string_view part : parts) {
    auto figure = signed_figure(part);
    if (!figure || part.find('.') == std::string_view::npos) return std::nullopt;
    said += (said.empty() ? "" : ", ") + figure->spoken;
  }
  return said;
}

}  // namespace

std::optional<Match> match_signed_pair(const Words& words, std::size_t i) {
  std::string plain = plain_minus(words[i].core);
  std::string_view core = plain;
  if (auto lens = contact_lens(core); lens && words[i].prefix.empty()) return Match{1, *lens, false};
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
    if (auto axis = axis_after(right.substr(end))) return Match{1, first->spoken + ", " + second->spoken + ", " + *axis, false};
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
