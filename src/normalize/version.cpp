// Version numbers with more than one point: "2.6.29" -> "two point six point twenty nine",
// each part a number as people say release numbers, "v1.2.3" -> "version one point two point
// three", and ranges of them: "2.6.29–5.1" -> "... to five point one". (A version with one
// point, "1.15", reads as a decimal, which is also how it is said.) Four parts are an IPv4
// address (telephone.cpp), and a part of four figures makes a date ("12.05.2019").
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kEnDash = "\u2013";

// Parts of three figures or fewer joined by single points; how many points there are.
std::size_t version_points(std::string_view s) {
  std::size_t points = 0;
  std::size_t run = 0;
  for (char c : s) {
    if (text::is_digit(c)) {
      if (++run > 3) return 0;
    } else if (c == '.' && run > 0) {
      ++points;
      run = 0;
    } else {
      return 0;
    }
  }
  return run > 0 ? points : 0;
}

std::string spoken_parts(std::string_view s) {
  std::string out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) dot = s.size();
    std::string_view part = s.substr(start, dot - start);
    if (!out.empty()) out += " point ";
    // "2.05" keeps its zero as a figure: "two point oh five" is a decimal habit, not a version's.
    out += part.size() > 1 && part[0] == '0' ? digit_words(part) : cardinal_words(part);
    start = dot + 1;
  }
  return out;
}

std::optional<std::string> single_version(std::string_view s, bool allow_one_point) {
  bool prefixed = s.size() > 1 && (s[0] == 'v' || s[0] == 'V') && text::is_digit(s[1]);
  std::string_view figures = prefixed ? s.substr(1) : s;
  std::size_t points = version_points(figures);
  if (points == 0 || points > 2 || (points == 1 && !allow_one_point && !prefixed)) return std::nullopt;
  return (prefixed ? "version " : "") + spoken_parts(figures);
}

}  // namespace

std::optional<std::string> speak_version(std::string_view core) {
  if (auto v = single_version(core, false)) return v;
  // "Python 2.x", "v1.4.x": any release of a series, said "two point x".
  if (core.size() >= 3 && text::ends_with(core, ".x")) {
    std::string_view series = core.substr(0, core.size() - 2);
    if (text::all_digits(series) && series.size() <= 3) return cardinal_words(series) + " point x";
    if (auto v = single_version(series, true)) return *v + " point x";
  }
  // A range: at least one side a version of three parts, the other a version of any kind.
  for (std::string_view dash : {std::string_view("-"), kEnDash}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view left = core.substr(0, at);
    std::string_view right = core.substr(at + dash.size());
    if (version_points(left) < 2 && version_points(right) < 2) continue;
    auto from = single_version(left, true);
    auto to = single_version(right, true);
    if (from && to) return *from + " to " + *to;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
