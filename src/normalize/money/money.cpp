// Money: "$20", "$20.50", "$.02", "£2.01", "¥30b", "$3.5 billion", "€20m", "US$5", "USD 5",
// "$20/mo". The amount is read as a figure, then the currency: "three point five billion
// dollars", "twenty dollars fifty cents". Whether an amount qualifies a noun is adjectival_quantities.cpp's.
#include <algorithm>
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/articles.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The signs before or after a figure, longest first so that "US$" wins over "$". Signs only
// printed after a figure ("98 zł") are continental_money.cpp's, which reads them by their code.
const std::vector<const Currency*>& signs_before() {
  static const auto signs = currencies_written(currency_use::kSign);
  return signs;
}

}  // namespace

const Currency* currency_for_sign(std::string_view sign) {
  return currency_written(sign, currency_use::kSign | currency_use::kAfter);
}

std::optional<std::string> scale_suffix(std::string_view s) {
  if (s.empty()) return std::string();
  if (s == "k" || s == "K") return std::string("thousand");
  if (s == "m" || s == "M") return std::string("million");
  if (s == "b" || s == "B") return std::string("billion");
  if (s == "t" || s == "T" || s == "tr" || s == "trn") return std::string("trillion");
  // "RM1.2bil", "RM500mil": Malaysian papers shorten the scales so, glued; apart, "mil" is the
  // Spanish thousand ("USD 44 mil millones").
  if (s == "mil") return std::string("million");
  if (s == "bil") return std::string("billion");
  return money_scale(s);
}

std::optional<std::string> per_unit(std::string_view s) {
  std::string w = text::lower(s);
  // Trade units of commodity prices: "USD/MT", "$/t", "$/bbl", "c/bu".
  if (w == "mt") return std::string("metric ton");
  if (w == "t") return std::string("tonne");
  // Steel and coal in the US are priced per short ton ("$1,120/st"); "st" was said "cent".
  if (w == "st") return std::string("short ton");
  // Pulp is priced per air-dried metric tonne ("$900/ADMT"); the letters were read as a word.
  if (w == "admt") return std::string("air-dried metric tonne");
  if (w == "bbl") return std::string("barrel");
  if (w == "bu") return std::string("bushel");
  // Farm rents and input costs per acre ("$240/ac"); "ac" was spelt.
  if (w == "ac") return std::string("acre");
  // A wine merchant's price per bottle, case or dozen ("£42/btl", "$480/cs").
  if (w == "btl" || w == "bt") return std::string("bottle");
  if (w == "cs") return std::string("case");
  if (w == "doz") return std::string("dozen");
  if (w == "mo" || w == "mth" || w == "month") return std::string("month");
  if (w == "yr" || w == "y" || w == "year" || w == "annum" || w == "a") return std::string("year");
  if (w == "d" || w == "day") return std::string("day");
  if (w == "wk" || w == "week") return std::string("week");
  // A dividend per quarter ("$0.42/qtr"); spelt "Q T R" the word was lost.
  if (w == "qtr" || w == "qtrs" || w == "quarter") return std::string("quarter");
  if (w == "h" || w == "hr" || w == "hour") return std::string("hour");
  if (w == "min") return std::string("minute");
  if (auto unit = find_unit(s)) return unit->one;  // "$3.45/gal" -> "per gallon"
  // A mass of a metal ("$/kgU"), which the unit table does not name; not every ratio unit, as
  // "$5/K-12" is per grade band, never per kelvin.
  if (auto name = unit_of_metal(s)) return name;
  // "$3,100/FEU": an initialism stays in capitals, spelt; lowered it was said as a word.
  if (text::is_capitals_word(s)) return std::string(s);
  if (text::all_alpha(w)) return w;
  return std::nullopt;
}

