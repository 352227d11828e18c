// Diving's dive numbers, as the sheets and diving copy write them: the group, the somersault
// count in figures and the position as a letter ("109C" a forward four-and-a-half somersaults
// tucked, "5253B"), said as commentators say them, "one oh nine C". Left alone a three-figure
// code with "C" was read as degrees Celsius. Only among words of diving, since "109C" is also
// a room, a bus route or a temperature.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// Words of springboard and platform diving; not "pool" or "water", which a weather line shares.
bool tells_of_diving_board(std::string_view core) {
  return text::is_one_of_lowered(core, {"dive", "dives", "diver", "divers", "diving", "springboard", "synchro",
                                        "platform", "somersault", "somersaults", "twister", "armstand", "pike",
                                        "tuck", "tucked", "piked"});
}

// "109C", "5253B": a group from 1 to 6, then two or three figures, then the position A to D.
bool is_dive_number(std::string_view core) {
  if (core.size() < 4 || core.size() > 5) return false;
  char position = core.back();
  std::string_view figures = core.substr(0, core.size() - 1);
  return position >= 'A' && position <= 'D' && text::all_digits(figures) && figures[0] >= '1' && figures[0] <= '6';
}

// "109" -> "one oh nine"; "5253" -> "five two five three": each figure said, as the number is
// read off a dive sheet.
std::string figures_one_by_one(std::string_view figures) {
  std::string said;
  for (char c : figures) {
    if (!said.empty()) said += ' ';
    said += c == '0' ? std::string("oh") : cardinal_words(std::string(1, c));
  }
  return said;
}

}  // namespace

std::optional<Match> match_dive_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!is_dive_number(core) || !text::any_word(words, tells_of_diving_board)) return std::nullopt;
  // After "a", "the", "his", "her", "their" or "dive" the code names one dive.
  if (i == 0 || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"a", "the", "his", "her", "their", "its", "dive", "dives", "and", "inward", "forward", "back", "reverse", "twisting"})) {
    return std::nullopt;
  }
  return Match{1, figures_one_by_one(core.substr(0, core.size() - 1)) + " " + std::string(1, core.back()), false};
}

}  // namespace briefcast::rules
