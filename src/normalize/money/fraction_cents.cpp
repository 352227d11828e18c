// A price quoted to a fraction of a cent, as grain and livestock futures are: "$4.52 3/4 per
// bushel" is four dollars fifty-two and three-quarter cents, "$11.92 1/2 a bushel" ninety-two
// and a half cents. Read apart, the fraction joined the next words ("ninety two cents half a
// bushel"), which made the price per half a bushel. Only after a dollar amount with two
// decimals and before a fraction of halves, quarters or eighths.
#include <utility>

#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "1/2" -> "a half", "3/4" -> "three-quarter", "5/8" -> "five-eighths": the fraction said
// before "cents".
std::optional<std::string> cent_fraction(std::string_view core) {
  static constexpr text::Said kFractions[] = {
      {"1/2", "a half"},        {"1/4", "a quarter"},      {"3/4", "three-quarter"},  {"1/8", "an eighth"},
      {"3/8", "three-eighths"}, {"5/8", "five-eighths"},   {"7/8", "seven-eighths"},
      {"\u00bd", "a half"},     {"\u00bc", "a quarter"},   {"\u00be", "three-quarter"}, {"\u215b", "an eighth"},
      {"\u215c", "three-eighths"}, {"\u215d", "five-eighths"}, {"\u215e", "seven-eighths"},
  };
  for (const auto& f : kFractions) {
    if (core == f.written) return std::string(f.spoken);
  }
  return std::nullopt;
}

// "3.18", "1": the dollars and two-figure cents of a price, said before the cent fraction.
std::optional<std::string> dollars_and_cents(std::string_view figure) {
  auto number = text::parse_plain_figure(figure);
  if (!number || number->decimals.size() != 2 || number->integer.empty()) return std::nullopt;
  std::string spoken;
  if (number->integer != "0") {
    spoken = cardinal_words(number->integer) + (number->integer == "1" ? " dollar" : " dollars");
  }
  if (number->decimals == "00") return spoken.empty() ? std::nullopt : std::optional<std::string>(spoken);
  return (spoken.empty() ? "" : spoken + " ") + cardinal_words(number->decimals);
}

// The vulgar fraction glyph at the end of a figure ("3.18¼", "4¾"): the figure before it and
// the fraction as said before "cents".
std::optional<std::pair<std::string_view, std::string>> glued_fraction(std::string_view core) {
  for (std::string_view glyph : {"\u00bd", "\u00bc", "\u00be", "\u215b", "\u215c", "\u215d", "\u215e"}) {
    if (core.size() > glyph.size() && text::ends_with(core, glyph)) {
      std::string_view figure = core.substr(0, core.size() - glyph.size());
      if (!text::is_digit(figure.back())) return std::nullopt;
      return std::make_pair(figure, *cent_fraction(glyph));
    }
  }
  return std::nullopt;
}

// "$3.18¼": a dollar price with a fraction glyph glued to its cents, said in full.
std::optional<std::string> glyph_price(std::string_view core) {
  if (!text::starts_with(core, "$")) return std::nullopt;
  auto parts = glued_fraction(core.substr(1));
  auto price = parts ? dollars_and_cents(parts->first) : std::nullopt;
  if (!price) return std::nullopt;
  // "$1.00¼": no whole cent, the fraction is part of one, "one dollar and a quarter cent".
  return *price + " and " + parts->second + (text::ends_with(parts->first, ".00") ? " cent" : " cents");
}

// "$3.18¼/bu", "$6.10½-$6.22¾": a glyph price before a unit it is quoted per, or a range of two.
std::optional<std::string> glyph_price_frame(std::string_view core) {
  if (auto sides = text::split_at_range_dash(core)) {
    auto low = glyph_price(sides->before);
    auto high = glyph_price(sides->after);
    if (low && high) return *low + " to " + *high;
    return std::nullopt;
  }
  std::size_t slash = core.rfind('/');
  if (slash == std::string_view::npos || slash + 1 >= core.size()) return std::nullopt;
  auto price = glyph_price(core.substr(0, slash));
  std::string_view written = core.substr(slash + 1);
  auto unit = price ? per_unit(written) : std::nullopt;
  // "/ea", "/pr": a short letter group per_unit does not expand is no unit it knows.
  if (!unit || (*unit == written && written.size() <= 3)) return std::nullopt;
  return *price + " per " + *unit;
}

// "$3.18¼", "$7.04½": the fraction glyph glued to a price in dollars and cents, as grain
// futures print it, "three dollars eighteen and a quarter cents"; "4¾¢": a move in cents,
// "four and three-quarter cents". Left whole, eSpeak NG said "dollar three point one eight
// quarter" and "four three cents", the fraction lost.
std::optional<Match> glyph_cents(const Word& w) {
  std::string_view core = w.core;
  if (!w.prefix.empty()) return std::nullopt;
  if (text::starts_with(core, "$")) {
    auto price = glyph_price(core);
    if (!price) price = glyph_price_frame(core);
    if (!price) return std::nullopt;
    return Match{1, *price, false};
  }
  if (!text::ends_with(core, "\u00a2")) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - std::string_view("\u00a2").size());
  // "½¢" alone: part of one cent, "one half of a cent".
  if (cent_fraction(figure)) {
    auto part = speak_fraction(figure);
    if (part) return Match{1, *part + " of a cent", false};
  }
  auto parts = glued_fraction(figure);
  if (!parts || !text::all_digits(parts->first) || parts->first.size() > 4) return std::nullopt;
  return Match{1, cardinal_words(parts->first) + " and " + parts->second + " cents", false};
}

}  // namespace

std::optional<Match> match_fraction_cents(const Words& words, std::size_t i) {
  if (auto glued = glyph_cents(words[i])) return glued;
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
