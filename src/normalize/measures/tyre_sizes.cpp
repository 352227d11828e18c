// A road bike's wheel and tyre size in the French system: "700x28c tyres", "700 x 32c",
// "a 650c wheel". The "c" is the rim's letter, said as a letter; the "x" is "by" ("seven
// hundred by twenty-eight C"). They were "seven hundred x twenty eight c". Only the rim sizes
// the system has (650, 700) with a width of two figures, or a lone rim with a word of bikes
// near, so other figures with a "c" (pence, cents) keep their reading.
#include "normalize/rules.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_rim(std::string_view s) { return s == "650" || s == "700"; }

// "28c", "32C": a width in millimetres with the rim's letter.
std::optional<std::string_view> width(std::string_view s) {
  if (s.size() != 3 || (s.back() != 'c' && s.back() != 'C') || !text::all_digits(s.substr(0, 2))) return std::nullopt;
  return s.substr(0, 2);
}

bool is_bike_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"wheel", "wheels", "tyre", "tyres", "tire", "tires", "rim", "rims", "bike", "bikes",
                                        "bicycle", "frame", "wheelset", "clearance"});
}

std::string said(std::string_view rim, std::string_view tyre) { return cardinal_words(rim) + " by " + cardinal_words(tyre) + " C"; }

}  // namespace

std::optional<Match> match_tyre_size(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t x = core.find_first_of("xX");
  if (x == 3 && is_rim(core.substr(0, 3))) {
    if (auto tyre = width(core.substr(4))) return Match{1, said(core.substr(0, 3), *tyre), false};
  }
  // "700c": the rim alone.
  if (core.size() == 4 && is_rim(core.substr(0, 3)) && (core[3] == 'c' || core[3] == 'C') &&
      text::any_word_near(words, i, 6, is_bike_word)) {
    return Match{1, cardinal_words(core.substr(0, 3)) + " C", false};
  }
  // "700 x 28c": spaced.
  if (!is_rim(core) || i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty() ||
      !text::is_one_of(words[i + 1].core, {"x", "X", "\u00d7"})) {
    return std::nullopt;
  }
  auto tyre = width(words[i + 2].core);
  if (!tyre) return std::nullopt;
  return Match{3, said(core, *tyre), false};
}

}  // namespace briefcast::rules