namespace {

bool all_zero(std::string_view digits) { return digits.find_first_not_of('0') == std::string_view::npos; }

// "US$0.12" -> "twelve US cents": with no units said, the cents keep the country of the
// dollar, which "twelve cents" lost ("A$0.50" -> "fifty Australian cents"), and the euro its
// name ("€0.73" -> "seventy three euro cents"): "cents" alone is heard as the dollar's. The
// owner and a space ("US ", "euro "), or nothing for any other currency.
std::string cents_owner(const Currency& c) {
  if (c.code == "EUR") return "euro ";
  std::string_view one = c.one;
  return text::ends_with(one, " dollar") ? std::string(one.substr(0, one.size() - 6)) : std::string();
}

}  // namespace

std::string speak_amount(const text::NumberLiteral& n, const Currency& c) {
  std::string decimals = n.decimals;
  if (decimals.size() > 2 && all_zero(std::string_view(decimals).substr(2))) decimals.resize(2);
  std::string major_digits = n.integer.empty() ? "0" : n.integer;
  if (major_digits.size() > kMaxNumberDigits || (decimals.size() > 2) || (!decimals.empty() && c.minor_one.empty())) {
    // Not a price in units and cents: read the figure, then the currency. A price to two places
    // in a currency whose small unit goes unnamed ("NOK 22.40", "CHF 9.50") drops the zero
    // that closes it, as "$22.40" says no "zero": "twenty two point four Norwegian kroner".
    text::NumberLiteral said = n;
    if (said.decimals.size() == 2 && said.decimals.back() == '0') {
      said.decimals.pop_back();
      if (said.decimals == "0") {
        said.decimals.clear();
        said.has_point = false;
      }
    }
    return number_words(said) + " " + std::string(c.many);
  }
  if (decimals.size() == 1) decimals += '0';
  std::string out;
  bool has_major = !all_zero(major_digits);
  bool has_minor = !decimals.empty() && !all_zero(decimals);
  if (n.negative) out += "minus ";
  if (has_major || !has_minor) {
    out += cardinal_words(major_digits, false) + " ";
    out += (major_digits == "1") ? c.one : c.many;
  }
  if (has_minor) {
    // "twenty dollars fifty cents": the units and then the cents, as a price is read out; the
    // "and" some speakers put between them is left out, as the reference convention does.
    if (has_major) out += " ";
    out += cardinal_words(decimals) + " ";
    if (!has_major) out += cents_owner(c);
    out += (decimals == "01") ? c.minor_one : c.minor_many;
  }
  return out;
}

std::string speak_scaled(const text::NumberLiteral& n, const std::string& scale, const Currency& c) {
  return number_words(n) + " " + scale + " " + std::string(c.many);
}

