// Minor units written after the figure: British pence ("191.5p a litre") and cents as market
// and fuel-price reports write them ("4.75c", "down 3c", "72,5c", "4c/l"), with the country's
// letters before them as currency reports write them ("US64.2c", "USc 265/kg").
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "ex div 4.75c", "down 1.5c", "72,5c": cents (up to three figures), with the figure said.
// `per_unit`: a price per a unit, which wool and livestock quote in thousands of cents
// ("1,725c/kg"), so the figure may be grouped in thousands; a run of four figures or more
// ungrouped ("2019-20c/kg", a season) is no price in cents even there.
std::optional<std::string> cents(std::string_view figure, bool per_unit = false) {
  // "72,5c": a decimal comma, as South African copy prints cents.
  auto number = text::parse_number(text::with_decimal_point(figure, 3, 1, 2).value_or(std::string(figure)));
  if (!number || number->negative || number->decimals.size() > 2) return std::nullopt;
  if ((number->grouped && !per_unit) || (!number->grouped && number->integer.size() > 3)) return std::nullopt;
  // "183.00c/kg": whole cents, the zeros unsaid.
  if (number->decimals.find_first_not_of('0') == std::string::npos) {
    number->decimals.clear();
    number->has_point = false;
  }
  bool one = number->integer == "1" && !number->has_point;
  return number_words(*number, false) + (one ? " cent" : " cents");
}

// Words that make a bare "82c" cents: a price change named right after the figure ("an 82c
// hike", "a 5c rise", "1c more a litre"), or a word of prices or a currency anywhere in the
// line ("diesel drops 9c", "the rand lost 12c"). A line about genes, strains or models ("the
// 4c gene", "type 4c hair") has neither, and there "4c" stays as written. The cue is the
// line's subject, not the figure, because cents written this way have no shape of their own.
bool names_a_price_change(std::string_view w) {
  return text::is_one_of_lowered(w, {"hike", "hikes", "rise", "rises", "increase", "increases", "cut", "cuts",
                                          "drop", "drops", "fall", "falls", "decrease", "jump", "reduction", "discount",
                                          "surcharge", "levy", "more", "less", "cheaper", "dearer", "increment"});
}

bool is_price_word(std::string_view core) {
  std::string w = text::lower(core);
  if (text::is_one_of(w, {"price", "prices", "priced", "pricing", "fuel", "petrol", "diesel", "paraffin", "gasoline",
                          "gas", "litre", "liter", "litres", "liters", "gallon", "fare", "fares", "tariff", "tariffs",
                          "toll", "tolls", "cost", "costs", "pay", "paid", "dividend", "cents", "cent", "rand", "dollar",
                          "dollars", "euro", "euros", "pump", "pumps", "motorists", "commuters", "ticket", "tickets",
                          // Company results: "EPS was 95c", "shares fell 12c".
                          "eps", "earnings", "share", "shares", "payout"})) {
    return true;
  }
  // A currency written with its sign: "$2", "R15", "€3", "£1".
  for (std::string_view sign : {"$", "\u20AC", "\u00A3"}) {
    if (text::starts_with(core, sign)) return true;
  }
  return core.size() >= 2 && core[0] == 'R' && text::is_digit(core[1]);
}

}  // namespace

// "191.5p a litre", "50p": British pence. A video's line count ("720p", "1080p") is no money.
std::optional<std::string> speak_pence(std::string_view core) {
  // "2p/lb", "9.5p/kWh", "60p/day", "120p/therm": pence per a unit or a span of time.
  if (std::size_t slash = core.find("p/"); slash != std::string_view::npos && slash > 0) {
    // "a dividend of 4.2p/£": pence in the pound, as insolvency returns are said ("pence
    // slash pound" was read).
    if (core.substr(slash + 2) == "\u00a3") {
      auto pence = speak_pence(core.substr(0, slash + 1));
      return pence ? std::optional<std::string>(*pence + " in the pound") : std::nullopt;
    }
    auto unit = per_unit(core.substr(slash + 2));
    auto pence = unit ? speak_pence(core.substr(0, slash + 1)) : std::nullopt;
    return pence ? std::optional<std::string>(*pence + " per " + *unit) : std::nullopt;
  }
  if (core.size() < 2 || core.back() != 'p') return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  if (!number || number->negative || number->grouped || number->integer.size() > 3) return std::nullopt;
  // "24.50p": a price in pence to two places says its tenths alone ("twenty four point five").
  while (number->has_point && number->decimals.size() > 1 && number->decimals.back() == '0') number->decimals.pop_back();
  static constexpr std::string_view kLineCounts[] = {"144", "240", "360", "480", "540", "576", "720"};
  for (std::string_view lines : kLineCounts) {
    if (!number->has_point && number->integer == lines) return std::nullopt;
  }
  bool one = number->integer == "1" && !number->has_point;
  return number_words(*number, false) + (one ? " penny" : " pence");
}

