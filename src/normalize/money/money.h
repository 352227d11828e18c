// Money: amounts in every currency notation, minor units, prices per unit, rates, market codes
// and the terms of financial reports.
// One source file per rule, named in the comment above its declarations; the two kinds of
// rule (match_*, speak_*) are described in normalize/match.h. Internal to src/normalize.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/match.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// currency_table.cpp: the one table of the world's currencies. How a spelling of a currency is
// written against a figure, as bits: a rule reads the spellings of the uses it knows.
namespace currency_use {
inline constexpr unsigned kSign = 1;     // a symbol before or after the figure: "$5", "5 €", "GH₵612m"
inline constexpr unsigned kAfter = 2;    // a sign after the figure only: "120 zł", "450 Kč"
inline constexpr unsigned kPrefix = 4;   // letters before the figure, regional shapes: "Rs 3 lakh", "KSh 500"
inline constexpr unsigned kCode = 8;     // an ISO code, before or after the figure or alone: "USD 5"
inline constexpr unsigned kShape = 16;   // also a road, a model or a code: only before money's shape ("R16.03")
inline constexpr unsigned kCue = 32;     // a letter that names money only near its currency's name or home
inline constexpr unsigned kDollar = 64;  // a country's letters before "$": "CA$2.1m", "HK$"
// A code that is also initials of English copy ("RON 95" petrol, "the UAH dataset", "GHS07"
// labels): money only with money's shape (a scale, grouped thousands, cents) or its currency named.
inline constexpr unsigned kInitials = 128;
}  // namespace currency_use
// A currency as written and as spoken; empty minor names: its minor unit is never spoken.
struct Currency {
  std::string_view written;  // symbol, code or prefix
  std::string_view one;
  std::string_view many;
  std::string_view minor_one = {};
  std::string_view minor_many = {};
  std::string_view code = {};     // ISO 4217, empty for the bare "$"
  std::string_view country = {};  // the issuing country, lowered, a place of page_conventions
  unsigned use = 0;               // currency_use bits
  std::string_view quoted_minor = {};  // a minor unit quoted by name in prices only ("øre/kWh")
};
// Every spelling with one of `uses`, longest first; the one written exactly so, or nullptr.
std::vector<const Currency*> currencies_written(unsigned uses);
const Currency* currency_written(std::string_view written, unsigned uses);
// The line names the currency ("the quetzal") or the country that issues it ("Guatemala",
// "Sri Lanka's"): the cue a kCue spelling needs ("Q7.78", "3 500 Ft").
bool names_currency(const Words& words, const Currency& c);
// "told NPR 1,200 jobs", "The TL 3,000 range", "the TRY 500 challenge": the code of a
// currency that is also initials (a broadcaster, a verb, a team leader) and whose row names a
// home, before a figure with no price frame after it ("/t", "a tonne", a range) and no word of
// its home or its currency in the line. Such letters are left as they are.
bool home_letters_unframed(const Words& words, std::size_t i, const Currency& c);
// The line names the currency itself ("forints"), not only its home.
bool names_currency_itself(const Words& words, const Currency& c);
// A sign shared by several homes ("Rs"): the currency of the home the line names whose name
// ends with the shared one's ("Sri Lanka": "Sri Lankan rupee"), or nullptr.
const Currency* named_home_currency(const Words& words, const Currency& shared);
// "GBP" -> "sterling", "XOF" -> "CFA franc": a currency named by its code in a pair
// ("EUR/XOF"), as market reports say it; nullopt for any other letters.
std::optional<std::string_view> pair_name(std::string_view code);
// Whether the currency's home parts thousands with a point ("CLP 12.500" is twelve thousand
// five hundred), as page_conventions' table of places says of its country.
bool home_parts_thousands_with_point(const Currency& c);

