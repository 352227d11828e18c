// A diamond's colour and clarity grades joined by a slash: "F/VS1", "G/VVS2", "D/IF",
// "H-I/SI1". The jeweller says the colour's letter, then the clarity's letters and figure
// ("F, V S one"); the slash is no word ("F slash VS one" was read). Only the clarity scale's
// own grades are taken, so "A/B" or "F/A" stays with the other rules.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_clarity(std::string_view s) {
  return text::is_one_of(s, {"FL", "IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2", "SI3", "I1", "I2", "I3"});
}

// "F", "H-I": the colour scale runs from D (colourless) to Z.
std::optional<std::string> colour_grade(std::string_view s) {
  auto letter = [](char c) { return c >= 'D' && c <= 'Z'; };
  if (s.size() == 1 && letter(s[0])) return std::string(s);
  if (s.size() == 3 && letter(s[0]) && s[1] == '-' && letter(s[2]) && s[2] == s[0] + 1) {
    return std::string(1, s[0]) + " " + std::string(1, s[2]);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_diamond_grade(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto colour = colour_grade(core.substr(0, slash));
  std::string_view clarity = core.substr(slash + 1);
  if (!colour || !is_clarity(clarity)) return std::nullopt;
  return Match{1, *colour + ", " + code_characters(clarity), false};
}

}  // namespace briefcast::rules
