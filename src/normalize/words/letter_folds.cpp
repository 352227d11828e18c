// Letters the English voice cannot say, folded to their base letter: the block of Latin letters
// with added marks (U+1E00 to U+1EFF: dots below and above, rings and lines below, the
// Vietnamese tone letters, as in Yoruba, Igbo, Arabic transliteration and Vietnamese names).
// eSpeak NG spells each as "letter", then its code's digits, where the base letter is near the
// name ("Ọba" -> "Oba"). Letters outside the block that it says (é, ü, ñ, ì) stay, and so do
// a base letter and a separate combining mark, which it reads as the letter.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The base letter of each code point from U+1E00, in order, as Unicode decomposes it; '?' where
// the letter has no plain base (the long s forms, the capital sharp s, the Welsh ll) and stays.
constexpr std::string_view kBaseLetters =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr"
    "SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy??????AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy??????";

}  // namespace

std::string folded_marked_letters(std::string line) {
  // U+1E00..U+1EFF is E1 B8 80 .. E1 BB BF in UTF-8.
  if (line.find('\xE1') == std::string::npos) return line;
  std::string out;
  out.reserve(line.size());
  for (std::size_t k = 0; k < line.size(); ++k) {
    auto byte = [&](std::size_t at) { return static_cast<unsigned char>(line[at]); };
    if (byte(k) == 0xE1 && k + 2 < line.size() && byte(k + 1) >= 0xB8 && byte(k + 1) <= 0xBB &&
        (byte(k + 2) & 0xC0) == 0x80) {
      std::size_t offset = (static_cast<std::size_t>(byte(k + 1) - 0xB8) << 6) | static_cast<std::size_t>(byte(k + 2) & 0x3F);
      char base = kBaseLetters[offset];
      if (base != '?') {
        out.push_back(base);
        k += 2;
        continue;
      }
    }
    out.push_back(line[k]);
  }
  return out;
}

}  // namespace briefcast::rules
