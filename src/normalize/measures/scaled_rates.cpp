// A rate whose last divisor carries its own figure, as lab reports give a kidney's filtration
// rate per standard body area: "an eGFR of 45 mL/min/1.73m2", "60 ml/min/1.73 m2". Each slash is
// "per" and the divisor is said as a measure ("forty five milliliters per minute per one point
// seven three square meters"); the unit rules read only units between the slashes, so these
// were "mL slash min slash ...". Every piece must be a unit, the divisors with a figure too.
#include <vector>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "min" -> "minute", "1.73m2" -> "one point seven three square meters".
std::optional<std::string> divisor(std::string_view piece) {
  if (piece.empty()) return std::nullopt;
  if (text::is_digit(piece[0])) return speak_measure(piece);
  auto unit = find_unit(piece);
  return unit ? std::optional<std::string>(unit->one) : std::nullopt;
}

}  // namespace

std::optional<Match> match_scaled_rate(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  std::string unit_text(words[i + 1].core);
  if (!number || unit_text.find('/') == std::string::npos || unit_text.size() > 40) return std::nullopt;
  std::size_t count = 2;
  // "1.73 m2": the last divisor's figure and unit apart.
  if (i + 2 < words.size() && words[i + 1].suffix.empty() && words[i + 2].prefix.empty()) {
    std::string_view last = unit_text;
    last = last.substr(last.rfind('/') + 1);
    if (!last.empty() && text::all_digits(last.substr(0, 1)) && text::number_prefix_length(last) == last.size() &&
        find_unit(words[i + 2].core)) {
      unit_text += words[i + 2].core;
      count = 3;
    }
  }
  const std::vector<std::string_view> pieces = text::split(unit_text, '/');
  if (pieces.size() < 3) return std::nullopt;  // one divisor with a figure ("l/100km") is the unit rules'
  auto head = find_unit(pieces[0]);
  if (!head) return std::nullopt;
  bool figured = false;
  std::string said = number_words(*number) + " " + (number->integer == "1" && !number->has_point ? head->one : head->many);
  for (std::size_t k = 1; k < pieces.size(); ++k) {
    auto per = divisor(pieces[k]);
    if (!per) return std::nullopt;
    figured = figured || text::is_digit(pieces[k][0]);
    said += " per " + *per;
  }
  if (!figured) return std::nullopt;  // plain rates ("ml/kg/min") are the unit rules'
  return Match{count, said, false};
}

}  // namespace briefcast::rules