// Cents with a point or a decimal comma ("4.75c", "72,5c"), after a price move ("down 3c"), per
// a unit ("4c/l"), or whole in a line about prices ("an 82c hike"); never "the 4c gene" or a
// broadcast's "8/7c".
// "the mercury hits 35c", "highs of 30c": a word of the weather just before the figure makes a
// lower-case "c" the Celsius of a temperature, not cents, even in a line about prices.
bool after_a_temperature_word(const Words& words, std::size_t i) {
  for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
    if (text::is_one_of_lowered(words[k].core, {"temperature", "temperatures", "temps", "mercury", "highs", "lows",
                                                     "thermometer", "thermometers", "heat", "heatwave"})) {
      return true;
    }
  }
  return false;
}

namespace {

// "200c", "331c/kg": a figure written with the cents letter, with or without a unit after it;
// `thousands`: wool's thousands of cents ("1,071c") count too.
bool has_cents_shape(std::string_view core, bool thousands = false) {
  if (std::size_t slash = core.find("c/"); slash != std::string_view::npos) core = core.substr(0, slash + 1);
  return core.size() >= 2 && core.back() == 'c' && cents(core.substr(0, core.size() - 1), thousands).has_value();
}

// "from 122c to 173c ... 175c to 1,208c/kg": a price per unit in cents makes the line's other
// figures with the cents letter cents as well.
bool is_cents_per_unit(std::string_view core) {
  std::size_t slash = core.find("c/");
  return slash != std::string_view::npos && has_cents_shape(core.substr(0, slash + 1), true);
}

// "USc", "NZc": a country's cents written as one word, a price's unit wherever it stands.
bool is_country_cents(std::string_view core) { return text::is_one_of(core, {"USc", "NZc"}); }

// A line about money: a word of prices, or a price per unit in cents.
bool speaks_of_cents(const Words& words) {
  return text::any_word(words, is_price_word) || text::any_word(words, is_cents_per_unit) ||
         text::any_word(words, is_country_cents);
}

// Words of a sale or an auction ("sold", "dearer", "bid"): a figure with the cents letter
// that a price verb or "at" opens is a price on such a line ("sold at 1,384c", "crossbreds
// making 915c ... 2% dearer"); alone they price nothing, so "the 4c hair sold out" keeps its type.
bool is_sale_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"sold", "selling", "sale", "sales", "dearer", "cheaper", "bid", "bids",
                                        "auction", "auctions", "buyers", "quoted", "offered"});
}

// "sold for 65c", "went for 2,150c": "for" places a price only after a verb of selling;
// "the 9c class", "for Year 10c" have none before them, and after "bid for" or "paid for"
// comes the thing bought ("bid for 4c's old desk").
bool sold_for(const Words& words, std::size_t i) {
  return i >= 2 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "for" && words[i - 2].suffix.empty() &&
         text::is_one_of_lowered(words[i - 2].core, {"sold", "sells", "sell", "selling", "went", "goes", "going",
                                                      "bought", "retails", "retailed"});
}

// "an average of 1,140c", "a price of 96c": "of" after a word that names the price.
bool price_of(const Words& words, std::size_t i) {
  return i >= 2 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "of" && words[i - 2].suffix.empty() &&
         text::is_one_of_lowered(words[i - 2].core, {"average", "price", "bid", "offer"});
}

// "sold at 1,384c", "making 915c", "eased 14c", "closed at 1,263c", "bid 75c", "paid 40c": the
// word before the figure places it as a price, the way auction and market reports quote cents.
bool quoted_as_price(const Words& words, std::size_t i) {
  return (i > 0 && words[i - 1].suffix.empty() &&
          text::is_one_of_lowered(words[i - 1].core,
                                  {"at", "to", "from", "making", "made", "fetched", "fetching", "averaged", "topped",
                                   "eased", "lifted", "gained", "lost", "slipped", "fell", "rose", "dropped", "jumped",
                                   "firmed", "closed", "finished", "ended", "bid", "bids", "paid", "paying", "offered"})) ||
         sold_for(words, i) || price_of(words, i);
}

