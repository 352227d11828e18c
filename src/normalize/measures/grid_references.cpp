// British national grid references: "NY 215 072", "SD 934 727", "NN 1665 7125", "NY215072".
// Two letters name a hundred-kilometre square and two groups of figures, equal in length, its
// easting and northing; walkers and mountain rescue read them letter by letter and figure by
// figure ("N Y, two one five, zero seven two"). The groups were read as one number ("two
// hundred fifteen thousand seventy two") and the letters as an initialism ("N.Y"). A grid
// square's first letter is one of H, J, N, O, S, T, its second any but I; spaced groups count
// only with a word of maps or hills near, since "NY 215 072" could be a count and "SN12345678"
// a serial number.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_square(std::string_view s) {
  return s.size() == 2 && std::string_view("HJNOST").find(s[0]) != std::string_view::npos && text::is_upper(s[1]) &&
         s[1] != 'I';
}

bool is_map_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"grid", "ref", "reference", "summit", "trig", "map", "maps", "os", "cairn",
                                        "fell", "hill", "peak", "walk", "walkers", "route", "ridge", "crag", "mountain",
                                        "rescue", "park", "parking", "start", "located", "spot", "gr"});
}

std::string said(std::string_view square, std::string_view east, std::string_view north) {
  return spelled_letters(square) + ", " + digit_words(east) + ", " + digit_words(north);
}

}  // namespace

std::optional<Match> match_grid_reference(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // Glued: "NY215072", "SD93417272".
  if (core.size() >= 8 && core.size() <= 12 && is_square(core.substr(0, 2)) && text::all_digits(core.substr(2)) &&
      core.size() % 2 == 0 && text::any_word_near(words, i, 10, is_map_word)) {
    std::size_t half = (core.size() - 2) / 2;
    return Match{1, said(core.substr(0, 2), core.substr(2, half), core.substr(2 + half)), false};
  }
  if (!is_square(core) || i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty() ||
      !words[i + 1].prefix.empty() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view east = words[i + 1].core;
  std::string_view north = words[i + 2].core;
  if (east.size() < 3 || east.size() > 5 || east.size() != north.size() || !text::all_digits(east) ||
      !text::all_digits(north) || !text::any_word_near(words, i, 10, is_map_word)) {
    return std::nullopt;
  }
  return Match{3, said(core, east, north), false};
}

}  // namespace briefcast::rules
