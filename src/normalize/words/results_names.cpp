// Results tables in the style of athletics and golf federations write a competitor's surname in
// capitals between the given name and a bracketed country code ("Jon RAHM (ESP)", "Phil
// MICKELSON (USA)"): the capitals are a name, said as a word, never spelled out as an initialism.
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_given_name(const Word& w) {
  return w.suffix.empty() && w.core.size() >= 2 && text::all_alpha(w.core) && text::is_capitalized(w.core) &&
         !text::is_capitals_word(w.core);
}

bool is_country_code(const Word& w) { return w.prefix == "(" && w.core.size() == 3 && text::is_capitals_word(w.core); }

}  // namespace

std::optional<Match> match_capital_surname(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || i + 1 >= words.size() || !w.prefix.empty() || !w.suffix.empty()) return std::nullopt;
  // Four or more letters with a vowel: a name's shape, where "FBI (USA)" is an agency.
  if (w.core.size() < 4 || !text::is_capitals_word(w.core) || !text::has_capital_vowel(w.core)) {
    return std::nullopt;
  }
  if (!is_given_name(words[i - 1]) || !is_country_code(words[i + 1])) return std::nullopt;
  return Match{1, text::as_word(w.core), false};
}

}  // namespace briefcast::rules
