// Money as much of Europe, Latin America and southern Africa print it: a decimal comma
// ("€27,90", "€0,38", "€3,4 mln"), a point between the thousands ("€2.950", "1.500 €") and the
// currency sign after the figure, spaced ("6,99 €"). Read with the point rules the comma was a
// pause ("euro twenty seven, ninety") and the thousands a price in cents.
#include <algorithm>
#include <array>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"

namespace briefcast::rules {

namespace {

std::size_t digit_run(std::string_view s, std::size_t from) {
  std::size_t k = from;
  k = text::digit_run_end(s, k);
  return k - from;
}

// "2.950", "1.250.000": the length of a whole figure whose points part off groups of three
// (at least one), its digits without the points in `digits`; 0 for any other shape.
std::size_t point_grouped_length(std::string_view s, std::string& digits) {
  std::size_t lead = digit_run(s, 0);
  // A leading zero ("0.950") is a decimal, never a group of thousands.
  if (lead == 0 || lead > 3 || s[0] == '0') return 0;
  digits = std::string(s.substr(0, lead));
  std::size_t k = lead;
  while (k + 3 < s.size() && s[k] == '.' && digit_run(s, k + 1) == 3) {
    digits += s.substr(k + 1, 3);
    k += 4;
  }
  return k == lead ? 0 : k;
}

// The sign of a currency whose home parts thousands off with a point (the euro, the Brazilian
// real, the Turkish lira), as the currency table and its country's conventions say.
bool point_grouped_sign(std::string_view sign) {
  const Currency* c = currency_written(sign, currency_use::kSign);
  return c != nullptr && home_parts_thousands_with_point(*c);
}

// An amount whose sign was printed after its figure, written as the money rule reads it: the
// sign first ("€6.99"); a sign only ever printed after, by its code ("98 zł" -> "PLN98").
std::string amount_after(const std::string& figure, std::string_view sign) {
  if (currency_written(sign, currency_use::kSign) != nullptr) return std::string(sign) + figure;
  const Currency* c = currency_for_sign(sign);
  return std::string(c != nullptr ? c->code : sign) + figure;
}

// Words of paying, just before a figure: "a ticket is 450 Ft", "coffee costs 900 Ft".
bool is_paying_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"cost", "costs", "price", "prices", "priced", "pay", "pays", "paid", "fee",
                                        "fees", "fare", "fares", "ticket", "tickets", "charge", "charges", "charged",
                                        "wage", "wages", "salary", "rent", "bought", "buys", "worth"});
}

// A sign after figure i that needs its cue ("Ft", also feet) lacks it: the line names neither
// the currency ("forints") nor its home with a word of paying just before the figure ("in
// Hungary a ticket is 450 Ft"). "Hungary builds 13 Ft wall" is feet.
bool lacks_its_cue(const Words& words, std::size_t i, const Currency& c) {
  if ((c.use & currency_use::kCue) == 0 || names_currency_itself(words, c)) return false;
  if (!names_currency(words, c)) return true;
  for (std::size_t k = i; k-- > 0 && i - k <= 4;) {
    if (is_paying_word(words[k].core)) return false;
  }
  return true;
}

// The length of the currency sign that opens `core` before its first figure ("€25", "R$1.500",
// "US$3"), 0 when what stands before the figure is no sign.
std::size_t leading_sign_length(std::string_view core) {
  std::size_t sign = 0;
  while (sign < core.size() && !text::is_digit(core[sign])) ++sign;
  if (sign == 0 || sign > 3 || sign == core.size()) return 0;
  return currency_for_sign(core.substr(0, sign)) != nullptr ? sign : 0;
}

}  // namespace

std::optional<std::string> english_money_figure(std::string_view s, bool scale_follows) {
  std::string whole;
  std::size_t k = point_grouped_length(s, whole);
  if (k == 0) {
    k = digit_run(s, 0);
    if (k == 0 || k > 7) return std::nullopt;
    whole = std::string(s.substr(0, k));
  }
  if (k >= s.size() || s[k] != ',') return std::nullopt;
  std::size_t places = digit_run(s, k + 1);
  std::string_view rest = s.substr(k + 1 + places);
  // "3,4bn": a figure to one place is a decimal only with its scale; alone ("€5,6") it may be a
  // list. Two figures after the comma can never be a thousands group, which has three.
  std::string_view letters = rest.substr(0, rest.find('/'));
  bool scaled = scale_follows || (!letters.empty() && scale_suffix(letters).value_or("") != "");
  if (places == 0 || places > 2 || (places == 1 && !scaled)) return std::nullopt;
  // "€5,60,70": more figures after the comma make a list, not one amount.
  if (!rest.empty() && (rest[0] == ',' || rest[0] == '.' || text::is_digit(rest[0]))) return std::nullopt;
  return whole + "." + std::string(s.substr(k + 1, places)) + std::string(rest);
}