namespace {

// "$20", "$3.5bn", "$20/mo": a currency symbol, the figure, an optional scale letter and an
// optional "per" unit. Returns the currency and the rest.
struct Parsed {
  const Currency* currency = nullptr;
  text::NumberLiteral number;
  std::string scale;
  std::string per;
  bool hyphenated = false;  // "$3.5-billion deal": a compound adjective
};

// "£1,200pcm", "£30,000 pa", "£250pw", "€50pp": British rates after an amount ("pp" there is
// per person, never percentage points; a hotel's "pppn" per person per night, "pn" per night);
// a rent per square foot or meter, "$42 psf", "£300 psm".
std::optional<std::string_view> rate_after_amount(std::string_view written) {
  static constexpr std::pair<std::string_view, std::string_view> kRates[] = {
      {"pcm", "calendar month"}, {"pw", "week"}, {"pp", "person"},
      {"pppn", "person per night"}, {"pn", "night"},
      {"psf", "square foot"},    {"psm", "square meter"}};
  if (is_per_annum_mark(written)) return "annum";
  for (const auto& [abbreviation, said] : kRates) {
    if (written == abbreviation) return said;
  }
  return std::nullopt;
}

// `scale_follows`: the next word is a scale, which makes "3,4" of "€3,4 mln" a decimal.
std::optional<Parsed> parse(std::string_view core, bool scale_follows = false) {
  // Every amount holds a figure; most words have none, and the currency tables are long.
  if (std::none_of(core.begin(), core.end(), text::is_digit)) return std::nullopt;
  Parsed p;
  bool negative = false;
  if (!core.empty() && core[0] == '-') {
    negative = true;
    core.remove_prefix(1);
  }
  for (const Currency* c : signs_before()) {
    if (text::starts_with(core, c->written)) {
      p.currency = c;
      core.remove_prefix(c->written.size());
      break;
    }
  }
  if (p.currency == nullptr) core.remove_prefix(dollar_prefix_length(core, &p.currency));
  std::string english;  // the figure with a decimal point, when it was written with a comma
  if (p.currency == nullptr) {
    // A symbol after the figure: "5€", "20$", "6,99€".
    std::size_t n = text::number_prefix_length(core);
    if (n == 0) return std::nullopt;
    for (const Currency* c : signs_before()) {
      if (!text::ends_with(core, c->written)) continue;
      std::string_view figure = core.substr(0, core.size() - c->written.size());
      if (figure.size() == n || english_money_figure(figure, false)) {
        p.currency = c;
        core = figure;
        break;
      }
    }
    if (p.currency == nullptr) return std::nullopt;
  }
  // "€27,90", "€3,4m": a decimal comma, read as the point it stands for.
  if (auto figure = english_money_figure(core, scale_follows)) {
    english = std::move(*figure);
    core = english;
  }
  std::size_t n = text::number_prefix_length(core);
  if (n == 0 || core[0] == '-' || core[0] == '+') return std::nullopt;
  auto number = text::parse_number(core.substr(0, n));
  if (!number) return std::nullopt;
  p.number = *number;
  p.number.negative = negative;
  std::string_view rest = core.substr(n);
  if (rest.size() > 1 && rest[0] == '-') {
    auto scale_word = speak_scale(rest.substr(1));
    if (!scale_word) return std::nullopt;
    p.scale = *scale_word;
    p.hyphenated = true;
    return p;
  }
  for (std::size_t k = 2; k <= 4 && k <= rest.size(); ++k) {
    auto rate = rate_after_amount(rest.substr(rest.size() - k));
    auto glued_scale = rate ? scale_suffix(rest.substr(0, rest.size() - k)) : std::nullopt;
    if (!glued_scale) continue;
    p.scale = *glued_scale;
    p.per = *rate;
    return p;
  }
  std::size_t slash = rest.find('/');
  std::string_view scale = rest.substr(0, slash);
  auto scale_word = scale_suffix(scale);
  if (!scale_word) return std::nullopt;
  p.scale = *scale_word;
  if (slash != std::string_view::npos) {
    auto per = per_unit(rest.substr(slash + 1));
    if (!per) return std::nullopt;
    p.per = *per;
  }
  return p;
}

}  // namespace

std::string singular_unit(std::string spoken, const Currency& c) {
  if (text::ends_with(spoken, std::string(" ") + std::string(c.many)) && c.many != c.one) {
    spoken.resize(spoken.size() - c.many.size());
    spoken += c.one;
  }
  return spoken;
}

