// Why the spelling decides only where it is plain: "a unit" and "an umbrella", "a one-off" and
// "an only child" open with the same letters and different sounds. Words opening with "u" keep
// the writer's choice unless they are known to sound "you"; a capital before no lowercase letter
// is read as its letter's name ("an FY", "an M", "an Mw"), as a reader who sees it written says it.
#include "normalize/articles.h"

#include "normalize/text_util.h"

namespace briefcast::rules {

namespace {

// Letters whose names open with a vowel sound: "an F", "an M", "an S".
bool vowel_letter_name(char c) {
  return c == 'A' || c == 'E' || c == 'F' || c == 'H' || c == 'I' || c == 'L' || c == 'M' || c == 'N' || c == 'O' ||
         c == 'R' || c == 'S' || c == 'X';
}

// "Mw", "Ms", "Dr": letters with no vowel among them are read as letters, not as a word.
bool has_vowel_letter(std::string_view word) {
  for (char c : word) {
    if (!text::is_alpha(c)) break;
    if (std::string_view("aeiouyAEIOUY").find(c) != std::string_view::npos) return true;
  }
  return false;
}

// The first word of `said`: up to a space or a hyphen ("one-off" -> "one").
std::string_view first_word(std::string_view said) { return said.substr(0, said.find_first_of(" -")); }

// A number said in words, whose article the writer chose for its figure: "eight", "eighteen",
// "eightfold", "eleven", "one", "hundred".
bool is_said_number(std::string_view word) {
  std::string lowered = text::lower(word);
  if (text::starts_with(lowered, "eight") || text::starts_with(lowered, "eleven")) return true;
  return text::is_one_of(lowered, {"zero", "one", "two", "three", "four", "five", "six", "seven", "nine", "ten",
                                   "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "nineteen",
                                   "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "ninety", "hundred"});
}

// The sound a line's words open with where they are a number or a comparison sign said in words
// ("at least ten"); nullopt for any other words.
std::optional<bool> number_sound(std::string_view said) {
  if (text::starts_with(said, "at least ") || text::starts_with(said, "at most ")) return true;
  std::string_view word = first_word(said);
  if (!is_said_number(word)) return std::nullopt;
  return opens_with_vowel_sound(word);
}

}  // namespace

std::optional<bool> opens_with_vowel_sound(std::string_view word) {
  if (word.empty() || !text::is_alpha(word[0])) return std::nullopt;
  if (text::is_upper(word[0]) && (word.size() == 1 || !text::is_lower(word[1]) || !has_vowel_letter(word))) {
    return vowel_letter_name(word[0]);
  }
  if (word.size() == 1) return std::nullopt;
  std::string lowered = text::lower(word);
  for (std::string_view like_you : {"eu", "ew", "one", "once", "uni", "use", "usu", "ut"}) {
    if (text::starts_with(lowered, like_you)) return false;
  }
  for (std::string_view silent_h : {"hour", "honest", "honour", "honor", "heir"}) {
    if (text::starts_with(lowered, silent_h)) return true;
  }
  char c = lowered[0];
  if (c == 'u') return std::nullopt;
  return c == 'a' || c == 'e' || c == 'i' || c == 'o';
}

std::string with_indefinite_article(std::string_view word) {
  return (opens_with_vowel_sound(word).value_or(false) ? "an " : "a ") + std::string(word);
}

void agree_article(std::string& out, std::string_view written, std::string_view spoken) {
  std::size_t space = out.rfind(' ');
  std::size_t start = space == std::string::npos ? 0 : space + 1;
  std::string_view article = std::string_view(out).substr(start);
  // A capital "A" or "An" only where it opens a sentence ("An FY2031 deficit"): elsewhere it
  // may be a grade or a class's letter ("Class A").
  std::string_view before = std::string_view(out).substr(0, start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  bool opens = before.empty() || before.back() == '.' || before.back() == '!' || before.back() == '?';
  bool capital = article == "A" || article == "An";
  if (article != "a" && article != "an" && !(capital && opens)) return;
  auto said = opens_with_vowel_sound(first_word(spoken));
  auto seen = opens_with_vowel_sound(written);
  // Only where the rule changed the first sound: the writer chose for what was written.
  if (!said || !seen || *said == *seen) return;
  bool an = article.size() == 2;
  if (*said && !an) out.push_back('n');
  if (!*said && an) out.pop_back();
}

std::string agreed_before_numbers(std::string spoken) {
  std::string out;
  out.reserve(spoken.size() + 8);
  std::size_t start = 0;
  while (start < spoken.size()) {
    std::size_t end = spoken.find(' ', start);
    if (end == std::string::npos) end = spoken.size();
    std::string_view token = std::string_view(spoken).substr(start, end - start);
    bool article = token == "a" || token == "A" || token == "an" || token == "An";
    auto vowel = article && end < spoken.size() ? number_sound(std::string_view(spoken).substr(end + 1)) : std::nullopt;
    if (vowel && !*vowel && token.size() == 2) token.remove_suffix(1);
    out.append(token);
    if (vowel && *vowel && token.size() == 1) out.push_back('n');
    if (end < spoken.size()) out.push_back(' ');
    start = end + 1;
  }
  return out;
}

}  // namespace briefcast::rules