namespace {

// Words of the prices quoted to three places: fuel and energy by the litre or unit, and rates
// of exchange ("petrol at €1.859", "the dollar bought €1.085").
bool is_fine_price_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"petrol", "diesel", "fuel", "gasoline", "unleaded", "litre", "liter", "litres",
                                        "liters", "gallon", "kwh", "mwh", "electricity", "tariff", "exchange", "rate",
                                        "rates", "dollar", "pound", "sterling", "franc", "yen", "forex",
                                        // Shares on some bourses are quoted to three places.
                                        "share", "shares", "stock", "stocks", "traded"});
}

// A unit of measure after the figure, through "per", "a" or a slash: "€1.859 a litre",
// "€0.235/kWh". A span of time is no such cue: rent is by the month ("€1.250 a month").
bool priced_per_measure(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.find('/') != std::string_view::npos) return true;
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return false;
  std::size_t k = i + 1;
  // "€1.859 / litre": a slash spaced from the price is "per" as the word is.
  if (text::is_one_of(words[k].core, {"per", "a", "an", "/"}) && words[k].suffix.empty() && k + 1 < words.size()) ++k;
  std::string_view unit = words[k].core;
  if (text::is_one_of_lowered(unit, {"month", "year", "week", "day", "night", "head", "person", "month's"})) return false;
  return find_unit(unit).has_value() || is_fine_price_word(unit);
}

// A rate of exchange named after the figure: "€1.165 for every pound", "EUR 1.085 to the dollar".
bool quotes_against_currency(const Words& words, std::size_t i) {
  std::size_t k = i + 1;
  if (k >= words.size() || !words[i].suffix.empty() || !text::is_one_of_lowered(words[k].core, {"for", "to", "against"})) {
    return false;
  }
  if (k + 1 < words.size() && text::is_one_of_lowered(words[k + 1].core, {"every", "each", "one", "the"})) ++k;
  return k + 1 < words.size() && text::is_one_of_lowered(words[k + 1].core, {"dollar", "pound", "sterling", "euro", "franc", "yen"});
}

bool quotes_fine_price(const Words& words, std::size_t i) {
  if (priced_per_measure(words, i) || quotes_against_currency(words, i)) return true;
  for (std::size_t k = i; k-- > 0 && i - k <= 8;) {
    if (words[k].suffix.find_first_of(".!?") != std::string::npos) break;
    if (is_fine_price_word(words[k].core)) return true;
  }
  return false;
}

// "€2.950", "R$1.200": a point-grouped figure after the sign of a currency whose homes part
// thousands off with a point. "£2.950" or "$2.950" is a price to three places, as a fuel
// price is.
std::optional<Match> point_grouped_after_sign(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t sign_length = leading_sign_length(core);
  if (sign_length > 0 && point_grouped_sign(core.substr(0, sign_length))) {
    std::string_view sign = core.substr(0, sign_length);
    std::string digits;
    std::string_view figure = core.substr(sign.size());
    std::size_t length = point_grouped_length(figure, digits);
    if (length == 0 || length != figure.size() || quotes_fine_price(words, i)) return std::nullopt;
    // "€1.250 million", "€2.500 bn": before a scale the point is a decimal, as English copy
    // writes a bond's size; the continental habit puts the sign after ("2.500 Mio. €").
    if (i + 1 < words.size() && words[i].suffix.empty() && money_scale(words[i + 1].core)) return std::nullopt;
    return money_in_place(words, i, std::string(sign) + digits);
  }
  return std::nullopt;
}

// "$12.000 millones", "R$1.500 milhões": before a scale spelt in a language that parts
// thousands with a point the figure is thousands whatever the sign ("twelve thousand million").
std::optional<Match> point_grouped_before_foreign_scale(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !spelt_foreign_scale(words[i + 1].core)) return std::nullopt;
  std::string_view core = words[i].core;
  std::size_t sign = leading_sign_length(core);
  std::string digits;
  std::string_view figure = core.substr(sign);
  if (sign == 0 || point_grouped_length(figure, digits) != figure.size()) return std::nullopt;
  return money_in_place(words, i, std::string(core.substr(0, sign)) + digits);
}

// "the top 10 $ earners", "page 12 € prices": a figure after a word of rank or place counts
// or numbers what follows, and the sign belongs to the noun ("dollar earners"), no amount.
bool ranks_or_places(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  return text::is_one_of_lowered(words[i - 1].core, {"top", "bottom", "page", "p", "pp", "no", "nos", "number", "chapter",
                                                     "section", "item", "row", "line", "table", "figure", "fig", "rank",
                                                     "ranked"});
}

