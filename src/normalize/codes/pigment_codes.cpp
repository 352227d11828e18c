// A pigment by its Colour Index name: "Pigment Blue 15:3" and its short form "PB15:3" name one
// pigment, the figure after the colon a variety of it ("fifteen three"). Read as a clock or as
// written the colon was "fifteen colon three". The short form is "P", a colour's letter ("B",
// "R", "Y", "G", "V", "O", "W", "Bk", "Br") and the number; the long one "Pigment" and the
// colour's name before it.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "15:3", "122", "7": the number and perhaps its variety after a colon, said. A variety is one
// figure; two after the colon are a clock's minutes ("PB12:30" is no pigment).
std::optional<std::string> index_number(std::string_view core) {
  std::size_t colon = core.find(':');
  std::string_view number = core.substr(0, colon);
  std::string_view variety = colon == std::string_view::npos ? std::string_view() : core.substr(colon + 1);
  if (number.empty() || number.size() > 3 || !text::all_digits(number) || number[0] == '0') return std::nullopt;
  if (colon != std::string_view::npos && (variety.size() != 1 || !text::all_digits(variety))) {
    return std::nullopt;
  }
  std::string said = cardinal_words(number);
  if (!variety.empty()) said += " " + cardinal_words(variety);
  return said;
}

bool is_pigment_colour(std::string_view core) {
  return text::is_one_of(core, {"Blue", "Red", "Yellow", "Green", "Violet", "Orange", "White", "Black", "Brown"});
}

}  // namespace

std::optional<Match> match_pigment_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.find(':') == std::string_view::npos) return std::nullopt;
  // "Pigment Blue 15:3".
  if (i >= 2 && words[i - 1].suffix.empty() && words[i - 2].suffix.empty() && words[i - 2].core == "Pigment" &&
      is_pigment_colour(words[i - 1].core)) {
    if (auto said = index_number(core)) return Match{1, *said, false};
    return std::nullopt;
  }
  // "PB15:3", "PBk7:1".
  if (core.size() < 3 || core[0] != 'P') return std::nullopt;
  std::size_t letters = 1;
  while (letters < core.size() && text::is_alpha(core[letters])) ++letters;
  std::string_view colour = core.substr(1, letters - 1);
  if (!text::is_one_of(colour, {"B", "R", "Y", "G", "V", "O", "W", "Bk", "Br"})) return std::nullopt;
  auto said = index_number(core.substr(letters));
  if (!said) return std::nullopt;
  // Each letter by its name, the second of "Bk" in capitals: "P B K seven one".
  std::string letters_said = "P";
  for (char c : colour) letters_said += std::string(" ") + static_cast<char>(text::is_lower(c) ? c - 'a' + 'A' : c);
  return Match{1, letters_said + " " + *said, false};
}

}  // namespace briefcast::rules
