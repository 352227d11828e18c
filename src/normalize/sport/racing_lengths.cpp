// The margins of a horse race as results write them: "beaten ½l", "won by 2½l", "3l back".
// Said as commentators say them: "half a length", "two and a half lengths", "three lengths"; the
// "l" had been left after the figure ("½l" was "half L"), and "3l" alone is read as liters. Only
// in a line of horse racing, since elsewhere "3l" is three liters.
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

struct Part {
  std::string_view glyph;
  std::string_view alone;  // the part as the whole margin
  std::string_view after;  // the part after a whole number of lengths
};

constexpr std::array<Part, 3> kParts = {{
    {"\u00bd", "half a length", "and a half"},
    {"\u00bc", "a quarter of a length", "and a quarter"},
    {"\u00be", "three quarters of a length", "and three quarters"},
}};

bool is_race_margin_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"beaten", "neck", "nk", "head", "hd", "lengths", "length", "favourite", "favorite",
                                     "furlong", "furlongs", "handicap", "hurdle", "chase", "stakes", "jockey", "trainer",
                                     "mare", "colt", "filly", "gelding", "odds-on", "fav"});
}

}  // namespace

std::optional<Match> match_racing_length(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.back() != 'l' || !words[i].prefix.empty()) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  const Part* part = nullptr;
  for (const Part& p : kParts) {
    if (text::ends_with(figure, p.glyph)) {
      part = &p;
      figure.remove_suffix(p.glyph.size());
    }
  }
  if ((!figure.empty() && (!text::all_digits(figure) || figure.size() > 2 || figure[0] == '0')) ||
      (figure.empty() && part == nullptr)) {
    return std::nullopt;
  }
  if (!text::any_word_near(words, i, 10, is_race_margin_word)) return std::nullopt;
  if (figure.empty()) return Match{1, std::string(part->alone), false};
  std::string whole = figure == "1" && part == nullptr ? "a length" : cardinal_words(figure);
  if (part == nullptr) return Match{1, figure == "1" ? whole : whole + " lengths", false};
  return Match{1, whole + " " + std::string(part->after) + " lengths", false};
}

}  // namespace briefcast::rules