namespace {

// "$1.7650/lb", "$0.0325/kWh": a commodity's price per unit in hundredths of a cent, said as the
// units and the cents with their fraction ("one dollar seventy-six point five cents"), not
// "one point seven six five zero dollars".
std::optional<std::string> fine_unit_price(const Parsed& p) {
  const text::NumberLiteral& n = p.number;
  std::string_view decimals = n.decimals;
  while (decimals.size() > 2 && decimals.back() == '0') decimals.remove_suffix(1);
  if (p.per.empty() || !p.scale.empty() || n.negative || n.grouped || decimals.size() < 3 || decimals.size() > 4 ||
      n.integer.size() > 3 || p.currency->minor_one.empty()) {
    return std::nullopt;
  }
  std::string out;
  std::string major = n.integer.empty() ? "0" : n.integer;
  if (!all_zero(major)) out = cardinal_words(major) + " " + std::string(major == "1" ? p.currency->one : p.currency->many) + " ";
  std::string_view cents = decimals.substr(0, 2);
  if (cents[0] == '0') cents.remove_prefix(1);
  out += cardinal_words(cents) + " point " + digit_words(decimals.substr(2)) + " ";
  // "US$0.077/kWh" -> "seven point seven US cents", as speak_amount says the cents alone.
  if (all_zero(major)) out += cents_owner(*p.currency);
  return out + std::string(p.currency->minor_many);
}

std::string speak_parsed(const Parsed& p) {
  if (auto fine = fine_unit_price(p)) return *fine + " per " + p.per;
  std::string out = p.scale.empty() ? speak_amount(p.number, *p.currency) : speak_scaled(p.number, p.scale, *p.currency);
  if (p.hyphenated) out = singular_unit(out, *p.currency);
  if (!p.per.empty()) out += " per " + p.per;
  return out;
}

// The scale word after the amount at `i` ("€1.2 m", "€3,4 mln"), if there is one.
std::optional<std::string> scale_next(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  return money_scale(words[i + 1].core);
}

// "a €0.25 deposit", "a $.50 fee": no whole units, so the cents alone are the adjective, "a
// twenty-five-cent deposit" ("zero-euro-twenty-five" was no English). The unit is singular as
// in any compound adjective, but a pence count keeps its word: "a ten-pence levy".
std::optional<Match> minor_adjective(std::string_view decimals, const Currency& c, std::size_t count) {
  if (all_zero(decimals)) return std::nullopt;
  if (decimals[0] == '0') decimals.remove_prefix(1);
  bool pence = c.minor_many == "pence" && decimals != "1";
  std::string unit(pence ? c.minor_many : c.minor_one);
  return Match{count, text::hyphenated(cardinal_words(decimals) + " " + unit), false};
}

std::optional<Match> adjectival_price(const Words& words, std::size_t i, const Parsed& p) {
  // "the $90/t levy" -> "the ninety-dollar-a-tonne levy": a whole price per unit before its noun.
  bool plain = p.scale.empty() && !p.number.has_point && p.per.find(' ') == std::string::npos;
  if (!plain || !is_adjectival(words, i, 1)) return std::nullopt;
  Parsed whole = p;
  whole.per.clear();
  // "an ounce", "an acre", "a tonne": the article goes by the unit's first sound.
  return Match{1, text::hyphenated(singular_unit(speak_parsed(whole), *p.currency) + " " + with_indefinite_article(p.per)), false};
}

std::optional<Match> adjectival_money(const Words& words, std::size_t i) {
  if (i == 0) return std::nullopt;
  auto parsed = parse(words[i].core, scale_next(words, i).has_value());
  if (!parsed) return std::nullopt;
  if (!parsed->per.empty()) return adjectival_price(words, i, *parsed);
  std::size_t count = 1;
  if (parsed->scale.empty()) {
    if (auto scale = scale_next(words, i)) {
      parsed->scale = *scale;
      count = 2;
    }
  }
  if (!is_adjectival(words, i, count) || amount_is_relative_object(words, i, count)) return std::nullopt;
  // "a $66.87 increase", "a £2.50 charge": the whole units as the adjective, then the cents
  // as a bare figure ("a sixty-six-dollar-eighty-seven increase"), as a newsreader says it.
  if (parsed->scale.empty() && parsed->number.has_point) {
    const text::NumberLiteral& n = parsed->number;
    if (n.decimals.size() != 2 || n.negative || parsed->currency->minor_one.empty()) return std::nullopt;
    if (all_zero(n.integer)) return minor_adjective(n.decimals, *parsed->currency, count);
    std::string cents = n.decimals[0] == '0' ? "oh " + cardinal_words(n.decimals.substr(1)) : cardinal_words(n.decimals);
    std::string spoken = cardinal_words(n.integer) + " " + std::string(parsed->currency->one);
    if (n.decimals != "00") spoken += " " + cents;
    return Match{count, text::hyphenated(spoken), false};
  }
  // One compound adjective, said as one: "a four-hundred-dollar phone".
  return Match{count, text::hyphenated(singular_unit(speak_parsed(*parsed), *parsed->currency)), false};
}

}  // namespace

