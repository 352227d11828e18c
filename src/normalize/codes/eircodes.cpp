// Irish postcodes (Eircodes): "D02 VF65" -> "D zero two, V.F six five". A routing key (a letter
// and two figures, or Dublin's "D6W") then a unique identifier of four letters and figures; a
// reader spells both, figure by figure, as British postcodes are spelt (codes.cpp). Left to the
// other rules, "D02" was "D oh two" and "VF65" "V F sixty five".
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The letters an Eircode uses: none that could be misread as a figure or another letter.
bool is_eircode_letter(char c) {
  return std::string_view("ACDEFHKNPRTVWXY").find(c) != std::string_view::npos;
}

bool is_routing_key(std::string_view s) {
  if (s == "D6W") return true;
  return s.size() == 3 && is_eircode_letter(s[0]) && text::is_digit(s[1]) && text::is_digit(s[2]);
}

// Four letters and figures with at least one of each, so that a word ("FACE") or a year
// ("2024") after a code-like word is no identifier.
bool is_unique_identifier(std::string_view s) {
  if (s.size() != 4) return false;
  bool letter = false;
  bool figure = false;
  for (char c : s) {
    letter = letter || is_eircode_letter(c);
    figure = figure || text::is_digit(c);
    if (!is_eircode_letter(c) && !text::is_digit(c)) return false;
  }
  return letter && figure;
}

// "VF65" -> "V.F six five": runs of letters spelt, figures said one by one.
std::string spelled_code(std::string_view s) {
  std::string out;
  std::size_t k = 0;
  while (k < s.size()) {
    std::size_t start = k;
    bool letters = !text::is_digit(s[k]);
    while (k < s.size() && !text::is_digit(s[k]) == letters) ++k;
    if (!out.empty()) out.push_back(' ');
    out += letters ? spelled_letters(s.substr(start, k - start)) : digit_words(s.substr(start, k - start));
  }
  return out;
}

}  // namespace

std::optional<Match> match_eircode(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (!is_routing_key(words[i].core) || !is_unique_identifier(words[i + 1].core)) return std::nullopt;
  return Match{2, spelled_code(words[i].core) + ", " + spelled_code(words[i + 1].core), false};
}

}  // namespace briefcast::rules
