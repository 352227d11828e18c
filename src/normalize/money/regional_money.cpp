// Rupees, shillings, rand, naira, dirhams, riyals and pesos as South Asian, African,
// Gulf and Philippine papers write them: "Rs 3.27 lakh crore", "Rs. 10,000/-",
// "Rs-1440", "₹2,481 cr", "Rs 3,27,747 crore" (lakh grouping), "KSh 3,500",
// "Sh5,600", "KShs. 2,300", "R16.03", "N28.7 trillion", "AED 202.5 million",
// "Dh6.24 billion", "QR93.0mn", "SAR 37.75", "P4.13 billion", "PHP6.43 billion", "Rp16,200".
// The figure is read, then its scale words, then the currency once: "three point
// two seven lakh crore rupees", as a newsreader says it.
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/money/placed_prices.h"
#include "normalize/number_words.h"
#include "normalize/page_conventions.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// A one-letter sign ("R", "N") also opens road numbers, masks and models
// ("R101", "N95"): it names money only when glued to a figure that has money's
// shape (grouped thousands, cents, a scale word), and then it has cents to say.
using Prefix = Currency;

// The letters and signs before a figure, from the currency table: longest first, so that
// "Rs." wins over "Rs" and "KShs" over "KSh", and every one-letter sign last.
const std::vector<const Prefix*>& prefixes() {
  static const auto table = currencies_written(currency_use::kPrefix);
  return table;
}


// "SR 520", "QR code", "PHP 8" are also a road, a code and a language: like a
// one-letter sign, these need money's shape.
bool needs_shape(const Prefix& p) { return (p.use & currency_use::kShape) != 0; }

// "Hong Kong SAR 25 years on", "Macau SAR 2019-2023": the special administrative region, not riyals.
bool names_a_region(const Words& words, std::size_t i, const Prefix& p) {
  return p.written == "SAR" && i > 0 && text::is_one_of(words[i - 1].core, {"Kong", "Macau", "Macao"});
}

}  // namespace

const Prefix* prefix_of(std::string_view core, std::size_t& length) {
  for (const Prefix* p : prefixes()) {
    if (text::starts_with(core, p->written)) {
      length = p->written.size();
      return p;
    }
  }
  return nullptr;
}

