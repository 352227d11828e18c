// Codes that are no quantities: a number to dial or text ("Text STOP to 78901", "dial 999"
// -> "seven eight nine zero one", "nine nine nine", never "seventy eight thousand ...") and a
// British postcode ("SW1A 2AA"), which eSpeak NG reads letter by letter and figure by figure
// as written, so it is kept whole before any figure rule can split it.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_text_verb(std::string_view w) {
  return text::is_one_of(text::lower(w), {"text", "texting", "texted", "txt", "sms"});
}

bool is_dial_verb(std::string_view w) {
  return text::is_one_of(text::lower(w), {"dial", "dialled", "dialed", "dialling", "dialing"});
}

bool is_call_verb(std::string_view w) {
  return text::is_one_of(text::lower(w), {"call", "called", "calling", "ring", "phone", "phoning"});
}

// Three-figure service numbers that are dialled, in the countries whose news is read here.
bool is_service_number(std::string_view digits) {
  return text::is_one_of(digits, {"999", "112", "111", "101", "988", "211", "311", "000", "116", "105"});
}

// "Text STOP to 78901", "dial 999", "text 988", "texting GIVE to 70085".
std::optional<Match> dialled_code(const Words& words, std::size_t i) {
  std::string_view digits = words[i].core;
  if (digits.size() < 3 || digits.size() > 6 || !text::all_digits(digits) || i == 0) return std::nullopt;
  const Word& before = words[i - 1];
  if (!before.suffix.empty() && before.suffix != ",") return std::nullopt;
  bool direct = before.suffix.empty() && (is_text_verb(before.core) || is_dial_verb(before.core) ||
                                          (is_call_verb(before.core) && is_service_number(digits)));
  // "Text HOME to 85258": "to" after a texting verb and at most two words (the keyword).
  bool texted_to = false;
  if (text::lower(before.core) == "to" && before.suffix.empty()) {
    for (std::size_t k = i - 1; k > 0 && k + 3 >= i; --k) {
      texted_to = texted_to || is_text_verb(words[k - 1].core);
    }
  }
  // "call the police on 101", "ring Crimestoppers on 0800 ...": a number after "on", a few
  // words after a calling verb (not right after it: "called on 300 firms" urges them).
  bool called_on = false;
  if (text::lower(before.core) == "on" && before.suffix.empty() && i >= 3) {
    for (std::size_t k = i - 2; k > 0 && k + 7 > i; --k) {
      called_on = called_on || (k + 2 < i && is_call_verb(words[k - 1].core) && words[k - 1].suffix.empty());
    }
  }
  // "our non-emergency number 101", "the hotline 111": a service number after the word for one.
  bool numbered = text::is_one_of(text::lower(before.core), {"number", "hotline", "line"}) && before.suffix.empty() &&
                  is_service_number(digits);
  if (!direct && !texted_to && !called_on && !numbered) return std::nullopt;
  // "text a reminder to 20000 voters": a count of the things after it, not a code.
  const Word* after = i + 1 < words.size() ? &words[i + 1] : nullptr;
  bool counted = after && words[i].suffix.empty() && after->core.size() > 2 && text::all_alpha(after->core) &&
                 text::is_lower(after->core[0]) && (after->core.back() == 's' || after->core == "people");
  if (counted) return std::nullopt;
  // "text 07911 246810": the first group of a telephone number, which the telephone rule reads whole.
  if (after && words[i].suffix.empty() && text::all_digits(after->core) && after->prefix.empty()) return std::nullopt;
  // A service number is said as people say it: "one oh one", "triple zero" (Australia).
  if (is_service_number(digits)) return Match{1, digits == "000" ? std::string("triple zero") : digit_words(digits, "oh"), false};
  return Match{1, digit_words(digits), false};
}

// "SW1A", "LS6", "CF10", "M1": a postcode's outward part, one or two letters, a figure, then
// a figure or a letter.
bool is_outward(std::string_view s) {
  std::size_t letters = 0;
  while (letters < s.size() && text::is_upper(s[letters])) ++letters;
  if (letters < 1 || letters > 2 || s.size() < letters + 1 || s.size() > letters + 2) return false;
  if (!text::is_digit(s[letters])) return false;
  return s.size() == letters + 1 || text::is_digit(s.back()) || text::is_upper(s.back());
}

// "2AA", "3NQ": the inward part, a figure and two letters.
bool is_inward(std::string_view s) {
  return s.size() == 3 && text::is_digit(s[0]) && text::is_upper(s[1]) && text::is_upper(s[2]);
}

std::optional<Match> postcode(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (!is_outward(words[i].core) || !is_inward(words[i + 1].core)) return std::nullopt;
  return Match{2, std::string(words[i].core) + " " + std::string(words[i + 1].core), false};
}

}  // namespace

std::optional<Match> match_code(const Words& words, std::size_t i) {
  if (auto m = postcode(words, i)) return m;
  // "Dial 999": taken from the capitalised verb on, before a name rule can pair it with the figure.
  if (i + 1 < words.size() && text::is_capitalized(words[i].core)) {
    if (auto code = dialled_code(words, i + 1)) return Match{2, std::string(words[i].core) + " " + code->spoken, false};
    // "Call 1300 655 506": a number in spaced groups after the verb, for the same reason.
    if (auto number = match_telephone(words, i + 1); number && words[i].suffix.empty() && text::all_alpha(words[i].core) &&
                                                     number->count > 1) {
      return Match{1 + number->count, std::string(words[i].core) + " " + number->spoken, false};
    }
  }
  return dialled_code(words, i);
}

}  // namespace briefcast::rules
