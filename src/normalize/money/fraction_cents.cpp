// A price quoted to a fraction of a cent, as grain and livestock futures are: "$4.52 3/4 per
// bushel" is four dollars fifty-two and three-quarter cents, "$11.92 1/2 a bushel" ninety-two
// and a half cents. Read apart, the fraction joined the next words ("ninety two cents half a
// bushel"), which made the price per half a bushel. Only after a dollar amount with two
// decimals and before a fraction of halves, quarters or eighths.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// "1/2" -> "a half", "3/4" -> "three-quarter", "5/8" -> "five-eighths": the fraction said
// before "cents".
std::optional<std::string> cent_fraction(std::string_view core) {
  static constexpr text::Said kFractions[] = {
      {"1/2", "a half"},        {"1/4", "a quarter"},      {"3/4", "three-quarter"},  {"1/8", "an eighth"},
      {"3/8", "three-eighths"}, {"5/8", "five-eighths"},   {"7/8", "seven-eighths"},
  };
  for (const auto& f : kFractions) {
    if (core == f.written) return std::string(f.spoken);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_fraction_cents(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view core = words[i].core;
  if (core.size() < 5 || core[0] != '$') return std::nullopt;
  auto number = text::parse_plain_figure(core.substr(1));
  if (!number || number->decimals.size() != 2 || number->integer.empty()) return std::nullopt;
  auto fraction = cent_fraction(words[i + 1].core);
  if (!fraction) return std::nullopt;
  std::string spoken;
  if (number->integer != "0") {
    spoken = cardinal_words(number->integer) + (number->integer == "1" ? " dollar " : " dollars ");
  }
  spoken += cardinal_words(number->decimals) + " and " + *fraction + " cents";
  return Match{2, spoken, false};
}

}  // namespace briefcast::rules