// money.cpp: amounts with a currency symbol, code or prefix ("$5", "£3.5bn", "US$20").
// An amount without a scale word in units and minor units, as a price is read out
// ("twenty dollars fifty cents"), or the figure and the currency when it is no price.
std::string speak_amount(const text::NumberLiteral& number, const Currency& currency);
std::optional<std::string> speak_money(std::string_view core);
// The currency a sign or prefix is written as, exactly ("$", "\u20b9", "HK$"); nullptr for any other text.
const Currency* currency_for_sign(std::string_view sign);
// The unit after a price's slash, as said after "per": "kg" -> "kilogram", "MT" -> "metric
// ton", "mo" -> "month"; a plain word as written.
std::optional<std::string> per_unit(std::string_view s);
// dollar_countries.cpp: a country's letters before "$" ("CA", "SG", "Mex"): its currency, or nullptr.
const Currency* dollar_of_country(std::string_view letters);
// The length of such a prefix with its sign at the start of `core` ("CA$2.1m" -> 3), 0 if none.
std::size_t dollar_prefix_length(std::string_view core, const Currency** currency);
// contract_terms.cpp: "a 5-yr/$82.5M deal" -> "a five-year, eighty-two-point-five-million-dollar
// deal"; asked by the money ranges before their own shapes.
std::optional<Match> match_contract_term(const Words& words, std::size_t i);
// amount_abbreviations.cpp: "min. R2,000", "max. $450": "minimum", "maximum" before a sum;
// "p.a." a few words after a sum or a percentage: "per annum".
std::optional<Match> match_amount_limit(const Words& words, std::size_t i);
std::optional<Match> match_yearly_rate(const Words& words, std::size_t i);
// "pa", "p.a" (its last period the word's suffix): the year a sum is paid in, as British and
// Indian copy write it after an amount. The one test of these letters for every money rule.
bool is_per_annum_mark(std::string_view core);
// regional_money.cpp: the letters of a currency written before a figure ("Rs", "RM", "R") that
// open `core`, their length in `length`; nullptr when none does.
const Currency* prefix_of(std::string_view core, std::size_t& length);
std::optional<Match> match_money(const Words& words, std::size_t i);
// price_ranges.cpp: "A$1.20\u20131.90" -> "one Australian dollar twenty cents to one Australian
// dollar ninety cents": prices to the cent with the sign written once.
std::optional<Match> match_price_range(const Words& words, std::size_t i);
// An amount cut out of the word at `i` ("$82.5M" of "5-yr/$82.5M", "$50" of "$40-$50"), said as
// where that word stands: the words before and after stay in view, so a noun after it makes
// the amount one adjective. Its count is of the words from `i`.
std::optional<Match> money_in_place(const Words& words, std::size_t i, const std::string& amount);
// A scale written against a money figure ("5bn", "20m"): its word, or an empty one when there
// is none; nullopt for any other letters.
std::optional<std::string> scale_suffix(std::string_view s);
// money_scales.cpp: a scale word after a money figure, spaced or glued: "m", "k", "bn", "mln",
// "Mio", "Mrd", "mld", "cr" -> "million", "thousand", "billion", "crore"; nullopt for other words.
std::optional<std::string> money_scale(std::string_view word);
// "millones", "miljard": a scale spelt in a language that parts thousands with a point, whose
// "$12.000 millones" is twelve thousand million.
std::optional<std::string> spelt_foreign_scale(std::string_view word);
// The scale word at `k` ends with its short form's period, not the sentence's ("Mrd. in 2023").
bool scale_period(const Words& words, std::size_t k);
// continental_money.cpp: "27,90" -> "27.90", "3,4m" -> "3.4m": a money figure written with a
// decimal comma and one or two figures after it (one only with a scale, glued or next, as
// `scale_follows` says), with what follows it; nullopt for any other shape ("2,950" is English
// thousands, "5,6" a list).
std::optional<std::string> english_money_figure(std::string_view figure, bool scale_follows);
// "€2.950", "1.500 €", "6,99 €": thousands parted by points, and the sign after the figure.
std::optional<Match> match_continental_money(const Words& words, std::size_t i);
// "three point five billion dollars": a figure, its scale word and the currency's plural.
std::string speak_scaled(const text::NumberLiteral& n, const std::string& scale, const Currency& c);
// "eighty-five million zlotys" -> "eighty-five million zloty": an amount's last word, its
// currency's plural, in the singular, as a compound adjective says it.
std::string singular_unit(std::string spoken, const Currency& c);
// money.cpp: "£50,000-a-year" -> "fifty-thousand-pound-a-year", an amount hyphened to its words.
std::optional<std::string> hyphened_amount(std::string_view core);

// money_plus.cpp: "a £40m plus fee" -> "a forty-million-pound-plus fee".
std::optional<Match> match_money_plus(const Words& words, std::size_t i);

// fraction_cents.cpp: "$4.52 3/4" -> "four dollars fifty two and three-quarter cents".
std::optional<Match> match_fraction_cents(const Words& words, std::size_t i);

// yuan_sign.cpp: "¥8.02bn" in a passage about China -> "eight point oh two billion yuan".
std::optional<Match> match_yuan_sign(const Words& words, std::size_t i);

