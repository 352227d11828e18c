// Money written with an ISO currency code instead of a symbol: "USD 5", "EUR 2.5 million",
// "USD23.4 billion", "GBP 20m", "5 USD", "2.5 million EUR", and "Rs. 500".
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The ISO codes of the currency table ("DKK 74.3bn", "MOP 19.6bn"): said by the currency's
// name, where spelt "M O P" before the number the currency was heard as letters.
const Currency* code(std::string_view word) { return currency_written(word, currency_use::kCode); }

// "RON 95" petrol, "UAH 72" a university's score, "GHS07" a hazard label: a code that is also
// initials is money only with money's shape, a scale, grouped thousands or cents ("RON 2
// billion", "UAH 450,000", "GHS 12.50"). Its home named is no cue: Romania sells RON 95 petrol.
bool initials_not_money(const Currency& c, const text::NumberLiteral& n, bool scaled) {
  return (c.use & currency_use::kInitials) != 0 && !scaled && !n.grouped && n.decimals.size() != 2;
}

// "USD23.4 billion", "GBP1.4bn", "USD43": the code written against the figure.
std::optional<Match> code_against_figure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool has_next = i + 1 < words.size();
  if (w.core.size() <= 3 || !text::is_digit(w.core[3])) return std::nullopt;
  const Currency* c = code(w.core.substr(0, 3));
  if (c == nullptr) return std::nullopt;
  std::string_view figure = w.core.substr(3);
  std::size_t digits = text::number_prefix_length(figure);
  auto scale = scale_suffix(figure.substr(digits));
  auto number = text::parse_number(figure.substr(0, digits));
  if (number && initials_not_money(*c, *number, scale && !scale->empty())) return std::nullopt;
  if (number && scale && scale->empty() && has_next && w.suffix.empty()) {
    if (auto next = money_scale(words[i + 1].core)) {
      return Match{2, speak_scaled(*number, *next, *c), scale_period(words, i + 1)};
    }
  }
  if (number && scale) return Match{1, scale->empty() ? speak_amount(*number, *c) : speak_scaled(*number, *scale, *c), false};
  return std::nullopt;
}

// "CHF 180,000-250,000", "EUR 2-3 million", "USD 5-10bn": a range after the code, the
// currency and any scale said once, after the second figure, as a range after a symbol is.
// Figures with a point and no scale are prices to the cent, which a range does not say.
std::optional<Match> range_after_code(const Words& words, std::size_t i, const Currency& c) {
  auto sides = text::split_at_range_dash(words[i + 1].core);
  if (!sides) return std::nullopt;
  std::size_t digits = text::number_prefix_length(sides->after);
  auto low = text::parse_plain_figure(sides->before);
  auto high = text::parse_plain_figure(sides->after.substr(0, digits));
  auto letters = digits > 0 ? scale_suffix(sides->after.substr(digits)) : std::nullopt;
  if (!low || !high || !letters || low->grouped != high->grouped) return std::nullopt;
  // "RON 95-98": a range of octane, not lei.
  if (letters->empty() && initials_not_money(c, *high, i + 2 < words.size() && money_scale(words[i + 2].core))) {
    return std::nullopt;
  }
  std::string scale = *letters;
  std::size_t count = 2;
  if (scale.empty() && i + 2 < words.size() && words[i + 1].suffix.empty()) {
    if (auto word = money_scale(words[i + 2].core)) {
      scale = *word;
      count = 3;
    }
  }
  if (scale.empty() && (low->has_point || high->has_point)) return std::nullopt;
  std::string second = scale.empty() ? speak_amount(*high, c) : speak_scaled(*high, scale, c);
  return Match{count, number_words(*low) + " to " + second, false};
}

