// A bra's size: the band in inches and the cup's letter, glued ("34C", "32DD", "30A"), and a
// span of them ("30A–40G"). Among words of bras and cups they are said as the band and the
// letter ("thirty-four C", a doubled one "thirty-four double D"): "34C" had been thirty-four
// degrees Celsius, and a lone "A" after a figure eSpeak NG reads as the article, so it is
// written "Eh". With no such word the figure and letter keep their other readings (a
// temperature "34C" in a heatwave).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 12;

bool tells_of_bras(std::string_view core) {
  return text::is_one_of_lowered(core, {"bra", "bras", "bralette", "bralettes", "lingerie", "underwire", "cup", "cups",
                                        "underwear", "brassiere", "brassieres", "corsetry"});
}

// "34C" -> "thirty-four C": an even band of 28 to 50 and a cup of one letter A to K, or that
// letter doubled or tripled ("DD", "DDD", "FF").
std::optional<std::string> bra_size(std::string_view core) {
  if (core.size() < 3 || core.size() > 5 || !text::is_digit(core[0]) || !text::is_digit(core[1])) return std::nullopt;
  std::string_view band = core.substr(0, 2);
  std::string_view cup = core.substr(2);
  int inches = (band[0] - '0') * 10 + (band[1] - '0');
  if (inches < 28 || inches > 50 || inches % 2 != 0) return std::nullopt;
  if (cup[0] < 'A' || cup[0] > 'K' || cup.size() > 3) return std::nullopt;
  for (char letter : cup) {
    if (letter != cup[0]) return std::nullopt;
  }
  // "DD" is said "double D", as the trade says it; spelt, it had been "D D".
  static constexpr std::string_view kRepeats[] = {"", "double ", "triple "};
  return cardinal_words(band) + " " + std::string(kRepeats[cup.size() - 1]) + letter_names(cup.substr(0, 1));
}

}  // namespace

std::optional<Match> match_bra_size(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::optional<std::string> said;
  if (auto sides = text::split_at_range_dash(core)) {
    auto low = bra_size(sides->before);
    auto high = bra_size(sides->after);
    if (low && high) said = *low + " to " + *high;
  } else {
    said = bra_size(core);
  }
  if (!said || !text::any_word_near(words, i, kSpan, tells_of_bras)) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
