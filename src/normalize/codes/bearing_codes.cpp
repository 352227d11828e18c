// A rolling bearing by its number and the letters of its seals or shields: "608-2RS",
// "6205-ZZ", "6001-2RSH", "608ZZ". The trade says the number figure by figure with "oh" for a
// nought ("six oh eight", "six two oh five") and spells the suffix ("two R S", "Z Z"); read as a
// cardinal the number was "six hundred eight", and the suffix ran into it. Only the suffixes of
// seals and shields are taken, so "608-2" stays, and a one-sided seal ("600-RS") needs a word of
// bearings near.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "2RS", "RS", "2RSH", "2RS1", "ZZ", "2Z", "RZ", "2RZ", "LLU", "DDU", "VV": a rubber seal,
// a metal shield or their makers' own letters, on one side or ("2", doubled) both.
bool is_seal_suffix(std::string_view s) {
  return text::is_one_of(s, {"RS", "2RS", "2RSH", "2RS1", "RSH", "ZZ", "2Z", "RZ", "2RZ", "LLU", "LLB", "DDU", "VV"});
}

// One seal or shield ("RS", "RZ"), the letters a stock code or a currency also has ("200-RS"),
// is taken only among words of bearings.
bool one_sided(std::string_view s) { return text::is_one_of(s, {"RS", "RSH", "RZ"}); }

bool is_bearing_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"bearing", "bearings", "seal", "sealed", "shield", "shielded", "race", "races"});
}

}  // namespace

std::optional<Match> match_bearing_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t digits = text::digit_run_end(core, 0);
  if (digits < 3 || digits > 5 || core[0] == '0') return std::nullopt;
  std::string_view rest = core.substr(digits);
  bool dashed = !rest.empty() && rest[0] == '-';
  if (dashed) rest.remove_prefix(1);
  // Glued, only the doubled letters ("608ZZ", "6204LLU") are a bearing's: "500RS" may be a price.
  if (!is_seal_suffix(rest) || (!dashed && !text::is_one_of(rest, {"ZZ", "2RS", "LLU", "DDU", "2RSH"}))) {
    return std::nullopt;
  }
  if (one_sided(rest) && !text::any_word_near(words, i, 6, is_bearing_word)) return std::nullopt;
  return Match{1, digit_words(core.substr(0, digits), "oh") + " " + code_characters(rest), false};
}

}  // namespace briefcast::rules
