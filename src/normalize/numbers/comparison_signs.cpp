// A comparison sign standing alone before a figure: "at < 1 ppm", "CRI > 90", "<= 3 days".
// Glued to its figure ("<1") the sign was said; written apart it was left as a symbol that
// eSpeak NG does not say, so "at less than one part per million" became "at one part per
// million" (the claim changed). The sign is said as the glued form says it; the figure after it
// is left to its own rules (a measure, an amount). A single letter before an equals sign ("a =
// 0.7z", "(v = 3)") is a variable, said by the letter's name; eSpeak NG read "a" as the article.
#include <array>

#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 8> kSigns = {{{"<", "less than"}, {">", "more than"}, {"<=", "at most"}, {">=", "at least"},
                                               {"\u2264", "at most"}, {"\u2265", "at least"}, {"=<", "at most"}, {"=>", "at least"}}};

// The word after the sign opens with a figure, a sign and a figure, or a currency before one.
bool opens_with_amount(const Word& next) {
  std::string_view core = next.core;
  if (!next.prefix.empty() || core.empty()) return false;
  if (text::is_digit(core[0])) return true;
  if (core.size() > 1 && (core[0] == '-' || core[0] == '.') && text::is_digit(core[1])) return true;
  std::size_t first_digit = core.find_first_of("0123456789");
  return first_digit != std::string_view::npos && first_digit <= 3 && speak_money(core).has_value();
}

// "a = 0.7z", "(k = 2)": a letter alone before "=" with a term after it.
std::optional<Match> equation_letter(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() != 1 || !text::is_alpha(w.core[0]) || !w.suffix.empty() || i + 2 >= words.size() ||
      words[i + 1].core != "=" || !words[i + 1].prefix.empty() || !words[i + 1].suffix.empty() ||
      !words[i + 2].prefix.empty() || words[i + 2].core.empty() || !text::is_alnum(words[i + 2].core[0])) {
    return std::nullopt;
  }
  char letter = w.core[0];
  if (text::is_lower(letter)) letter = static_cast<char>(letter - 'a' + 'A');
  return Match{1, letter_names(std::string(1, letter)), false};
}

}  // namespace

std::optional<Match> match_comparison_sign(const Words& words, std::size_t i) {
  if (auto letter = equation_letter(words, i)) return letter;
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  auto said = text::said_for(kSigns, w.core);
  if (!said || !opens_with_amount(words[i + 1])) return std::nullopt;
  // "held at ≤ 37 °C": after "at" the sign said "at most" doubled the word ("at at most").
  if (i > 0 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "at" && text::starts_with(*said, "at ")) {
    return Match{1, *said == "at most" ? "no more than" : "no less than", false};
  }
  return Match{1, std::string(*said), false};
}

}  // namespace briefcast::rules