// The `count` words of a code and its amount from i, said; before the noun they qualify ("a
// PLN 85 mln expansion") one compound adjective, the currency in the singular
// ("an eighty-five-million-zloty expansion"), as a sum after a symbol is.
Match code_amount(const Words& words, std::size_t i, std::size_t count, std::string spoken, const Currency& c) {
  if (is_adjectival(words, i, count) && !amount_is_relative_object(words, i, count)) return Match{count, text::hyphenated(singular_unit(std::move(spoken), c)), false};
  return Match{count, std::move(spoken), count == 3 && scale_period(words, i + 2)};
}

// "USD 5", "EUR 2.5 million", and "Rs. 500", the abbreviation with its period.
std::optional<Match> code_before_figure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !(w.suffix.empty() || (w.suffix == "." && w.core == "Rs"))) return std::nullopt;
  const Currency* c = code(w.core);
  if (c == nullptr) return std::nullopt;
  // "EUR 27,90", "EUR 3,4 mln": a decimal comma, as the currency's home prints it.
  auto scale_next = i + 2 < words.size() && words[i + 1].suffix.empty() ? money_scale(words[i + 2].core) : std::nullopt;
  std::string written = english_money_figure(words[i + 1].core, scale_next.has_value()).value_or(std::string(words[i + 1].core));
  if (auto number = text::parse_number(written)) {
    if (initials_not_money(*c, *number, scale_next.has_value())) return std::nullopt;
    if (scale_next) return code_amount(words, i, 3, speak_scaled(*number, *scale_next, *c), *c);
    // "a EUR 27.90 fee": cents are no part of a compound adjective here; the amount stays as said.
    if (number->has_point) return Match{2, speak_amount(*number, *c), false};
    return code_amount(words, i, 2, speak_amount(*number, *c), *c);
  }
  if (auto range = range_after_code(words, i, *c)) return range;
  // "USD 5bn", "GBP 20m": the scale's letters written against the figure.
  std::string_view figure = written;
  std::size_t digits = text::number_prefix_length(figure);
  auto scale = digits > 0 ? scale_suffix(figure.substr(digits)) : std::nullopt;
  if (scale && !scale->empty()) {
    if (auto number = text::parse_number(figure.substr(0, digits))) {
      // "the EUR 6.2bn merger": before its noun one adjective, as "EUR 8.4 billion" is.
      return code_amount(words, i, 2, speak_scaled(*number, *scale, *c), *c);
    }
  }
  return std::nullopt;
}

// After word k the line ends, a mark closes it, or a lowercase word follows.
bool goes_on_in_english(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty() || k + 1 >= words.size()) return true;
  std::string_view next = words[k + 1].core;
  return words[k + 1].prefix.empty() && !next.empty() && text::is_lower(next[0]);
}

// "Turkey", "Istanbul", "Giresun": the line is about Turkey, whose copy prints "TL" after a
// lira figure. Elsewhere "40 TL loads" are truckloads and "3 TL" team leaders.
bool tells_of_turkey(std::string_view word) {
  // "Giresun-quality": a place's name opens a hyphened compound too.
  std::string_view w = word.substr(0, word.find('-'));
  return text::is_one_of_lowered(w, {"turkey", "turkey's", "turkish", "t\u00fcrkiye", "turkiye", "lira", "ankara",
                                     "istanbul", "izmir", "bursa", "antalya", "adana", "konya", "gaziantep", "mersin",
                                     "samsun", "trabzon", "giresun", "ordu", "kayseri", "borsa", "bist"});
}

// "Nepali", "Kathmandu", "rupees": the words of a home whose currency's code is also a set of
// initials, besides the country's name: its people, its capital, its money's plain name.
bool tells_of_home(std::string_view word, std::string_view code) {
  if (code == "TRY") return tells_of_turkey(word);
  std::string_view w = word.substr(0, word.find('-'));
  if (code == "NPR") {
    return text::is_one_of_lowered(w, {"nepal", "nepal's", "nepalese", "nepali", "kathmandu", "rupee", "rupees"});
  }
  if (code == "UAH") return text::is_one_of_lowered(w, {"ukrainian", "kyiv", "kiev"});
  if (code == "RON") return text::is_one_of_lowered(w, {"romanian", "bucharest"});
  if (code == "GHS") return text::is_one_of_lowered(w, {"ghanaian", "accra"});
  return false;
}

