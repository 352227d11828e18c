// A key or note written with the flat or sharp sign: "A♭ major" -> "A-flat major", "F♯ minor"
// -> "F-sharp minor". eSpeak NG says the signs' names, but a lone "A" before them was the
// article ("uh flat"); joined by a hyphen the letter is said by its name.
#include "normalize/codes/codes.h"
#include "normalize/match.h"

namespace briefcast::rules {

std::optional<Match> match_music_key(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 4 || core[0] < 'A' || core[0] > 'G') return std::nullopt;
  std::string_view sign = core.substr(1);
  if (sign != "\u266d" && sign != "\u266f") return std::nullopt;
  return Match{1, std::string(1, core[0]) + (sign == "\u266d" ? "-flat" : "-sharp"), false};
}

}  // namespace briefcast::rules