// The figure before a sign printed after it, with a decimal point where it had a comma:
// "6,99" -> "6.99", "1.500" -> "1500" (a sign after the figure is itself the continental habit,
// whatever the currency), "350"; nullopt for other shapes. `sign_at` is the word that holds
// the sign, where a fuel price's unit is looked for ("1.859 € a litre" stays a decimal).
std::optional<std::string> figure_before_sign(const Words& words, std::size_t sign_at, std::string_view figure) {
  if (figure.empty() || !text::is_digit(figure[0])) return std::nullopt;
  std::string digits;
  if (auto comma = english_money_figure(figure, false)) return comma;
  // "12,5 €": one figure after the comma is a decimal too when the sign follows; before a sign
  // ("€5,6") it may be a list of two.
  std::size_t whole = digit_run(figure, 0);
  if (whole + 2 == figure.size() && figure[whole] == ',' && text::is_digit(figure.back())) {
    return std::string(figure.substr(0, whole)) + "." + figure.back();
  }
  // Never 0 here, as a digit leads. Fuel and exchange rates to three places are under ten and
  // no whole figure ("1.859 € a litre"); "knapp 5.000 €" near a monthly "Rate" is five thousand.
  bool fine = figure.size() == 5 && !text::ends_with(figure, ".000") && quotes_fine_price(words, sign_at);
  if (point_grouped_length(figure, digits) == figure.size() && !fine) return digits;
  if (text::parse_plain_figure(figure)) return std::string(figure);
  return std::nullopt;
}

// Said where the figure stands, the whole line around it in view: "a 10 € voucher" qualifies
// its noun as "a €10 voucher" does ("a ten-euro voucher"), and "petrol at 1.859 € a litre"
// keeps the fuel price's decimal only if the words of fuel far off are still seen. The
// `count` words from i are read as the one amount `joined`.
std::optional<Match> said_in_place(const Words& words, std::size_t i, std::size_t count, const std::string& joined) {
  Words around(words.begin(), words.end());
  around[i] = Word{joined, words[i].prefix, joined, words[i + count - 1].suffix};
  around.erase(around.begin() + static_cast<std::ptrdiff_t>(i) + 1, around.begin() + static_cast<std::ptrdiff_t>(i + count));
  if (auto said = match_money(around, i); said && said->count == 1) return Match{count, said->spoken, said->eat_period};
  auto alone = speak_money(joined);
  if (!alone) return std::nullopt;
  return Match{count, *alone, false};
}

// "6,99 €", "350 €", "1.500 €", "±3 ¢": the sign printed after the figure, with a space.
std::optional<Match> sign_after_figure(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (ranks_or_places(words, i)) return std::nullopt;
  std::string_view sign = words[i + 1].core;
  const Currency* c = currency_for_sign(sign);
  if (c == nullptr || lacks_its_cue(words, i, *c)) return std::nullopt;
  auto english = figure_before_sign(words, i + 1, words[i].core);
  if (!english) return std::nullopt;
  return said_in_place(words, i, 2, amount_after(*english, sign));
}

// "1.000€", "2.500$", "3,80\u00a0€": the sign against the figure, or after the no-break space
// French and German type put there. The glued point was read as cents ("1.000€" was "one euro").
std::optional<Match> glued_sign_after_figure(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || !text::is_digit(core[0]) || ranks_or_places(words, i)) return std::nullopt;
  for (std::size_t tail = 1; tail <= 3 && tail < core.size(); ++tail) {
    std::string_view sign = core.substr(core.size() - tail);
    const Currency* c = currency_for_sign(sign);
    if (c == nullptr || lacks_its_cue(words, i, *c)) continue;
    std::string_view figure = core.substr(0, core.size() - tail);
    bool spaced = false;
    for (std::string_view space : {"\u00a0", "\u202f"}) {
      if (text::ends_with(figure, space)) {
        figure.remove_suffix(space.size());
        spaced = true;
      }
    }
    std::string digits;
    // Only what the sign rules misread: a point-grouped figure or a no-break space.
    if (!spaced && point_grouped_length(figure, digits) != figure.size()) continue;
    auto english = figure_before_sign(words, i, figure);
    if (!english) return std::nullopt;
    return said_in_place(words, i, 1, amount_after(*english, sign));
  }
  return std::nullopt;
}

// "1.299,-", "49,–": a dash where the cents stand marks a whole amount in Dutch, German and
// Scandinavian prices; the digits without their thousands points, or nullopt.
std::optional<std::string> dash_cents_figure(std::string_view core) {
  std::string_view figure;
  for (std::string_view dash : {",-", ",\u2013", ",\u2014"}) {
    if (text::ends_with(core, dash)) figure = core.substr(0, core.size() - dash.size());
  }
  if (figure.empty() || !text::is_digit(figure[0])) return std::nullopt;
  std::string digits;
  if (point_grouped_length(figure, digits) == figure.size()) return digits;
  if (digit_run(figure, 0) == figure.size() && figure.size() <= 7) return std::string(figure);
  return std::nullopt;
}