// "£50,000-a-year", "$15-an-hour": an amount hyphened to the words it goes with is one
// compound adjective, its currency in the singular ("fifty-thousand-pound-a-year").
std::optional<std::string> hyphened_amount(std::string_view core) {
  std::size_t dash = core.find('-', 1);
  if (dash == std::string_view::npos || dash + 1 >= core.size()) return std::nullopt;
  std::string_view words = core.substr(dash + 1);
  for (char c : words) {
    if (!text::is_alpha(c) && c != '-') return std::nullopt;
  }
  auto parsed = parse(core.substr(0, dash));
  if (!parsed || !parsed->per.empty() || (parsed->scale.empty() && parsed->number.has_point)) return std::nullopt;
  return text::hyphenated(singular_unit(speak_parsed(*parsed), *parsed->currency) + " " + std::string(words));
}

namespace {

// "£15/£12", "$5/$10": two amounts offered side by side, either one.
std::optional<std::string> amount_pair(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  auto left = parse(core.substr(0, slash));
  auto right = parse(core.substr(slash + 1));
  if (!left || !right || !left->per.empty() || !right->per.empty()) return std::nullopt;
  return speak_parsed(*left) + " or " + speak_parsed(*right);
}

}  // namespace

std::optional<std::string> speak_money(std::string_view core) {
  if (auto pair = amount_pair(core)) return pair;
  if (auto parsed = parse(core)) return speak_parsed(*parsed);
  if (auto p = speak_pence(core)) return p;
  // "$100,000+": an amount and more.
  if (core.size() > 2 && core.back() == '+') {
    if (auto parsed = parse(core.substr(0, core.size() - 1))) return speak_parsed(*parsed) + " plus";
  }
  return hyphened_amount(core);
}

namespace {

// "US $3.66", "NZ $2 billion": the country of a dollar written apart from its sign is the
// amount's currency, as "US$3.66" is; alone, "US" would be said before the figure as a word.
std::optional<Match> country_before_sign(const Words& words, std::size_t i) {
  const Word& country = words[i];
  if (i + 1 >= words.size() || !country.suffix.empty() || !words[i + 1].prefix.empty() ||
      dollar_of_country(country.core) == nullptr || country.core.size() < 2 || !text::is_capitals_word(country.core)) {
    return std::nullopt;
  }
  const Word& amount = words[i + 1];
  if (amount.core.size() < 2 || amount.core[0] != '$' || !text::is_digit(amount.core[1])) return std::nullopt;
  std::string joined = std::string(country.core) + std::string(amount.core);
  // The word before stays in view: after "a" the amount may qualify a noun ("a US $40 fee").
  Words rest;
  if (i > 0) rest.push_back(words[i - 1]);
  rest.push_back(Word{joined, {}, joined, amount.suffix});
  for (std::size_t k = i + 2; k < words.size() && k < i + 4; ++k) rest.push_back(words[k]);
  if (auto money = match_money(rest, i > 0 ? 1 : 0)) return Match{money->count + 1, money->spoken, money->eat_period};
  if (auto single = speak_money(joined)) return Match{2, *single, false};
  return std::nullopt;
}

}  // namespace

namespace {

// "€30++", "S$45++": a hotel's or a restaurant's price before its service charge and tax, said
// as they are added ("euro thirty plus plus" was read).
std::optional<Match> before_service_and_tax(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 4 || !text::ends_with(core, "++")) return std::nullopt;
  auto said = speak_money(core.substr(0, core.size() - 2));
  if (!said) return std::nullopt;
  return Match{1, *said + " plus tax and service", false};
}

}  // namespace

