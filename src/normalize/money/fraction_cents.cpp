// A price quoted to a fraction of a cent, as grain and livestock futures are: "$4.52 3/4 per
// bushel" is four dollars fifty-two and three-quarter cents, "$11.92 1/2 a bushel" eleven dollars
// ninety-two and a half cents. Read apart, the fraction joined the next words ("ninety two cents
// half a bushel"), which made the price per half a bushel. The fraction (halves, quarters or
// eighths) follows a dollar amount with two decimals, spaced or as a glyph glued to it ("$4.52¾"),
// or a glyph is glued to a move in cents ("4¾¢").
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
      // Written with figures and a slash first, then as the glyphs glued_fraction looks for.
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
  // Every glyph is two or three bytes of UTF-8 whose first byte is no ASCII figure.
  for (std::size_t size : {std::size_t{2}, std::size_t{3}}) {
    if (core.size() <= size || text::is_digit(core[core.size() - size])) continue;
    std::string_view figure = core.substr(0, core.size() - size);
    auto said = cent_fraction(core.substr(core.size() - size));
    if (said && text::is_digit(figure.back())) return std::make_pair(figure, *said);
  }
  return std::nullopt;
}

// "3.18" and "a quarter": dollars, cents and the cent's fraction said in full.
std::optional<std::string> price_with_fraction(std::string_view figure, const std::string& fraction) {
  auto price = dollars_and_cents(figure);
  if (!price) return std::nullopt;
  // "$1.00¼": no whole cent, the fraction is part of one, "one dollar and a quarter cent".
  return *price + " and " + fraction + (text::ends_with(figure, ".00") ? " cent" : " cents");
}

// "$3.18¼": a dollar price with a fraction glyph glued to its cents, said in full.
std::optional<std::string> glyph_price(std::string_view core) {
  if (!text::starts_with(core, "$")) return std::nullopt;
  auto parts = glued_fraction(core.substr(1));
  return parts ? price_with_fraction(parts->first, parts->second) : std::nullopt;
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
  auto fraction = cent_fraction(words[i + 1].core);
  auto spoken = fraction ? price_with_fraction(core.substr(1), *fraction) : std::nullopt;
  if (!spoken) return std::nullopt;
  return Match{2, *spoken, false};
}

}  // namespace briefcast::rules