// "closed 6c higher", "finished 2c lower": a market's move named after the figure.
bool moved_after(const Words& words, std::size_t i, std::size_t count) {
  std::size_t next = i + count;
  return next < words.size() && words[next - 1].suffix.empty() &&
         text::is_one_of_lowered(words[next].core, {"higher", "lower", "firmer", "weaker"});
}

// A figure with the cents letter in a price's place on a line of prices or sales, or with its
// move after it: cents, thousands of cents among them, as wool and grain reports quote them
// ("sold at 1,384c", "soybeans closed 6c higher").
bool quoted_in_cents(const Words& words, std::size_t i, std::size_t count = 1) {
  return quoted_as_price(words, i) &&
         (speaks_of_cents(words) || text::any_word(words, is_sale_word) || moved_after(words, i, count));
}

// "back 18c to 25c", "heifers, 200c to 331c/kg": the first end of a range whose other end is
// written in cents too is cents, whatever word comes before it.
bool opens_cents_range(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() || !words[i + 1].suffix.empty() ||
      !words[i + 2].prefix.empty() || !has_cents_shape(words[i + 2].core, true)) {
    return false;
  }
  // "8c and 9c" is a list of labels unless "between" opens it; "Section 2c to 3c" is no price.
  // "ewes slipped 12c to 40c", "back 18c to 25c": a price that moved says so before it.
  bool moved = i > 0 && text::is_one_of_lowered(words[i - 1].core,
                                        {"from", "back", "up", "down", "slipped", "rose", "fell", "eased", "gained", "lost",
                                         "dropped", "lifted", "jumped", "firmed", "between", "making", "made", "sold"});
  bool joins = words[i + 1].core == "to" || (words[i + 1].core == "and" && moved);
  return joins && (moved || speaks_of_cents(words));
}

// A figure of up to two digits with a lower-case "c" that a word of the weather makes a
// temperature: right after the word ("highs of 30c"), or as the second end of such a range
// ("highs of 25c to 28c").
// Words of a weather report: "showers", "forecast", "sunny", and the temperatures it names.
bool is_weather_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"weather", "forecast", "forecasts", "forecaster", "forecasters", "sunny", "rain",
                                        "shower", "showers", "cloudy", "storms", "thunderstorms", "humid", "humidity",
                                        "frost", "winds", "breezy", "overcast", "temperature", "temperatures",
                                        "thermometer", "thermometers"});
}

// A line of the weather and of no prices or sales, where a figure's lower-case "c" is Celsius.
bool prices_nothing(const Words& words) { return !speaks_of_cents(words) && !text::any_word(words, is_sale_word); }

bool on_a_weather_line(const Words& words) { return text::any_word(words, is_weather_word) && prices_nothing(words); }

// "a high of 31c", "a top of 22c", "a low of 9c": the day's high or low on a line of the weather,
// not of prices ("the stock hit a high of 95c" stays cents).
// "Lambs made a top of 95c after rain": a top that a sale's verb made is the best price.
bool days_high_or_low(const Words& words, std::size_t i) {
  if (i < 2 || !words[i - 1].suffix.empty() || text::lower(words[i - 1].core) != "of" || !words[i - 2].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 2].core, {"high", "top", "low", "maximum", "minimum"})) {
    return false;
  }
  bool sale_top = i >= 4 && text::is_one_of_lowered(words[i - 4].core, {"made", "making", "fetched", "fetching", "sold",
                                                                         "selling", "topped", "bid", "paid"});
  return !sale_top && on_a_weather_line(words);
}

// "dipped to minus 3c": cents are never said below nothing, so on a line of no prices or sales
// a figure after "minus" is a temperature below freezing.
bool below_freezing(const Words& words, std::size_t i) {
  return i >= 1 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "minus" && prices_nothing(words);
}

bool is_thermometer(std::string_view core) { return text::is_one_of_lowered(core, {"thermometer", "thermometers"}); }

// "the thermometer in the shed read 41c": what a thermometer shows is a temperature, even on a
// line of a sale; only a word of prices ("the thermometer cost 95c") makes it cents.
bool thermometer_reading(const Words& words, std::size_t i) {
  return i >= 1 && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"showed", "shows", "read", "reads", "reached", "hit", "touched",
                                                     "registered", "recorded"}) &&
         text::any_word(words, is_thermometer) && !speaks_of_cents(words);
}

