// Letters the English voice cannot say, folded to their base letter: the block of Latin letters
// with added marks (U+1E00 to U+1EFF: dots below and above, rings and lines below, the
// Vietnamese tone letters, as in Yoruba, Igbo, Arabic transliteration and Vietnamese names).
// eSpeak NG spells each as "letter", then its code's digits, where the base letter is near the
// name ("Ọba" -> "Oba"). Letters outside the block that it says (é, ü, ñ, ì) stay, and so do
// a base letter and a separate combining mark, which it reads as the letter.
// The set was found by a sweep: `espeak-ng -q -x` on words holding each precomposed Latin letter
// (U+00C0..U+024F, U+1E00..U+1EFF) in four places ("ba_o", "ta_", "Mor_ng", "In_s"); a letter is
// named where the phonemes hold a pause "_|" or a long spelled run. Beyond the U+1E00 block it
// names a few stroked and hooked letters of African alphabets everywhere ("Ɠ", "Ɨ", "Ʉ"), and the
// marked vowels of Latin-1 in one place only: after an English prefix it strips ("in", "mis",
// "over"), a marked vowel and a final "s" are read as a letter's plural ("Inês" -> "In
// e-circumflex's", "Inès" -> "Inz").
#include <algorithm>
#include <array>

#include "normalize/text_util.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The base letter of each code point from U+1E00, in order, as Unicode decomposes it; '?' where
// the letter has no plain base (the long s forms, the capital sharp s, the Welsh ll) and stays.
constexpr std::string_view kBaseLetters =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr"
    "SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy??????AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
    "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy??????";

// Letters of U+0180..U+024F named everywhere that have a plain base letter, in UTF-8.
constexpr std::array<text::Said, 16> kNamedHookedLetters = {{
    {"\u0193", "G"}, {"\u0197", "I"}, {"\u019F", "O"}, {"\u01AE", "T"}, {"\u01B2", "V"}, {"\u023A", "A"},
    {"\u023E", "T"}, {"\u0244", "U"}, {"\u0260", "g"}, {"\u0268", "i"}, {"\u0275", "o"}, {"\u0288", "t"},
    {"\u028B", "v"}, {"\u2C65", "a"}, {"\u2C66", "t"}, {"\u0289", "u"},
}};

// The English prefixes eSpeak NG strips before a marked vowel and "s" (from the sweep).
constexpr std::array<std::string_view, 11> kStrippedPrefixes = {
    {"in", "mis", "non", "over", "under", "out", "anti", "inter", "super", "auto", "micro"}};

// The Latin-1 marked vowels (two bytes each, C3 xx) and their base letters.
std::optional<char> latin1_vowel_base(std::string_view two_bytes) {
  static constexpr std::string_view kMarked = "àáâãäåèéêëìíîïòóôõöøùúûüý";
  static constexpr std::string_view kBase = "aaaaaaeeeeiiiiooooooouuuuy";
  for (std::size_t k = 0; k + 1 < kMarked.size(); k += 2) {
    if (kMarked.substr(k, 2) == two_bytes) return kBase[k / 2];
  }
  return std::nullopt;
}

bool is_word_byte(char c) { return text::is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }

// "Inês" -> "Ines", "Inès" -> "Ines": a word that is a stripped prefix, a marked vowel and "s".
std::string folded_after_prefixes(std::string line) {
  for (std::size_t start = 0; start < line.size(); ++start) {
    if (!text::is_alpha(line[start]) || (start > 0 && is_word_byte(line[start - 1]))) continue;
    std::size_t end = start;
    while (end < line.size() && is_word_byte(line[end])) ++end;
    std::string_view word(line.data() + start, end - start);
    if (word.size() >= 5 && word.back() == 's') {
      std::string prefix = text::lower(word.substr(0, word.size() - 3));
      auto base = latin1_vowel_base(word.substr(word.size() - 3, 2));
      bool stripped = std::find(kStrippedPrefixes.begin(), kStrippedPrefixes.end(), prefix) != kStrippedPrefixes.end();
      if (base && stripped) line.replace(end - 3, 2, 1, *base);
    }
    start = end;
  }
  return line;
}

std::string folded_hooked_letters(std::string line) {
  for (const text::Said& letter : kNamedHookedLetters) {
    for (std::size_t at = line.find(letter.written); at != std::string::npos; at = line.find(letter.written, at)) {
      line.replace(at, letter.written.size(), letter.spoken);
    }
  }
  return line;
}

}  // namespace

std::string folded_marked_letters(std::string line) {
  line = folded_hooked_letters(folded_after_prefixes(std::move(line)));
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
