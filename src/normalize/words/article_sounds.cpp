// The article before a rewritten form: "an FY2031 surplus" -> "a fiscal year ...", "a FAQ"
// left alone. A rule that replaces a written form can change its first sound (an initialism's
// letter name "eff" becomes the word "fiscal"), and the writer's "a" or "an" then agrees with
// what was written, not with what is said. After a rewritten form the article is chosen again
// from the first sound of the words said, only where that sound is plain from the spelling; a word opening with "h" or
// "u" ("hour", "unit", "umpire") or capitals said as a word ("NATO") keep the writer's choice.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Letters whose names open with a vowel sound: "an F", "an M", "an S".
bool vowel_letter_name(char c) {
  return c == 'A' || c == 'E' || c == 'F' || c == 'H' || c == 'I' || c == 'L' || c == 'M' || c == 'N' || c == 'O' ||
         c == 'R' || c == 'S' || c == 'X';
}

// Whether `token` (one said word) opens with a vowel sound, when its spelling makes that plain.
std::optional<bool> vowel_sound(std::string_view token) {
  if (token.empty() || !text::is_alpha(token[0])) return std::nullopt;
  // "F.B.I", "M", "FY2026", "M7": a capital before no lowercase letter is read as its name by
  // a reader who sees it written ("an FY"), and spelt out when said.
  if (text::is_upper(token[0]) && (token.size() == 1 || !text::is_lower(token[1]))) return vowel_letter_name(token[0]);
  if (token.size() == 1) return std::nullopt;
  std::string lowered = text::lower(token);
  for (std::string_view like_you : {"eu", "ew", "one", "once", "uni", "use", "usu", "ut"}) {
    if (text::starts_with(lowered, like_you)) return false;
  }
  char c = lowered[0];
  if (c == 'h' || c == 'u') return std::nullopt;
  return c == 'a' || c == 'e' || c == 'i' || c == 'o';
}

}  // namespace

void agree_article(std::string& out, std::string_view written, std::string_view spoken) {
  std::size_t space = out.rfind(' ');
  std::size_t start = space == std::string::npos ? 0 : space + 1;
  std::string_view article = std::string_view(out).substr(start);
  // A capital "A" or "An" only where it opens a sentence ("An FY2026 deficit"): elsewhere it
  // may be a grade or a class's letter ("Class A").
  std::string_view before = std::string_view(out).substr(0, start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool opens = before.empty() || before.back() == '.' || before.back() == '!' || before.back() == '?';
  bool capital = article == "A" || article == "An";
  if (article != "a" && article != "an" && !(capital && opens)) return;
  auto said = vowel_sound(spoken.substr(0, spoken.find_first_of(" -")));
  auto seen = vowel_sound(written);
  // Only where the rule changed the first sound: the writer chose for what was written.
  if (!said || !seen || *said == *seen) return;
  bool an = article.size() == 2;
  if (*said && !an) out.push_back('n');
  if (!*said && an) out.pop_back();
}

}  // namespace briefcast::rules