// The code of c's currency is also initials ("NPR", "TRY", "RON") and its row names a home.
bool initials_with_home(const Currency& c) {
  const Currency* as_code = c.code.empty() ? nullptr : currency_written(c.code, currency_use::kCode);
  return as_code != nullptr && (as_code->use & currency_use::kInitials) != 0 && !c.country.empty();
}

// The line names c's currency or its home ("Nepal", "the hryvnia", "Kathmandu").
bool names_home(const Words& words, const Currency& c) {
  if (names_currency(words, c)) return true;
  for (const Word& w : words) {
    if (tells_of_home(w.core, c.code)) return true;
  }
  return false;
}

// Letters printed after a figure that name a currency only on a line about its home ("132 TL").
bool home_cue_missing(const Words& words, const Currency& c) {
  return c.code == "TRY" && !text::any_word(words, tells_of_turkey);
}

// "5 USD", "2.5 million EUR", and "132 TL", the letters a currency's home prints after its
// figure.
std::optional<Match> code_after_figure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty()) return std::nullopt;
  // "16,98 EUR": a decimal comma before the code too.
  auto number = text::parse_number(english_money_figure(w.core, false).value_or(std::string(w.core)));
  if (!number) return std::nullopt;
  const Currency* c = code(words[i + 1].core);
  // "6 Ft", "30,000 Ft": a sign that is also a unit is left to the rules that weigh its cues.
  // "2 TL Gemüsebrühe": in a German line "TL" is the teaspoon; a sign printed after a figure
  // is money only where the line goes on in English, lowercase or at a mark.
  if (c == nullptr && goes_on_in_english(words, i + 1)) {
    c = currency_written(words[i + 1].core, currency_use::kAfter);
    if (c != nullptr && home_cue_missing(words, *c)) return std::nullopt;
  }
  if (c != nullptr && (c->use & currency_use::kCue) == 0) {
    if (initials_not_money(*c, *number, false)) return std::nullopt;
    // "a 1 TL coin": before its noun a whole amount is one adjective, as a code's before it is.
    if (!number->has_point) return code_amount(words, i, 2, speak_amount(*number, *c), *c);
    return Match{2, speak_amount(*number, *c), false};
  }
  if (i + 2 < words.size() && words[i + 1].suffix.empty()) {
    if (auto scale = speak_scale(words[i + 1].core)) {
      if (const Currency* after = code(words[i + 2].core)) return Match{3, speak_scaled(*number, *scale, *after), false};
    }
  }
  return std::nullopt;
}

// "a tonne", "per kg", "/t": a unit a price is quoted per, after the figure.
bool quotes_per_unit(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].suffix.empty() || k + 1 >= words.size()) return false;
  return text::is_one_of_lowered(words[k].core, {"a", "per"}) && per_unit(words[k + 1].core);
}

}  // namespace

bool home_letters_unframed(const Words& words, std::size_t i, const Currency& c) {
  if (i + 1 >= words.size() || !initials_with_home(c) || names_home(words, c)) return false;
  std::string_view figure = words[i + 1].core;
  // "19,450/t", "9,100–9,300": a price per unit or a range of prices.
  if (figure.find('/') != std::string_view::npos || text::split_at_range_dash(figure)) return false;
  return !(words[i + 1].suffix.empty() && quotes_per_unit(words, i + 2));
}

const Currency* currency_of_code(std::string_view word) { return code(word); }

std::optional<Match> match_currency_code(const Words& words, std::size_t i) {
  if (auto against = code_against_figure(words, i)) return against;
  if (auto before = code_before_figure(words, i)) return before;
  return code_after_figure(words, i);
}

}  // namespace briefcast::rules
