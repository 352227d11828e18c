// The time of a tide given from high or low water at a standard port: "slack at HW Dover
// +0200", "LW Milford Haven -0130". The signed four figures are hours and minutes after or
// before that tide, said "plus two hours", "minus one hour thirty"; "HW" and "LW" are "high
// water" and "low water". Spelt, they were "H W Dover plus zero two zero zero".
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// The most words of a port's name between the tide and its offset ("Milford Haven").
constexpr std::size_t kPortWords = 3;

// "+0200" -> "plus two hours", "-0045" -> "minus forty five minutes", up to twelve hours. With
// a colon ("+0:20", "-1:30") the figures are hours and minutes too, never minutes and seconds.
std::optional<std::string> tidal_offset(std::string_view sign, std::string_view figures) {
  if (figures.size() == 4 && figures[1] == ':') return tidal_offset(sign, std::string("0") + figures[0] + std::string(figures.substr(2)));
  if (figures.size() == 5 && figures[2] == ':') return tidal_offset(sign, std::string(figures.substr(0, 2)) + std::string(figures.substr(3)));
  if ((sign != "+" && sign != "-" && sign != "\u2212") || figures.size() != 4 || !text::all_digits(figures)) {
    return std::nullopt;
  }
  int hours = std::stoi(std::string(figures.substr(0, 2)));
  int minutes = std::stoi(std::string(figures.substr(2)));
  if (hours > 12 || minutes > 59 || (hours == 0 && minutes == 0)) return std::nullopt;
  std::string said = sign == "+" ? "plus" : "minus";
  if (hours > 0) said += " " + cardinal_words(std::to_string(hours)) + (hours == 1 ? " hour" : " hours");
  if (minutes > 0) {
    said += " " + cardinal_words(std::to_string(minutes));
    if (hours == 0) said += minutes == 1 ? " minute" : " minutes";
  }
  return said;
}

// The offset at word k: a sign before four figures, glued or as the word's prefix.
std::optional<std::string> offset_at(const Word& w) {
  if (!w.prefix.empty()) return tidal_offset(w.prefix, w.core);
  std::string_view core = w.core;
  for (std::string_view sign : {std::string_view("+"), std::string_view("-"), std::string_view("\u2212")}) {
    if (text::starts_with(core, sign)) return tidal_offset(sign, core.substr(sign.size()));
  }
  return std::nullopt;
}

}  // namespace

// "HW+0:20", "LW-0130": the tide and its offset in one word, said as when written apart.
std::optional<Match> glued_offset(const Word& tide) {
  std::string_view core = tide.core;
  if (core.size() < 7 || !(text::starts_with(core, "HW") || text::starts_with(core, "LW")) || !tide.prefix.empty()) {
    return std::nullopt;
  }
  std::string_view rest = core.substr(2);
  std::size_t sign = text::starts_with(rest, "\u2212") ? 3 : 1;
  auto offset = tidal_offset(rest.substr(0, sign), rest.substr(sign));
  if (!offset) return std::nullopt;
  return Match{1, std::string(core[0] == 'H' ? "high water " : "low water ") + *offset, false};
}

std::optional<Match> match_tide_offset(const Words& words, std::size_t i) {
  const Word& tide = words[i];
  if (auto glued = glued_offset(tide)) return glued;
  if ((tide.core != "HW" && tide.core != "LW") || !tide.prefix.empty() || !tide.suffix.empty()) return std::nullopt;
  std::string said = tide.core == "HW" ? "high water" : "low water";
  for (std::size_t k = i + 1; k < words.size() && k <= i + kPortWords + 1; ++k) {
    const Word& w = words[k];
    if (auto offset = offset_at(w)) {
      return Match{k - i + 1, said + " " + *offset, false};
    }
    // A port's name: capitalised words with no mark between them.
    if (!w.prefix.empty() || !w.suffix.empty() || !text::is_capitalized(w.core) || !text::all_alpha(w.core)) break;
    said += " " + std::string(w.core);
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
