// An elapsed time said in hours, minutes and seconds, the one phrase a clock-like result
// ("1:01:30"), a race time ("18:42") and a running time ("1h 52m") share; how each says it
// (an "and", a compound adjective, units at zero) is its ElapsedStyle.
#include <array>
#include <vector>

#include "normalize/dates/dates.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

std::string elapsed_time_words(const std::array<std::string_view, 3>& parts, ElapsedStyle style) {
  static constexpr std::array<std::string_view, 3> kUnits = {"hour", "minute", "second"};
  std::vector<std::string> said;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].empty()) continue;
    // "05", "00": the figure without its padding zeros, so that "01" is one and "00" zero.
    std::string_view figure = parts[k];
    while (figure.size() > 1 && figure.front() == '0') figure.remove_prefix(1);
    if (figure == "0" && style.drop_zero_units) continue;
    bool singular = style.adjective || figure == "1";
    said.push_back(cardinal_words(figure) + " " + std::string(kUnits[k]) + (singular ? "" : "s"));
  }
  std::string out;
  for (std::size_t k = 0; k < said.size(); ++k) {
    if (k > 0) out += style.and_before_last && k + 1 == said.size() ? " and " : " ";
    out += said[k];
  }
  return style.adjective ? text::hyphenated(out) : out;
}

}  // namespace briefcast::rules