std::optional<Match> match_money(const Words& words, std::size_t i) {
  if (auto taxed = before_service_and_tax(words, i)) return taxed;
  if (auto continental = match_continental_money(words, i)) return continental;
  if (auto regional = match_regional_money(words, i)) return regional;
  if (auto joined = country_before_sign(words, i)) return joined;
  if (auto c = match_cents(words, i)) return c;
  if (auto adjective = adjectival_money(words, i)) return adjective;
  const Word& w = words[i];
  bool has_next = i + 1 < words.size();
  // "$3.50/sq ft", "$12/sq. m": a price per an area whose length is the next word.
  if (has_next && w.suffix.empty() && words[i + 1].prefix.empty()) {
    if (auto parsed = parse(w.core); parsed && (parsed->per == "sq" || parsed->per == "sq.")) {
      if (auto area = find_unit("sq" + std::string(words[i + 1].core))) {
        parsed->per = area->one;
        bool abbreviates = words[i + 1].suffix == "." && i + 2 < words.size() && !words[i + 2].core.empty() &&
                           text::is_lower(words[i + 2].core[0]);
        return Match{2, speak_parsed(*parsed), abbreviates};
      }
    }
  }
  // "up to $1-billion to Alberta": a hyphened scale with no noun after it is a plain sum.
  // A bracketed one ("(US$171-million) telescope") still qualifies the noun after it.
  bool bracketed = w.suffix.find(')') != std::string_view::npos;
  if (auto parsed = parse(w.core); parsed && parsed->hyphenated && parsed->per.empty() && !bracketed) {
    std::string_view next = has_next && w.suffix.empty() ? words[i + 1].core : std::string_view();
    if (next.empty() || !text::is_lower(next[0]) || text::is_function_word(text::lower(next)) || is_not_noun(next)) {
      parsed->hyphenated = false;
      return Match{1, speak_parsed(*parsed), false};
    }
  }
  // "$3.5 billion": the scale is the next word; "£900 pcm": the rate is.
  if (has_next && w.suffix.empty()) {
    auto parsed = parse(w.core, scale_next(words, i).has_value());
    if (auto rate = rate_after_amount(words[i + 1].core); parsed && parsed->per.empty() && rate) {
      parsed->per = *rate;
      bool dotted = is_per_annum_mark(words[i + 1].core) && text::has_period(words[i + 1]);
      return Match{2, speak_parsed(*parsed), dotted && !period_ends_sentence(words, i + 1)};
    }
    if (parsed && parsed->scale.empty() && parsed->per.empty() && words[i + 1].prefix.empty()) {
      if (auto scale = money_scale(words[i + 1].core)) {
        parsed->scale = *scale;
        return Match{2, speak_parsed(*parsed), scale_period(words, i + 1)};
      }
    }
  }
  // "US$ 54", "€ 20": the symbol stands apart from the figure.
  if (has_next && w.suffix.empty() && words[i + 1].prefix.empty()) {
    for (const Currency* c : signs_before()) {
      if (w.core != c->written) continue;
      std::string joined = std::string(c->written) + std::string(words[i + 1].core);
      auto parsed = parse(joined);
      if (!parsed) break;
      // "$ 80.9 billion", "US$ 1.6 trillion": the scale word after the figure belongs to it, and
      // the point is then a decimal, never cents.
      if (parsed->scale.empty() && parsed->per.empty() && words[i + 1].suffix.empty() && i + 2 < words.size()) {
        if (auto scale = money_scale(words[i + 2].core); scale && words[i + 2].prefix.empty()) {
          parsed->scale = *scale;
          return Match{3, speak_parsed(*parsed), scale_period(words, i + 2)};
        }
      }
      return Match{2, speak_parsed(*parsed), false};
    }
  }
  // A code that is also a body's initials ("NPR", "TRY") is money only in money's frame or beside a
  // word of its home (home_letters_unframed); a price per unit was read whole by price_per_unit.cpp.
  const Currency* c = currency_of_code(words[i].core);
  if (c != nullptr && home_letters_unframed(words, i, *c)) return std::nullopt;
  return match_currency_code(words, i);
}

std::optional<Match> money_in_place(const Words& words, std::size_t i, const std::string& amount) {
  Words rest;
  if (i > 0) rest.push_back(words[i - 1]);
  rest.push_back(Word{amount, "", amount, words[i].suffix});
  if (i + 1 < words.size() && words[i].suffix.empty()) rest.push_back(words[i + 1]);
  if (auto money = match_money(rest, i > 0 ? 1 : 0)) return money;
  auto alone = speak_money(amount);
  if (!alone) return std::nullopt;
  return Match{1, *alone, false};
}

}  // namespace briefcast::rules