bool is_celsius(const Words& words, std::size_t i, std::string_view figure) {
  if (!text::all_digits(figure) || figure.size() > 2) return false;
  if (after_a_temperature_word(words, i) || days_high_or_low(words, i) || below_freezing(words, i) ||
      thermometer_reading(words, i)) {
    return true;
  }
  return i >= 2 && words[i - 1].suffix.empty() && text::is_one_of(words[i - 1].core, {"to", "and"}) &&
         words[i - 2].suffix.empty() && has_cents_shape(words[i - 2].core) && words[i - 2].core.size() <= 3 &&
         after_a_temperature_word(words, i - 2);
}

// "240c-260c/kg", "60-80c/kg", "1,000-1,200c/kg": a range of cents in one word, said "two
// hundred forty cents to two hundred sixty cents per kilogram"; before a unit the first end may
// leave its letter to the second's ("sixty to eighty cents per kilogram") and both ends may be
// thousands of cents, as the price per unit alone may.
std::optional<Match> joined_cents_range(std::string_view core) {
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  std::string_view low = core.substr(0, dash);
  std::string_view high = core.substr(dash + 1);
  std::string_view per;
  if (std::size_t slash = high.find("c/"); slash != std::string_view::npos) {
    per = high.substr(slash + 2);
    high = high.substr(0, slash + 1);
  }
  if (high.size() < 2 || high.back() != 'c') return std::nullopt;
  high.remove_suffix(1);
  bool lettered = low.size() >= 2 && low.back() == 'c';
  if (lettered) low.remove_suffix(1);
  if (!lettered && per.empty()) return std::nullopt;
  auto low_said = cents(low, !per.empty());
  auto high_said = cents(high, !per.empty());
  std::optional<UnitName> unit = per.empty() ? std::nullopt : find_unit(per);
  if (!low_said || !high_said || (!per.empty() && !unit)) return std::nullopt;
  // The bare first end says its figure alone: "sixty to eighty cents".
  if (!lettered) low_said = low_said->substr(0, low_said->rfind(' '));
  std::string said = *low_said + " to " + *high_said;
  return Match{1, unit ? said + " per " + unit->one : said, false};
}

// "265/kg" -> " per kilogram", leaving "265" in `core`; "" when there is no slash, nothing when
// the unit after it is none the table knows.
std::optional<std::string> split_off_rate(std::string_view& core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos) return std::string();
  auto unit = per_unit(core.substr(slash + 1));
  if (!unit) return std::nullopt;
  core = core.substr(0, slash);
  return " per " + *unit;
}

// "USc 265/kg", "US¢ 80": a commodity quoted in US cents, the code before the figure as the
// trade writes it; "USc" was said as the word "usk" and the cents were lost.
std::optional<Match> cents_code_before_figure(const Words& words, std::size_t i) {
  if (!text::is_one_of(words[i].core, {"USc", "US\u00a2"}) || i + 1 >= words.size() || !words[i].suffix.empty() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = words[i + 1].core;
  auto per = split_off_rate(figure);
  if (!per) return std::nullopt;
  // Wool is quoted in thousands of cents ("USc 1,020/kg"), so the figure may be grouped.
  auto number = text::parse_plain_figure(figure);
  if (!number || number->decimals.size() > 2) return std::nullopt;
  bool one = number->integer == "1" && !number->has_point;
  return Match{2, number_words(*number, false) + (one ? " US cent" : " US cents") + *per, false};
}

// "to 764 USc", "1,020 USc/kg", "58.5 NZc": the country's cents written after the figure as one
// word, said "seven hundred sixty four US cents"; eSpeak NG said "USc" as the word "usk". The
// figure may be thousands of cents, as wool quotes them.
std::optional<Match> figure_before_country_cents(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view letters = words[i + 1].core;
  auto per = split_off_rate(letters);
  if (!per) return std::nullopt;
  if (!is_country_cents(letters)) return std::nullopt;
  auto number = text::parse_plain_figure(words[i].core);
  if (!number || number->decimals.size() > 2) return std::nullopt;
  bool one = number->integer == "1" && !number->has_point;
  std::string whose(letters.substr(0, 2));
  return Match{2, number_words(*number, false) + " " + whose + (one ? " cent" : " cents") + *per, false};
}

// "slipped 4 c to 655c", "up 7 c a bushel": the cents letter spaced from its figure, as some
// market wires print it. A spaced "c" is also a section's or a grade's letter ("Section 5 c",
// "grade 4 c"), so it is cents only after a price move on a line of prices or sales.
std::optional<Match> spaced_cents(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() || words[i + 1].core != "c" ||
      words[i].core.empty() || !text::is_digit(words[i].core.front())) {
    return std::nullopt;
  }
  auto spoken = cents(words[i].core);
  if (!spoken || is_celsius(words, i, words[i].core)) return std::nullopt;
  bool moved = quoted_in_cents(words, i, 2) ||
               (i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"up", "down"}) &&
                (speaks_of_cents(words) || text::any_word(words, is_sale_word)));
  if (!moved) return std::nullopt;
  return Match{2, *spoken, false};
}

}  // namespace