// "€ 1.500", "R$ 2.300": the sign spaced before a point-grouped figure, as Dutch and Italian
// type set it; read as the glued sign is ("€ 1.500" was "one euro fifty cents").
std::optional<Match> point_grouped_after_spaced_sign(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view sign = words[i].core;
  if (!point_grouped_sign(sign)) return std::nullopt;
  std::string digits;
  std::string_view figure = words[i + 1].core;
  if (point_grouped_length(figure, digits) != figure.size() || quotes_fine_price(words, i + 1)) return std::nullopt;
  if (i + 2 < words.size() && words[i + 1].suffix.empty() && money_scale(words[i + 2].core)) return std::nullopt;
  return said_in_place(words, i, 2, std::string(sign) + digits);
}

// "CLP 12.500", "BRL 3.200": a point-grouped figure after the code of a currency whose home
// parts thousands with a point. Read with the point rules it was "twelve point five zero zero".
std::optional<Match> point_grouped_after_code(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  const Currency* c = currency_written(words[i].core, currency_use::kCode);
  if (c == nullptr || !home_parts_thousands_with_point(*c)) return std::nullopt;
  std::string digits;
  std::string_view figure = words[i + 1].core;
  if (point_grouped_length(figure, digits) != figure.size() || quotes_fine_price(words, i + 1)) return std::nullopt;
  if (i + 2 < words.size() && words[i + 1].suffix.empty() && money_scale(words[i + 2].core)) return std::nullopt;
  return said_in_place(words, i, 2, std::string(words[i].core) + digits);
}

// "€ 1.299,-", "5.000,– €", "€25,-": the whole amount with its sign before, after or against it.
// Read with the point rules it was "euro one point two nine nine ,".
std::optional<Match> dash_cents_amount(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // The sign against the figure: "€25,-".
  if (std::size_t sign = leading_sign_length(core); sign > 0) {
    if (auto digits = dash_cents_figure(core.substr(sign))) {
      return said_in_place(words, i, 1, std::string(core.substr(0, sign)) + *digits);
    }
  }
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view next = words[i + 1].core;
  if (currency_for_sign(core) != nullptr) {
    if (auto digits = dash_cents_figure(next)) return said_in_place(words, i, 2, std::string(core) + *digits);
  }
  if (currency_for_sign(next) != nullptr && !ranks_or_places(words, i)) {
    if (auto digits = dash_cents_figure(core)) return said_in_place(words, i, 2, amount_after(*digits, next));
  }
  return std::nullopt;
}

// "3,5 Milliarden €", "1,2 Mrd. €", "4,8 Mio. $": the scale between the figure and the sign
// printed after both. Moved before the figure ("€3.5 Milliarden") the amount is read as its
// sign-first form is; left, the comma was a pause ("three, five Milliarden euro").
std::optional<Match> sign_after_scaled_figure(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() ||
      !words[i + 2].prefix.empty() || ranks_or_places(words, i)) {
    return std::nullopt;
  }
  const Word& scale = words[i + 1];
  if (!money_scale(scale.core) || !(scale.suffix.empty() || scale.suffix == ".")) return std::nullopt;
  std::string_view sign = words[i + 2].core;
  if (currency_for_sign(sign) == nullptr) return std::nullopt;
  auto english = figure_before_sign(words, i + 2, words[i].core);
  if (!english) return std::nullopt;
  std::string joined = amount_after(*english, sign);
  // The words after stay in view: "a 2 Mio. € deal" qualifies its noun.
  Words around(words.begin(), words.end());
  around.erase(around.begin() + static_cast<std::ptrdiff_t>(i) + 2);
  around[i] = Word{joined, words[i].prefix, joined, ""};
  around[i + 1] = Word{scale.core, "", scale.core, words[i + 2].suffix};
  auto said = match_money(around, i);
  if (!said || said->count != 2) return std::nullopt;
  return Match{3, said->spoken, said->eat_period};
}

}  // namespace

std::optional<Match> match_continental_money(const Words& words, std::size_t i) {
  if (auto scaled = sign_after_scaled_figure(words, i)) return scaled;
  if (auto grouped = point_grouped_after_sign(words, i)) return grouped;
  if (auto foreign = point_grouped_before_foreign_scale(words, i)) return foreign;
  if (auto spaced = point_grouped_after_spaced_sign(words, i)) return spaced;
  if (auto code = point_grouped_after_code(words, i)) return code;
  if (auto dashed = dash_cents_amount(words, i)) return dashed;
  if (auto glued = glued_sign_after_figure(words, i)) return glued;
  return sign_after_figure(words, i);
}

}  // namespace briefcast::rules
