// A temperature with a plus sign after it, closing its phrase, is a lower bound: "35°C+" ->
// "thirty five degrees Celsius or more". After the degree sign the "C" was left a letter
// ("degrees C plus"). Other measures keep "plus" ("65\"+", "30 cm+", dimension_marks.cpp),
// which also reads before a noun ("a 70\"+ TV").
#include "normalize/function_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// The word's core with its closing "+" taken off (the tokenizer keeps "+" on the core).
std::optional<std::string_view> before_plus(const Word& w) {
  if (text::ends_with(w.core, "+")) return w.core.substr(0, w.core.size() - 1);
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_open_measure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || !text::is_digit(w.core[0])) return std::nullopt;
  auto glued = before_plus(w);
  if (!glued || glued->find("\u00b0") == std::string_view::npos) return std::nullopt;
  // "35°C+ today", "35°C+.": no noun after it, which the bound would size.
  bool closes = !w.suffix.empty() || i + 1 >= words.size() || words[i + 1].core.empty() ||
                !text::is_lower(words[i + 1].core[0]) || text::is_function_word(words[i + 1].core) ||
                is_not_noun(words[i + 1].core);
  auto said = closes ? speak_measure(*glued) : std::nullopt;
  if (!said) return std::nullopt;
  return Match{1, *said + " or more", false};
}

}  // namespace briefcast::rules