std::optional<Match> match_cents(const Words& words, std::size_t i) {
  if (auto coded = cents_code_before_figure(words, i)) return coded;
  if (auto coded = figure_before_country_cents(words, i)) return coded;
  if (auto spaced = spaced_cents(words, i)) return spaced;
  std::string_view core = words[i].core;
  // "42¢/kWh": the cent sign before a unit's slash is cents per that unit; the sign rule read
  // the slash aloud.
  if (std::size_t slash = core.find("¢/"); slash != std::string_view::npos && slash > 0) {
    auto spoken = cents(core.substr(0, slash));
    auto unit = find_unit(core.substr(slash + 3));
    if (spoken && unit) return Match{1, *spoken + " per " + unit->one, false};
  }
  // "fell to US64.2c", "NZ58c": the country's letters before the figure say whose cents they are
  // ("sixty four point two US cents"); eSpeak NG said "U S sixty four point two c".
  for (std::string_view whose : {"US", "NZ"}) {
    if (core.size() < whose.size() + 2 || !text::starts_with(core, whose) || !text::is_digit(core[whose.size()]) ||
        core.back() != 'c') {
      continue;
    }
    auto spoken = cents(core.substr(whose.size(), core.size() - whose.size() - 1));
    if (!spoken) return std::nullopt;
    std::size_t last = spoken->rfind(' ');
    return Match{1, spoken->substr(0, last) + " " + std::string(whose) + spoken->substr(last), false};
  }
  // "8c-9c" alone is a span of grades or labels; a unit or a line of prices makes it money.
  if (auto range = joined_cents_range(core); range && (core.find("c/") != std::string_view::npos || speaks_of_cents(words))) {
    return range;
  }
  std::string_view per;
  if (std::size_t slash = core.find("c/"); slash != std::string_view::npos && slash > 0) {
    per = core.substr(slash + 2);
    core = core.substr(0, slash + 1);
  }
  if (core.size() < 2 || core.back() != 'c') return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  // "sold for 1,725c/kg": a price per unit may be thousands of cents; a grouped figure alone
  // ("the 1,200c engine") is not read as cents, whatever else the line prices, unless it stands
  // in a price's place ("sold at 1,384c") or ends a range of cents ("lifted 12c to 1,046c").
  bool closes_range = i >= 2 && opens_cents_range(words, i - 2);
  bool quoted = per.empty() && quoted_in_cents(words, i);
  auto spoken = cents(figure, !per.empty() || quoted || closes_range);
  if (!spoken) return std::nullopt;
  if (!per.empty()) {
    auto unit = find_unit(per);
    if (!unit) return std::nullopt;
    return Match{1, *spoken + " per " + std::string(unit->one), false};
  }
  if (is_celsius(words, i, figure)) {
    bool one = figure == "1";
    return Match{1, number_words(*text::parse_number(figure), false) + (one ? " degree Celsius" : " degrees Celsius"), false};
  }
  bool moved = (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"up", "down", "by", "to", "of", "at", "from"})) ||
               opens_cents_range(words, i) || closes_range || quoted;
  bool fraction = figure.find_first_of(".,") != std::string_view::npos;
  bool change_after = i + 1 < words.size() && words[i].suffix.empty() && names_a_price_change(words[i + 1].core);
  bool bare = text::all_digits(figure) && figure[0] != '0';
  if (!fraction && !moved && !(bare && (change_after || text::any_word(words, is_price_word)))) return std::nullopt;
  // "an 82c hike": before the noun it qualifies, one compound adjective in the singular.
  if (bare && is_adjectival(words, i, 1)) return Match{1, text::hyphenated(number_words(*text::parse_number(figure), false) + " cent"), false};
  return Match{1, *spoken, false};
}

}  // namespace briefcast::rules
