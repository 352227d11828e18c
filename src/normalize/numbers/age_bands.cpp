// Age bands as surveys and health copy write them: "18-24s" -> "eighteen to twenty fours" (a
// band's plural, never "eighteen twenty fours"), "10-11-year-olds" -> "ten to eleven year
// olds", and "among 65+ voters" -> "sixty five plus voters": an age and over, never "more than
// sixty five voters", a count.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// "18", "24": an age of one or two figures.
bool is_age(std::string_view s) { return !s.empty() && s.size() <= 2 && text::all_digits(s) && s[0] != '0'; }

// "18-24s", "25-34s": a band whose upper age ends in a figure other than 0 ("the 70-80s" are decades).
std::optional<Match> plural_band(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || core.size() < 4 || core.back() != 's') return std::nullopt;
  std::string_view low = core.substr(0, dash);
  std::string_view high = core.substr(dash + 1, core.size() - dash - 2);
  if (!is_age(low) || !is_age(high) || high.back() == '0' || std::stoi(std::string(low)) >= std::stoi(std::string(high))) {
    return std::nullopt;
  }
  auto plural = speak_plural_number(std::string(high) + "s");
  if (!plural) return std::nullopt;
  return Match{1, cardinal_words(low) + " to " + *plural, false};
}

// "10-11-year-olds", "a 16-24-year-old": a band of ages joined to "year-old".
std::optional<Match> joined_band(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t tail = core.find("-year-old");
  if (tail == std::string_view::npos) return std::nullopt;
  std::string_view rest = core.substr(tail + 1);
  if (rest != "year-old" && rest != "year-olds") return std::nullopt;
  std::string_view band = core.substr(0, tail);
  std::size_t dash = band.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view low = band.substr(0, dash);
  std::string_view high = band.substr(dash + 1);
  if (!is_age(low) || !is_age(high) || std::stoi(std::string(low)) >= std::stoi(std::string(high))) return std::nullopt;
  return Match{1, cardinal_words(low) + " to " + cardinal_words(high) + " " + std::string(rest), false};
}

// "M35-39", "VW60–64", "F40-44": a race's or a competition's age category, a sex or a class in
// capitals before a band of five or ten years from twenty up ("M thirty five to thirty nine").
// The dash had been silent ("sixty sixty four"). Only bands that wide: a code with two figures
// ("RX70-72") is no age category.
std::optional<Match> category_band(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t letters = 0;
  while (letters < core.size() && core[letters] >= 'A' && core[letters] <= 'Z') ++letters;
  if (letters == 0 || letters > 2) return std::nullopt;
  std::string_view band = core.substr(letters);
  std::size_t dash = band.find('-');
  std::size_t width = 1;
  if (dash == std::string_view::npos) {
    dash = band.find("\u2013");
    width = 3;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view low = band.substr(0, dash);
  std::string_view high = band.substr(dash + width);
  if (!is_age(low) || !is_age(high)) return std::nullopt;
  int from = std::stoi(std::string(low));
  int span = std::stoi(std::string(high)) - from;
  if (from < 20 || (span != 4 && span != 9)) return std::nullopt;
  return Match{1, speak_word(core.substr(0, letters)) + " " + cardinal_words(low) + " to " + cardinal_words(high), false};
}

// "among 65+ voters", "the 50+ age group", "aged 75+": an age and over after the words that
// introduce a group of people by age.
std::optional<Match> age_and_over(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || core.size() != 3 || core.back() != '+' || !is_age(core.substr(0, 2)) || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"among", "aged", "the"})) {
    return std::nullopt;
  }
  int age = std::stoi(std::string(core.substr(0, 2)));
  if (age < 16) return std::nullopt;
  return Match{1, cardinal_words(core.substr(0, 2)) + " plus", false};
}

}  // namespace

std::optional<Match> match_age_band(const Words& words, std::size_t i) {
  if (words[i].core.empty()) return std::nullopt;
  if (words[i].core[0] >= 'A' && words[i].core[0] <= 'Z') return category_band(words, i);
  if (!text::is_digit(words[i].core[0])) return std::nullopt;
  if (auto m = plural_band(words, i)) return m;
  if (auto m = joined_band(words, i)) return m;
  return age_and_over(words, i);
}

}  // namespace briefcast::rules
