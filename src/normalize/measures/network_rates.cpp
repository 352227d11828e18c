// Rates a security team counts in, after their figure: "45k EPS", "12,000 EPS" are events per
// second a log platform ingests, "900k pps" packets per second of a flood. Spelt as letters
// ("forty five k E P S") the measure was lost. "EPS" is a share's earnings in a results line,
// so both key on a word of networks under attack ("SIEM", "DDoS", "logs", "packets").
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// "45k" -> "forty five thousand", "1.2m" -> "one point two million", "12,000" -> "twelve
// thousand": a plain figure with an optional scale letter.
std::optional<std::string> scaled_figure(std::string_view core) {
  std::string_view scale;
  if (!core.empty() && (core.back() == 'k' || core.back() == 'K')) scale = " thousand";
  if (!core.empty() && (core.back() == 'm' || core.back() == 'M')) scale = " million";
  if (!scale.empty()) core.remove_suffix(1);
  auto figure = text::parse_plain_figure(core);
  if (!figure) return std::nullopt;
  return number_words(*figure, false) + std::string(scale);
}

}  // namespace

std::optional<Match> match_network_rate(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view unit = words[i + 1].core;
  std::string_view said = unit == "EPS" ? " events per second" : unit == "pps" ? " packets per second" : "";
  if (said.empty() || words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  auto figure = scaled_figure(words[i].core);
  if (!figure || !text::any_word_near(words, i, 16, tells_of_network_attacks)) return std::nullopt;
  return Match{2, *figure + std::string(said), false};
}

}  // namespace briefcast::rules
