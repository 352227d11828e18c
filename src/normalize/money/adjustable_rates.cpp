// An adjustable-rate mortgage named by its fixed years and how often it resets after them:
// "a 5/1 ARM" -> "a five one ARM", "7/6 ARMs", "the 10/1 adjustable-rate mortgage". Lenders
// and reporters say the two figures; read as a date it was "May first", as a fraction "five
// firsts".
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// "1" to "10": the years fixed, or the years or months between resets.
bool is_small_figure(std::string_view s) {
  return !s.empty() && s.size() <= 2 && s[0] != '0' && text::all_digits(s) && (s.size() == 1 || s == "10");
}

bool names_the_loan(std::string_view w) {
  // Not a lower-case "arm": "a 3/4 arm" is a sleeve.
  return text::is_one_of(w, {"ARM", "ARMs", "adjustable-rate", "Adjustable-rate", "adjustable"});
}

}  // namespace

std::optional<Match> match_adjustable_rate(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (!words[i].prefix.empty() || !words[i].suffix.empty() || slash == std::string_view::npos || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view fixed = core.substr(0, slash);
  std::string_view reset = core.substr(slash + 1);
  if (!is_small_figure(fixed) || !is_small_figure(reset) || !names_the_loan(words[i + 1].core)) return std::nullopt;
  return Match{1, cardinal_words(fixed) + " " + cardinal_words(reset), false};
}

}  // namespace briefcast::rules