// currency_codes.cpp: "USD 5", "EUR 2.5 million", "GBP1.4bn", "5 USD".
std::optional<Match> match_currency_code(const Words& words, std::size_t i);
// The currency an ISO code names ("USD", "EUR"), or nullptr.
const Currency* currency_of_code(std::string_view code);
// currency_words.cpp: "per USD spent" -> "per US dollar spent", "68.2 HK cents" -> "... Hong
// Kong cents", "1,000 F CFA" -> "one thousand CFA francs".
std::optional<Match> match_currency_word(const Words& words, std::size_t i);

// minor_units.cpp: "191.5p", "4.75c", "72,5c", "4c/l" (pence and cents after the figure).
std::optional<std::string> speak_pence(std::string_view core);
std::optional<Match> match_cents(const Words& words, std::size_t i);

// regional_money.cpp: rupees, shillings, rand, naira, dirhams, riyals and pesos ("Rs 3.27 lakh crore",
// "KSh 3,500", "R16.03", "Dh6.24 billion", "QR93.0mn", "P48.54").
std::optional<Match> match_regional_money(const Words& words, std::size_t i);
// "R95", "KD12": a price glued to letters that need money's shape, read as one ("ninety five
// rand") where a unit after it gives the shape; nullopt for other words.
std::optional<std::string> speak_prefixed_price(std::string_view core);

// price_rates.cpp: "€/MHz/Pop" -> "euros per megahertz per pop".
std::optional<Match> match_price_rate(const Words& words, std::size_t i);
// "3076.42 USD/MT", "in EUR/t": a currency code per a unit, after its figure or alone.
std::optional<Match> match_code_rate(const Words& words, std::size_t i);

// price_per_unit.cpp: "$250-270/t" -> "two hundred fifty to two hundred seventy dollars per tonne",
// "Rs 58,500/tonne": a range of prices, or a price with its currency apart, per a unit.
std::optional<Match> match_price_per_unit(const Words& words, std::size_t i);

// per_currency.cpp: "83.47/$" -> "eighty three point four seven to the dollar".
std::optional<Match> match_per_currency(const Words& words, std::size_t i);

// adjustable_rates.cpp: "a 5/1 ARM" -> "a five one ARM".
std::optional<Match> match_adjustable_rate(const Words& words, std::size_t i);

// unit_prices.cpp: "£3,499/pr", "£4/ea": a price per pair, pack or each.
std::optional<Match> match_unit_price(const Words& words, std::size_t i);        // "£3,499/pr", "£4/ea"

// tenors.cpp: "a 12M fixed deal" -> "a twelve-month fixed deal", "the 10Y yield" -> "the ten-year yield".
std::optional<Match> match_tenor(const Words& words, std::size_t i);

// market_marks.cpp: "BBB-" -> "triple-B-minus", "MS+95 bp" -> "mid-swaps plus ninety-five basis
// points", "2s10s" -> "twos tens", "the 4⅝s" -> "the four and five-eighths", "½ pt", "8.9 vols".
std::optional<Match> match_market_mark(const Words& words, std::size_t i);

// earnings_terms.cpp: "H1 profit" -> "first-half profit", "1Q" -> "the first quarter", "FY
// guidance" -> "full-year guidance", "FCF", "fwd", "a $78 PT", "ATH", "200-day MA", "Mgmt.".
std::optional<Match> match_earnings_term(const Words& words, std::size_t i);
// tickers.cpp: "(TSX:SU)" -> "(T.S.X: S.U)", "(NYSE: IBM)".
std::optional<Match> match_ticker(const Words& words, std::size_t i);

// instrument_codes.cpp: "Nikkei .N225 fell", "Brent LCOc1", "<JPY=>": terminal codes a reader drops.
std::string without_instrument_codes(std::string line);

// report_terms.cpp: "FY10" -> "fiscal year twenty ten", "the YE June 2022", "Dist. Ct.",
// "per MWh"; "AT&T" -> "A.T and T" (capitals around "&" are spelt).
std::optional<Match> match_report_term(const Words& words, std::size_t i);
std::optional<std::string> speak_ampersand_initials(std::string_view core);

// tax_codes.cpp: "tax code 1257L" -> "twelve fifty seven L".
std::optional<Match> match_tax_code(const Words& words, std::size_t i);    // "tax code 1257L"

// tariff_codes.cpp: "HS code 8471.30", said in its groups.
std::optional<Match> match_tariff_code(const Words& words, std::size_t i);  // "HS code 8471.30"

// predecimal_money.cpp: "the 1d red" -> "the penny red", "2/6" -> "two and six", "2s 6d" among
// stamps and coins.
std::optional<Match> match_predecimal_money(const Words& words, std::size_t i);

}  // namespace briefcast::rules
