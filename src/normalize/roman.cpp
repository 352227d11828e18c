// Roman numerals after a name: "Elizabeth II" -> "Elizabeth the second", "Henry III." ->
// "Henry the third.", but "World War II" -> "World War two" and "Super Bowl XL". Only
// numerals of two or more letters from I, V, X (up to 39) are read, so the pronoun "I" and
// words like "MIX" or "DC" stay words.
#include <array>

#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// Words after which a numeral counts things rather than naming a successor.
constexpr std::array<std::string_view, 18> kCountingWords = {
    "War", "Chapter", "Part", "Volume", "Vol", "Act", "Phase", "Section", "Article",
    "Title", "Book", "Stage", "Level", "Class", "Type", "Bowl", "Apollo", "Vatican",
};

std::optional<int> roman_value(std::string_view s) {
  if (s.size() < 2 || s.size() > 6) return std::nullopt;
  int total = 0;
  int previous = 0;
  for (std::size_t k = s.size(); k > 0; --k) {
    char c = s[k - 1];
    int v = c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : 0;
    if (v == 0) return std::nullopt;
    total += v < previous ? -v : v;
    previous = std::max(previous, v);
  }
  if (total < 1 || total > 39) return std::nullopt;
  // Only canonical spellings ("IIII" or "VV" are not numerals).
  static constexpr std::array<std::string_view, 10> kOnes = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  static constexpr std::array<std::string_view, 4> kTens = {"", "X", "XX", "XXX"};
  std::string canonical = std::string(kTens[static_cast<std::size_t>(total / 10)]) +
                          std::string(kOnes[static_cast<std::size_t>(total % 10)]);
  if (canonical != s) return std::nullopt;
  return total;
}

}  // namespace

std::optional<Match> match_roman(const Words& words, std::size_t i) {
  if (i == 0) return std::nullopt;
  const Word& w = words[i];
  const Word& before = words[i - 1];
  if (!w.prefix.empty() || !before.suffix.empty() || !text::is_capitalized(before.core) || before.core == "I") {
    return std::nullopt;
  }
  if (!text::all_alpha(before.core)) return std::nullopt;
  auto value = roman_value(w.core);
  if (!value) return std::nullopt;
  std::string number = std::to_string(*value);
  for (std::string_view counting : kCountingWords) {
    if (before.core == counting) return Match{1, cardinal_words(number), false};
  }
  return Match{1, "the " + ordinal_words(number), false};
}

}  // namespace briefcast::rules