namespace {

// "crores", "Cr", "lakhs", "million": a scale word after the figure, in its
// spoken form.
std::optional<std::string> scale_word(std::string_view word) {
  std::string w = text::lower(word);
  if (w == "cr" || w == "crores") return std::string("crore");
  if (w == "lakhs" || w == "lac" || w == "lacs") return std::string("lakh");
  // "kr 1.4 mio.", "KSh 2 mln": the scales money is written with anywhere.
  return money_scale(word);
}

// "1,50,000", "3,27,747", "60,95,54,000": figures grouped in lakhs and crores
// (two digits between commas) as well as the Western "54,374". Returns the
// number without its commas.
std::optional<text::NumberLiteral> figure(std::string_view s) {
  std::string digits;
  std::size_t group = 0;
  bool grouped = false;
  std::size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    if (s[i] == ',') {
      if (group == 0 || (grouped && group != 2 && group != 3)) return std::nullopt;
      grouped = true;
      group = 0;
    } else if (text::is_digit(s[i])) {
      digits.push_back(s[i]);
      ++group;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || (grouped && group != 3)) return std::nullopt;
  auto number = text::parse_number(digits + std::string(s.substr(i)));
  if (!number) return std::nullopt;
  // "13500.00 lakh", "Rs. 200.00": whole rupees, the zeros unsaid.
  if (number->decimals.find_first_not_of('0') == std::string::npos) {
    number->decimals.clear();
    number->has_point = false;
  }
  number->grouped = grouped;
  return number;
}

struct Amount {
  const Prefix* currency = nullptr;
  text::NumberLiteral number;
  std::string scale;      // "lakh crore", "crore", or empty
  std::size_t count = 0;  // words consumed
  const Prefix* home = nullptr;  // the named home whose minor unit is said ("Sri Lanka": cents)
};


// The last word of a currency's name, lowered ("Kuwaiti dinars" -> "dinars").
std::string_view name_tail(std::string_view name) {
  std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// "SR 200", "KD 300", "OMR 12": letters that also name roads, flights, ratings, models and
// answer sheets ("SR 520", "Qatar Airways QR 908", "KD 3 rating", "OMR 2024 answer key") open a
// plain figure as money only when the currency's own name follows the figure ("KD 300
// dinars"); a line that merely names the currency or its home elsewhere is no cue, since a
// flight or a road is as often named beside the fare. Word k is the word after the figure.
bool plain_figure_named(const Words& words, std::size_t k, const Prefix& p) {
  if (!needs_shape(p) || is_one_letter(p) || k >= words.size()) return false;
  std::string lowered = text::lower(words[k].core);
  return lowered == name_tail(p.one) || lowered == name_tail(p.many);
}

// The figure after the sign p (of length letters) at word i: glued to it or in the next word.
std::optional<WrittenFigure> figure_after_sign(const Words& words, std::size_t i, const Prefix& p, std::size_t length) {
  WrittenFigure f{std::string(words[i].core.substr(length)), 1, false, {}};
  f.glued = !f.text.empty();
  // "P 5 billion": a one-letter sign stands apart only before a figure and its
  // scale word; "QR 3,512,095,718.22" before a figure of money's shape.
  if (!f.glued && needs_shape(p) && i + 1 < words.size()) {
    std::string_view next = words[i + 1].core;
    bool scaled = i + 2 < words.size() && words[i + 1].suffix.empty() && text::all_digits(next) &&
                  scale_word(words[i + 2].core);
    // "Bt 12bn", "KD 4bn": a scale's letters run onto the figure are money's shape too.
    std::size_t digits = text::number_prefix_length(next);
    auto glued_scale = digits > 0 ? scale_suffix(next.substr(digits)) : std::nullopt;
    bool scaled_letters = glued_scale && !glued_scale->empty() && !text::is_one_of(next.substr(digits), {"k", "K", "t", "T"});
    bool shaped = !is_one_letter(p) && (next.find_first_of(",.") != std::string_view::npos || scaled_letters);
    f.named = words[i + 1].suffix.empty() && plain_figure_named(words, i + 2, p);
    // "the fare is Bt 40": a whole figure apart from the baht's letters; amount_at decides.
    bool plain_baht = p.code == "THB" && text::all_digits(next);
    if (!words[i].suffix.empty() || !(scaled || shaped || f.named || plain_baht)) return std::nullopt;
  }
  if (f.glued) f.named = words[i].suffix.empty() && plain_figure_named(words, i + 1, p);
  // "RM 200 series": the ringgit's letters apart from a figure as often name a model or a
  // unit; Malaysian copy glues them to the figure.
  if (!f.glued && p.code == "MYR") return std::nullopt;
  if (!f.glued) {
    // "Rs. 500": the abbreviation's period is the word's suffix.
    bool period_ok = words[i].suffix.empty() || (words[i].suffix == "." && p.written.back() != '.');
    if (!period_ok || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
    f.text = std::string(words[i + 1].core);
    f.count = 2;
  }
  if (f.text.empty() || !text::is_digit(f.text[0])) return std::nullopt;
  return f;
}

// "Rs. 1, 50,000/-", "Sh2, 800": a slip of a space inside the figure's grouping, mended.
WrittenFigure mended_grouping(const Words& words, std::size_t i, WrittenFigure f) {
  std::size_t last = i + f.count - 1;
  if (words[last].suffix == "," && f.text.size() <= 3 && text::all_digits(f.text) && last + 1 < words.size()) {
    std::string rest(words[last + 1].core);
    if (text::ends_with(rest, "/-")) rest.resize(rest.size() - 2);
    if (rest.size() >= 3 && text::is_digit(rest[0]) && words[last + 1].prefix.empty() && figure(f.text + "," + rest)) {
      f.text += "," + rest;
      ++f.count;
    }
  }
  return f;
}

// The "/-" that closes a rupee figure dropped, and a scale run onto the figure taken off it.
// After a sign that needs money's shape, "k" and "t" are no scale: they end models and races
// as often ("P5K", "R5k runners", "N2K"); "R5bn", "N2m" are money's.
WrittenFigure without_glued_scale(WrittenFigure f, const Prefix& p) {
  if (text::ends_with(f.text, "/-")) f.text.resize(f.text.size() - 2);
  for (std::string_view glued_scale : {"cr", "Cr", "crore"}) {
    if (f.text.size() > glued_scale.size() && text::ends_with(f.text, glued_scale)) {
      f.text.resize(f.text.size() - glued_scale.size());
      f.scale = "crore";
      return f;
    }
  }
  // "N10billion", "Sh5bn", "Dh467.6m": a scale word or letter run onto the figure.
  std::size_t letters = f.text.find_first_not_of("0123456789.,");
  if (letters != std::string::npos && letters > 0) {
    std::string_view tail = std::string_view(f.text).substr(letters);
    auto scale = scale_suffix(tail);  // "m", "k", "bn", "mn", "mln", as after any money sign
    if (!scale) scale = scale_word(tail);
    if (scale && needs_shape(p) && text::is_one_of(tail, {"k", "K", "t", "T"})) scale.reset();
    if (scale) {
      f.scale = *scale;
      f.text.resize(letters);
    }
  }
  return f;
}

// "lakh crore": up to two scale words, each in its own word, after the amount's words.
Amount with_spaced_scales(const Words& words, std::size_t i, Amount a) {
  for (int k = 0; k < 2 && (k > 0 || a.scale.empty()) && i + a.count < words.size(); ++k) {
    if (!words[i + a.count - 1].suffix.empty()) break;
    auto scale = scale_word(words[i + a.count].core);
    if (!scale || !words[i + a.count].prefix.empty()) break;
    a.scale += (a.scale.empty() ? "" : " ") + *scale;
    ++a.count;
  }
  return a;
}

// Whether the amount, written as f, has the shape of money in its currency. `sibling` as for
// amount_at.
bool has_money_shape(const Amount& a, const WrittenFigure& f, bool sibling, bool rated = false) {
  const Prefix& p = *a.currency;
  // "R16.03", "R3.00", "R13.4713 to the dollar": two or more figures after the point.
  std::size_t point = f.text.find('.');
  bool cents_shape = point != std::string::npos && f.text.size() - point > 2;
  std::size_t comma = f.text.find(',');
  bool lakh_grouped = comma != std::string::npos && f.text.find(',', comma + 1) == comma + 3;  // "3,27,747"
  // "₹83.50" is rupees and paise, read by the general money rule.
  if (p.written == "\u20b9" && a.scale.empty() && !lakh_grouped) return false;
  // A sibling lends its shape to a price of two or more figures ("P25"), never
  // to a place or a level ("P1", "P2"); a rate after the figure ("R6 a tonne") to any.
  bool lent = sibling && f.glued && !a.number.has_point && (a.number.integer.size() >= 2 || rated);
  return !(needs_shape(p) && a.scale.empty() && !a.number.grouped && !cents_shape && !lent && !f.named);
}

// The figure after the prefix, a slip of a space inside its grouping ("Rs. 1,
// 50,000/-", "Sh2, 800") mended, the "/-" that closes a rupee figure dropped,
// and a glued "cr". `sibling` says the line already has money of this sign with
// money's shape, so the peso sign may open a plain whole figure ("up P25 to
// P905" beside "P30.40").
std::optional<Amount> amount_at(const Words& words, std::size_t i, bool sibling = false) {
  std::size_t length = 0;
  const Prefix* p = prefix_of(words[i].core, length);
  if (p == nullptr || !(words[i].prefix.empty() || words[i].prefix == "(")) return std::nullopt;
  if (names_a_region(words, i, *p)) return std::nullopt;
  // "Q7.78": a letter that opens models and quarters ("Q3") too names money only glued to its
  // figure, in a line that names the currency or its country.
  if ((p->use & currency_use::kCue) != 0 && (words[i].core.size() == length || !names_currency(words, *p))) {
    return std::nullopt;
  }
  auto written = figure_after_sign(words, i, *p, length);
  if (!written) return std::nullopt;
  WrittenFigure f = without_glued_scale(mended_grouping(words, i, std::move(*written)), *p);
  // "R1,21": South African copy writes the decimal comma; one comma and two
  // figures after it is cents, never a thousands group.
  if (is_one_letter(*p)) {
    if (auto dotted = text::with_decimal_point(f.text, std::string::npos, 2, 2)) f.text = *dotted;
  }
  auto number = figure(f.text);
  if (!number) return std::nullopt;
  Amount a = with_spaced_scales(words, i, Amount{p, *number, f.scale, f.count});
  // "KD 300 dinars": the name that gave the figure its shape is said once, with the amount.
  if (f.named && a.scale.empty()) ++a.count;
  bool placed = priced_at_home(words, i, *p, f) || whole_ringgit_price(words, i, *p, f);
  bool baht = whole_baht_price(words, i, *p, f);
  if (!baht && !has_money_shape(a, f, sibling || placed, placed && rate_of_a_unit(words, i, f))) return std::nullopt;
  // "the CFA 2,000 candidates": the letters are an analyst's charter as often as the franc; they
  // name money only before a scale ("CFA 1.2bn") or in a price per unit, whose unit lends the shape.
  if (p->written == "CFA" && a.scale.empty() && !sibling) return std::nullopt;
  // "The KD 3,000 km journey": letters that need money's shape, then a figure a unit measures,
  // are a label before a distance, not a price.
  const std::size_t after = i + a.count;
  if (needs_shape(*p) && a.scale.empty() && after < words.size() && words[after].prefix.empty() &&
      words[after].core.size() > 1 && !text::is_function_word(text::lower(words[after].core)) &&
      find_unit(words[after].core)) {
    return std::nullopt;
  }
  // "Rs 299.50" in Colombo is rupees and cents, in Delhi rupees and paise: a sign several homes
  // share says the minor unit of the home the line names.
  const Prefix* home = p->minor_many.empty() ? nullptr : named_home_currency(words, *p);
  if (home != nullptr && !home->minor_many.empty()) a.home = home;
  return a;
}

std::string say(const Amount& a, bool with_currency) {
  // Whole amounts as money is read ("two thousand five hundred rupees"); a
  // figure before a scale word as any scaled figure ("twelve hundred crore").
  bool whole = !a.number.has_point && a.scale.empty();
  // "R16.03" -> "sixteen rand three cents", "R0.81" -> "eighty-one cents": a
  // price in units and cents, read as any price is.
  if (with_currency && !a.currency->minor_many.empty() && a.scale.empty() && a.number.decimals.size() == 2) {
    Currency said = *a.currency;
    if (a.home != nullptr) {
      said.minor_one = a.home->minor_one;
      said.minor_many = a.home->minor_many;
    }
    return speak_amount(a.number, said);
  }
  std::string out = whole ? cardinal_words(a.number.integer, false) : number_words(a.number, false);
  if (!a.scale.empty()) out += " " + a.scale;
  if (!with_currency) return out;
  bool one = a.scale.empty() && !a.number.has_point && a.number.integer == "1";
  return out + " " + std::string(one ? a.currency->one : a.currency->many);
}

// Whether `high` is the larger figure, compared whole: "101" to "500" rises, "2023" to "24" not.
bool rises(const text::NumberLiteral& low, const text::NumberLiteral& high) {
  if (low.integer.size() != high.integer.size()) return low.integer.size() < high.integer.size();
  return low.integer < high.integer;
}

// "3bn" of "R3bn-R7bn": the figure and the scale letters run onto it, apart; the scale empty when
// the figure ends in a digit.
std::pair<std::string_view, std::string> figure_and_scale(std::string_view written) {
  std::size_t letters = written.find_first_not_of("0123456789.,");
  if (letters == std::string_view::npos || letters == 0) return {written, ""};
  auto scale = scale_suffix(written.substr(letters));
  if (!scale || text::is_one_of(written.substr(letters), {"k", "K", "t", "T"})) return {written, ""};
  return {written.substr(0, letters), *scale};
}

// "KSh 101–500", "Rs 50-60 crore", "RM2,300–RM2,900", "N4bn-N9bn": a range after the sign, the
// currency and any scale said once, after the second figure; spelt, the sign was heard as
// letters ("K S H").
std::optional<Match> range_after_prefix(const Words& words, std::size_t i) {
  std::size_t length = 0;
  const Prefix* p = prefix_of(words[i].core, length);
  if (p == nullptr || !words[i].prefix.empty() || names_a_region(words, i, *p)) return std::nullopt;
  auto written = figure_after_sign(words, i, *p, length);
  auto sides = written ? text::split_at_range_dash(written->text) : std::nullopt;
  if (!sides) return std::nullopt;
  // The sign written again on the range's top end is said once.
  std::string_view top_end = sides->after;
  bool signed_twice = text::starts_with(top_end, p->written);
  if (signed_twice) top_end.remove_prefix(p->written.size());
  auto [low_figure, low_scale] = figure_and_scale(sides->before);
  auto [high_figure, high_scale] = figure_and_scale(top_end);
  // "N4bn-N9bn": both ends signed and scaled alike have money's shape, whatever the sign.
  bool scaled_pair = signed_twice && !high_scale.empty() && low_scale == high_scale;
  if (!scaled_pair && (!low_scale.empty() || !high_scale.empty())) return std::nullopt;
  // Of the letters that need money's shape only the lira's "TL" and the ringgit's "RM" open an
  // unscaled range, and only with both ends grouped ("TL 9,100–9,300/t"); "SR", "KD" and the rest read it as before,
  // where a unit after it ("SR 3,000-4,000 metre") could make it a label.
  if (needs_shape(*p) && p->code != "TRY" && p->code != "MYR" && !scaled_pair) return std::nullopt;
  auto low = figure(low_figure);
  auto high = figure(high_figure);
  // A range of money rises; "2023-24" after the letters is a year's span.
  if (!low || !high || !rises(*low, *high)) return std::nullopt;
  if (needs_shape(*p) && !scaled_pair && !(low->grouped && high->grouped)) return std::nullopt;
  Amount top = scaled_pair ? Amount{p, *high, high_scale, written->count}
                           : with_spaced_scales(words, i, Amount{p, *high, "", written->count});
  Amount bottom{p, *low, low_scale, 0};
  return Match{top.count, say(bottom, false) + " to " + say(top, true), false};
}

// Another word near word i is money of the peso sign that opens it, with money's
// shape ("P413.80" in "up 0.19 percent to P160; ... to P413.80"). Only the peso
// borrows: stock tables list whole pesos beside centavos, where an "R61" road
// beside a rand sum stays a road.
bool has_shaped_sibling(const Words& words, std::size_t i) {
  std::size_t length = 0;
  const Prefix* p = prefix_of(words[i].core, length);
  if (p == nullptr || p->written != "P" || words[i].core.size() == length || !text::is_digit(words[i].core[length])) {
    return false;
  }
  // A window of the words around it keeps the look linear in the line.
  constexpr std::size_t kWindow = 40;
  std::size_t from = i > kWindow ? i - kWindow : 0;
  for (std::size_t j = from; j < words.size() && j <= i + kWindow; ++j) {
    if (j == i || !text::starts_with(words[j].core, p->written)) continue;
    if (auto other = amount_at(words, j); other && other->currency == p) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> speak_prefixed_price(std::string_view core) {
  Words alone{Word{core, "", core, ""}};
  // A price per unit has money's shape whatever its figure: read as a sibling lends it.
  auto a = amount_at(alone, 0, true);
  if (!a || a->count != 1) return std::nullopt;
  return say(*a, true);
}

std::optional<Match> match_regional_money(const Words& words, std::size_t i) {
  std::size_t length = 0;
  const Prefix* p = prefix_of(words[i].core, length);
  if (p != nullptr && length == words[i].core.size() && home_letters_unframed(words, i, *p)) return std::nullopt;
  if (auto range = range_after_prefix(words, i)) return range;
  auto a = amount_at(words, i);
  if (!a && has_shaped_sibling(words, i)) a = amount_at(words, i, true);
  if (!a) return std::nullopt;
  std::size_t end = i + a->count;
  // "Rs 50,000 to Rs 60,000 crore": the scale said at the end belongs to both
  // figures.
  if (a->scale.empty() && end + 1 < words.size() && words[end - 1].suffix.empty() && words[end].core == "to" &&
      words[end].suffix.empty()) {
    auto b = amount_at(words, end + 1);
    if (b && b->currency == a->currency && !b->scale.empty()) {
      a->scale = b->scale;
      return Match{a->count + 1 + b->count, say(*a, false) + " to " + say(*b, true), false};
    }
  }
  // "Rs. 1000/- p.m.": a sum per month (or "p.a.", per year), never a time of day.
  if (end < words.size() && words[end - 1].suffix.empty() && text::starts_with(words[end].suffix, ".")) {
    std::string_view per = words[end].core;
    if (per == "p.m" || is_per_annum_mark(per)) {
      return Match{a->count + 1, say(*a, true) + (per == "p.m" ? " a month" : " a year"), end + 1 < words.size()};
    }
  }
  // "the Rs 4.5 crore tender": before the noun it qualifies the sum is one adjective, its
  // currency in the singular ("four-point-five-crore-rupee tender").
  bool cents = !a->currency->minor_many.empty() && a->scale.empty() && a->number.decimals.size() == 2;
  if (!cents && is_adjectival(words, i, a->count)) {
    return Match{a->count, text::hyphenated(say(*a, false) + " " + std::string(a->currency->one)), false};
  }
  // "kr 1,4 mio. a year": the scale's period abbreviates; it ends no sentence.
  bool scaled_period = !a->scale.empty() && a->count >= 2 && scale_period(words, i + a->count - 1);
  return Match{a->count, say(*a, true), scaled_period};
}

}  // namespace briefcast::rules
