// The normalizer's semiotic classes, one source file each (cardinal.cpp, money.cpp, ...).
// Two kinds of rule live here:
//  - match_*: look at the words from position i on, and when a class applies, say how many
//    words it consumed and what they say ("Jan. 5, 2010" spans three words);
//  - speak_*: the spoken form of one word's core (its text without outer punctuation), or
//    nothing when the class does not apply.
// Internal to src/normalize; the public API is normalizer.h. Every rule runs in time linear
// in the text it looks at and never recurses on its own output.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

using text::Word;
using Words = std::vector<Word>;

struct Match {
  std::size_t count = 1;    // words consumed, from position i
  std::string spoken;       // replaces the consumed words' cores
  bool eat_period = false;  // the last word's period belonged to an abbreviation
  bool eat_mark = false;    // the last word's closing quote was a mark of the figure (a minute's ')
};

// file_numbers.cpp: "HCT/LAG/07/214/2019" -> "H.C.T slash L.A.G slash zero seven slash ...".
std::optional<std::string> speak_file_number(std::string_view core);

// emphasis.cpp: "he IS", "I AM": a verb in capitals after its pronoun is a stressed word.
bool is_emphatic_verb(const Words& words, std::size_t i);

// cardinal.cpp: plain numbers. `allow_year` reads a bare four-digit number as a year
// ("1994" -> "nineteen ninety four"), as news text does.
std::string integer_words(std::string_view digits, bool grouped, bool allow_year);
std::string number_words(const text::NumberLiteral& number, bool allow_year = false);
std::optional<std::string> speak_cardinal(std::string_view core);
std::optional<Match> match_spaced_cardinal(const Words& words, std::size_t i);  // "10 000"
std::optional<std::string> speak_number_sign(std::string_view core);               // "#1"
std::optional<std::string> speak_number_list(std::string_view core);               // "1,2,3"
std::optional<std::string> speak_possessive_number(std::string_view core);         // "2021's"
std::optional<std::string> speak_plural_number(std::string_view core);             // "16s", "76ers"

// year.cpp: "1994" and "in 1066" as years, "Boeing 737" and "Route 101" in pairs, "750 BC".
bool is_context_free_year(std::string_view digits);
std::optional<Match> match_year(const Words& words, std::size_t i);
// A model's variant after its dash ("800" in "737-800", "9", "300ER"), said; with
// `customer_codes`, three other figures are a Boeing customer code said in pairs ("222").
std::optional<std::string> model_variant(std::string_view variant, bool customer_codes);
// aircraft.cpp: a known airliner family with its variant, with or without the maker ("the
// 737-800", "an A350-1000", "787-9s"), and the family before "MAX" or "jet".
std::optional<Match> match_aircraft(const Words& words, std::size_t i);

// ordinal.cpp: "21st", "1,000th"; a suffix that does not fit the number ("2th") is no ordinal.
std::optional<std::string> speak_ordinal(std::string_view core);

// decimal.cpp: "0.1", ".5", with a scale word ("1.5 billion") or letter ("3.5bn").
std::optional<std::string> speak_scale(std::string_view word);  // "bn" -> "billion"
std::optional<std::string> speak_decimal(std::string_view core);

// money.cpp
// A currency as written and as spoken; empty minor names: its minor unit is never spoken.
struct Currency {
  std::string_view written;  // symbol, code or prefix
  std::string_view one;
  std::string_view many;
  std::string_view minor_one = {};
  std::string_view minor_many = {};
};
// An amount without a scale word in units and minor units, as a price is read out
// ("twenty dollars fifty cents"), or the figure and the currency when it is no price.
std::string speak_amount(const text::NumberLiteral& number, const Currency& currency);
std::optional<std::string> speak_money(std::string_view core);
// The unit after a price's slash, as said after "per": "kg" -> "kilogram", "MT" -> "metric
// ton", "mo" -> "month"; a plain word as written.
std::optional<std::string> per_unit(std::string_view s);
std::optional<Match> match_money(const Words& words, std::size_t i);
// A scale written against a money figure ("5bn", "20m"): its word, or an empty one when there
// is none; nullopt for any other letters.
std::optional<std::string> scale_suffix(std::string_view s);
// "three point five billion dollars": a figure, its scale word and the currency's plural.
std::string speak_scaled(const text::NumberLiteral& n, const std::string& scale, const Currency& c);

// currency_codes.cpp: "USD 5", "EUR 2.5 million", "GBP1.4bn", "5 USD".
std::optional<Match> match_currency_code(const Words& words, std::size_t i);

// minor_units.cpp: "191.5p", "4.75c", "72,5c", "4c/l" (pence and cents after the figure).
std::optional<std::string> speak_pence(std::string_view core);
std::optional<Match> match_cents(const Words& words, std::size_t i);
// grades.cpp: "A*" -> "A star", "A*-C" -> "A star to C".
std::optional<Match> match_grade(const Words& words, std::size_t i);
// instrument_codes.cpp: "Nikkei .N225 fell", "Brent LCOc1", "<JPY=>": terminal codes a reader drops.
std::string without_instrument_codes(std::string line);

// tickers.cpp: "(TSX:SU)" -> "(T.S.X: S.U)", "(NYSE: IBM)".
std::optional<Match> match_ticker(const Words& words, std::size_t i);
// price_rates.cpp: "€/MHz/Pop" -> "euros per megahertz per pop".
std::optional<Match> match_price_rate(const Words& words, std::size_t i);
// "3076.42 USD/MT", "in EUR/t": a currency code per a unit, after its figure or alone.
std::optional<Match> match_code_rate(const Words& words, std::size_t i);
// regional_money.cpp: rupees, shillings, rand, naira, dirhams, riyals and pesos ("Rs 3.27 lakh crore",
// "KSh 3,500", "R16.03", "Dh6.24 billion", "QR93.0mn", "P48.54").
std::optional<Match> match_regional_money(const Words& words, std::size_t i);

// date.cpp: dates and decades.
std::optional<std::string> speak_date(std::string_view core);
std::optional<std::string> speak_decade(std::string_view core);
std::optional<Match> match_date(const Words& words, std::size_t i);
std::optional<int> month_number(std::string_view word, bool need_context_free);
std::string month_name(int month);  // 1 -> "January"
std::optional<int> day_number(std::string_view s);  // "5", "05", "21st" -> a day of the month
// Word j closes a date: a date in one word ("4/14/11") or a year after a day or month
// ("Jul 04, 2019", "13 Jun, 2024").
bool ends_date(const Words& words, std::size_t j);
// date_order.cpp: whether an all-figure date ("03/07/2024") is read day first: the piece's
// dateline ("PARIS, ..."), a date in it that reads one way only ("25/07/2024"), a country or
// web address of one that writes the day first, else what the article told (DayFirstScope).
bool day_first_context(const Words& words);
// A dateline that opens the piece and names a city: true in a country that writes the day first.
std::optional<bool> dateline_day_first(const Words& words);
// Whether an article writes the day first, from its segments in order (the dateline of its first
// sentence, its dates that read one way only) and its language tag ("en-GB").
bool writes_day_first(const std::vector<Segment>& segments, std::string_view language);
// While one lives (and says so), all-figure dates with no cue of their own are read day first.
class DayFirstScope {
 public:
  explicit DayFirstScope(bool day_first);
  ~DayFirstScope();
  DayFirstScope(const DayFirstScope&) = delete;
  DayFirstScope& operator=(const DayFirstScope&) = delete;

 private:
  bool outer_;
};
// weekdays.cpp: days of the week, alone, abbreviated before a date, or with their day.
std::optional<std::string> weekday_name(std::string_view word);  // "Tues." -> "Tuesday"
std::optional<Match> match_abbreviated_weekday(const Words& words, std::size_t i);
std::optional<Match> match_weekday_and_day(const Words& words, std::size_t i);

// planning_counts.cpp: "7 No dwellings", "12 No. units" -> "seven dwellings", "twelve units".
std::optional<Match> match_planning_count(const Words& words, std::size_t i);
// plural_figures.cpp: "grade 9s" -> "grade nines", "took 5s" -> "took five seconds".
std::optional<Match> match_plural_figure(const Words& words, std::size_t i);
// counted_figures.cpp: "sold 1277 cattle" -> "one thousand two hundred seventy seven cattle".
std::optional<Match> match_counted_figure(const Words& words, std::size_t i);
// jurisdictions.cpp: "(Qld)" -> "(Queensland)", "Cth", "(Vic)".
std::optional<Match> match_jurisdiction(const Words& words, std::size_t i);
// listed_codes.cpp: "services 2, 2C, 3" -> "two, two C, three": a lettered figure in a list of figures.
std::optional<Match> match_listed_code(const Words& words, std::size_t i);

// news_shorthand.cpp: "esp.", "Weds", "4 mths", "M25 at J10", "per sq ft", "Main Rd,", "Queen St W",
// "Toronto, ON M5H 2N2", "the 50c coin", "$3 a lb", "40cm x 30cm", "the mid-30s F", "10½ in tall".
std::optional<Match> match_news_shorthand(const Words& words, std::size_t i);
// "HbA1c" -> "H.B.A one C": a lab measure's mixed-case letters before its figure, spelt.
std::optional<std::string> speak_lab_code(std::string_view core);

// reference_abbreviations.cpp: "b. 1950" -> "born", "incl." -> "including", "the 5th c." ->
// "century", "Op. 27" -> "Opus", "HM the King", "the Rt Hon", "Ps 23:1" -> "Psalm twenty three, verse one".
std::optional<Match> match_reference_abbreviation(const Words& words, std::size_t i);

// rating_marks.cpp: "gave it 9/10" -> "nine out of ten", "a 5* hotel" -> "a five-star hotel",
// "★★★★☆" -> "four out of five stars".
std::optional<Match> match_rating_mark(const Words& words, std::size_t i);

// poll_marks.cpp: "Lab 42% Con 24%" -> "Labour ... Conservative ...", "±3 pts" -> "plus or
// minus three points", "£325k p/w" -> "... pounds per week".
std::optional<Match> match_poll_mark(const Words& words, std::size_t i);

// chess_moves.cpp: "18.Nf5" -> "eighteen knight f-five", "23...Qxd4" -> "twenty three, queen takes d-four".
std::optional<Match> match_chess_move(const Words& words, std::size_t i);

// departure_times.cpp: "the 18.15 to Edinburgh" -> "the eighteen fifteen to Edinburgh".
std::optional<Match> match_departure_time(const Words& words, std::size_t i);

// joined_pairs.cpp: "EUR/USD" -> "euro-dollar", "4/4 time" -> "four-four time", "London → Paris" -> "London to Paris".
std::optional<Match> match_joined_pair(const Words& words, std::size_t i);
// unit_pairs.cpp: "a 400MW/1,600MWh battery" -> "a four-hundred-megawatt, sixteen-hundred-megawatt-hour battery".
std::optional<Match> match_unit_pair(const Words& words, std::size_t i);
// ports.cpp: "port 8080", "localhost:3000" -> "localhost colon three thousand"; a port in an address read as a number.
std::optional<Match> match_port(const Words& words, std::size_t i);
std::optional<std::string> port_in_address(std::string_view address, std::size_t start, std::size_t end);
// channels.cpp: "on Ch4", "airs on Ch 5" -> "Channel four", "Channel five".
std::optional<Match> match_channel(const Words& words, std::size_t i);


// music_keys.cpp: "A♭ major" -> "A-flat major", "F♯" -> "F-sharp".
std::optional<Match> match_music_key(const Words& words, std::size_t i);

// legal_sections.cpp: "s.236A" -> "section two thirty six A", "ss.14-16".
std::optional<Match> match_legal_section(const Words& words, std::size_t i);

// legal_citations.cpp: "the 9th Cir." -> "the ninth Circuit", "R v Jogee" -> "R versus Jogee",
// "§§ 12-15" -> "sections twelve to fifteen".
std::optional<Match> match_legal_citation(const Words& words, std::size_t i);

// written_dates.cpp: "Sept'21", "Q3'24", "in 1H 2024" ("the first half of twenty twenty
// four"), "on 28.12.22" (day first, the year in full).
std::optional<Match> match_written_date(const Words& words, std::size_t i);
// day_lists.cpp: "on 3, 5 and 7 June" -> "on the third, fifth and" (the date rule reads "7 June").
std::optional<Match> match_day_list(const Words& words, std::size_t i);

// time.cpp
bool is_am_pm(std::string_view core_with_period);
// The period of the am/pm at word k also ends the sentence: a capitalised word that is no day,
// month or time zone follows ("before 3 p.m. Showers").
bool am_pm_ends_sentence(const Words& words, std::size_t k);
std::optional<std::string> speak_time(std::string_view core);
std::optional<Match> match_time(const Words& words, std::size_t i);
// race_times.cpp: "won in 18:42" -> "eighteen minutes forty two seconds", "a 2:01:37 marathon" as one adjective.
std::optional<Match> match_race_time(const Words& words, std::size_t i);

// units.cpp: a unit symbol's names ("km" -> kilometer / kilometers, "GWh", "µs", "cm²").
struct UnitName {
  std::string one;
  std::string many;
};
std::optional<UnitName> find_unit(std::string_view written);
// "mph", "km/h", "knots", "kt" (lowercased): a unit of speed, which qualifies a noun after it
// ("60 mph winds") and follows a wind's compass direction ("NW 20 knots").
bool is_speed_unit(std::string_view lowered);

// adjectival_quantities.cpp: a quantity between a determiner and a lowercase noun qualifies the
// noun ("a $5 fee", "a 30W charger"), and English says its unit in the singular; so does a speed
// before a noun, whatever opens the phrase ("up to 70 mph gusts").
bool is_adjectival(const Words& words, std::size_t i, std::size_t count);
// A word after an amount that shows it is a noun phrase of its own, no noun it qualifies: a
// function word, a quantifier or an adverb ("$5 million more", "0.35s ahead").
bool is_not_noun(std::string_view word);
// sized_plurals.cpp: a size before a plural noun with no article ("makes 3nm chips") is one too.
bool sizes_each_of_plural(const Words& words, std::size_t i, std::size_t count);

// attached_measures.cpp: a measure in one word, "1.5°C", "12KG", "20%", "2x8", "2.5x".
std::optional<std::string> speak_measure(std::string_view core);
std::optional<std::string> speak_measure_adjective(std::string_view core);  // "30W" -> "thirty-watt"
// measure.cpp: a measure across words, "5 km", "60 mph", "40 sq ft", "3.5 x 4.5 m".
std::optional<Match> match_measure(const Words& words, std::size_t i);
std::optional<Match> match_spaced_range(const Words& words, std::size_t i);
// cued_measures.cpp, asked by match_measure: measures a neighbouring word names ("80 kt winds",
// "rose +5.5%", "2GB/3GB"), then those with a reading of their own ("M6.4", "11st", "1h 30m",
// "Pier 3 L").
std::optional<Match> match_cued_measure(const Words& words, std::size_t i);
std::optional<Match> match_named_measure(const Words& words, std::size_t i);
// field_measures.cpp: "958 mb" in a pressure line is millibars, "1m 19.166s" a lap time, "5
// days/week" "five days a week".
std::optional<Match> match_field_measure(const Words& words, std::size_t i);
// context_units.cpp: "2,000 t of flour" -> tonnes, "66 Ma" -> million years ago, "per troy oz".
std::optional<Match> match_context_unit(const Words& words, std::size_t i);
// book_marks.cpp: "384 pp." -> pages in a line about a book, "3rd ed.", "issue no. 1", "ISBN 978-...".
std::optional<Match> match_book_mark(const Words& words, std::size_t i);
// exposure.cpp: "f/2.8" -> "f two point eight", "1/250s" -> "one two hundred fiftieth of a second", "30p" video.
std::optional<Match> match_exposure(const Words& words, std::size_t i);
// footy_scores.cpp: "12.8 (80)" -> "twelve eight (eighty)" when the total checks out, "kicked 5.2".
std::optional<Match> match_footy_score(const Words& words, std::size_t i);
// age_bands.cpp: "18-24s" -> "eighteen to twenty fours", "10-11-year-olds", "among 65+ voters".
std::optional<Match> match_age_band(const Words& words, std::size_t i);
// aspect_ratios.cpp: "a 16:10 aspect ratio" -> "sixteen to ten", never a clock time.
std::optional<Match> match_aspect_ratio(const Words& words, std::size_t i);
// success_rates.cpp: "48/52 at 92%", "7/9 (78%)" -> "forty eight of fifty two" when the share checks out.
std::optional<Match> match_success_rate(const Words& words, std::size_t i);
// portion_sizes.cpp: "per 30 g serving" -> "per thirty-gram serving".
std::optional<Match> match_portion_size(const Words& words, std::size_t i);
// letter_a.cpp: "the A one" -> "the A-one": a code's letter A before its figures, which eSpeak NG read as the article.
std::string stressed_letter_a(std::string spoken);
// stat_lines.cpp: "a 9/1/14 KDA" -> "nine, one, fourteen", never a date.
std::optional<Match> match_stat_line(const Words& words, std::size_t i);
std::optional<Match> match_bulletin_clock(const Words& words, std::size_t i);  // "At 1100 AM EDT"
// count_scale.cpp: "3.2m users", "8.5M devices", "850K TEUs": a count written with the letter
// of its scale; a lower-case "m" is million or meters as the line's other words say.
std::optional<Match> match_count_scale(const Words& words, std::size_t i);

// fraction.cpp: "3/4", "1/4th", "1½", "2 142/1", "1795 / 1805".
std::optional<std::string> speak_fraction(std::string_view core);
std::optional<Match> match_fraction(const Words& words, std::size_t i);
std::optional<Match> match_fraction_adjective(const Words& words, std::size_t i);  // "the 1/4 mile"
// pair_readings.cpp: "6/12 vision" -> "six twelve", "trimix 18/45", "50/34 chainrings", "signals were 5/9".
std::optional<Match> match_pair_reading(const Words& words, std::size_t i);
// assay_grades.cpp: "1.8 g/t Au" -> "... gold", "0.62% Cu" -> "... copper".
std::optional<Match> match_assay_element(const Words& words, std::size_t i);
// electric_current.cpp: "rated at 32A" -> "thirty two amps" beside words of electricity.
std::optional<Match> match_electric_current(const Words& words, std::size_t i);
// signed_pairs.cpp: "-2/+2" -> "minus two to plus two", "-3/-5C", "-2.75/-0.50": signs kept.
std::optional<Match> match_signed_pair(const Words& words, std::size_t i);
// arc_positions.cpp: "50°23'N" -> "fifty degrees twenty three minutes north".
std::optional<Match> match_arc_position(const Words& words, std::size_t i);
// material_grades.cpp: "316L stainless" -> "three sixteen L stainless".
std::optional<Match> match_material_grade(const Words& words, std::size_t i);
// times_signs.cpp: "18 sts x 24 rows" -> "... by ...".
std::optional<Match> match_times_sign(const Words& words, std::size_t i);
// model_refs.cpp: "Cal. 3235" -> "Calibre thirty two thirty five", "Ref. 6263".
std::optional<Match> match_model_ref(const Words& words, std::size_t i);
// shorthand_words.cpp: "avg." -> "average", "mag. -12", "Pg. 77", "wk 32", "title no. SK1234".
std::optional<Match> match_shorthand_word(const Words& words, std::size_t i);
// Probe-10 classes, one file each: "at < 1 ppm", "4000K" light, "12/2026", "1:40" fall and
// "1:18 scale", "Sat 23:00", "EN 81-20", "3/4\"" and "66' x 132'", "18k gold", "384pp".
std::optional<Match> match_comparison_sign(const Words& words, std::size_t i);
std::optional<Match> match_colour_temperature(const Words& words, std::size_t i);
std::optional<Match> match_month_year(const Words& words, std::size_t i);
std::optional<Match> match_colon_ratio(const Words& words, std::size_t i);
std::optional<Match> match_weekday_clock(const Words& words, std::size_t i);
std::optional<Match> match_standard_number(const Words& words, std::size_t i);
std::optional<Match> match_dimension_mark(const Words& words, std::size_t i);
std::optional<Match> match_carat_mark(const Words& words, std::size_t i);
std::optional<Match> match_page_count(const Words& words, std::size_t i);
std::optional<Match> match_trade_unit(const Words& words, std::size_t i);  // "300 fps" by a bow, "2.47 ac" of land
std::optional<Match> match_tax_code(const Words& words, std::size_t i);    // "tax code 1257L"
std::optional<Match> match_quadrant_bearing(const Words& words, std::size_t i);  // "N 45°30' E"
std::optional<Match> match_compass_side(const Words& words, std::size_t i);      // "the E. boundary", "in the NE"
std::optional<Match> match_unit_price(const Words& words, std::size_t i);        // "£3,499/pr", "£4/ea"
bool month_period_goes_on(const Words& words, std::size_t k);  // month_periods.cpp: "1st Aug. to"
std::optional<Match> match_tariff_code(const Words& words, std::size_t i);  // "HS code 8471.30"
std::optional<Match> match_counted_size(const Words& words, std::size_t i);  // "3 x 500ml bottles"
// fraction_units.cpp: "1/4in deep" -> "a quarter of an inch deep", "the 1/2in drive" -> "the half-inch drive".
std::optional<Match> match_fraction_unit(const Words& words, std::size_t i);

// telephone.cpp: phone numbers, social security style numbers, IPv4 addresses.
std::optional<std::string> speak_telephone(std::string_view core);
std::optional<Match> match_telephone(const Words& words, std::size_t i);

// chemical_formulas.cpp: "H2SO4" -> "H two S.O four", "CaCO3", "Fe2O3": element symbols and counts.
std::optional<std::string> speak_chemical_formula(std::string_view core);
// "NaCl", "KOH" in a line about chemistry: a formula without counts, spelt ("N.A.C.L").
std::optional<Match> match_uncounted_formula(const Words& words, std::size_t i);
// sport_stats.cpp: "12 reb, 8 ast", "1G, 2A" -> "one goal, two assists", "reb/ast", "Rd 14" -> "Round fourteen".
std::optional<Match> match_sport_stat(const Words& words, std::size_t i);
// size_systems.cpp: "UK 10/US 6" -> "U.K ten, U.S six": a size in two or more systems.
std::optional<Match> match_size_systems(const Words& words, std::size_t i);
// eircodes.cpp: "D02 VF65" -> "D zero two, V.F six five": an Irish postcode, spelt.
std::optional<Match> match_eircode(const Words& words, std::size_t i);

// electronic.cpp: URLs, e-mail addresses, domains, @handles, #hashtags.
std::optional<std::string> speak_electronic(std::string_view core);
std::optional<Match> match_named_hashtag(const Words& words, std::size_t i);  // "the hashtag #Vote"

// abbreviation.cpp: titles and common abbreviations ("Dr.", "St.", "vs.", "e.g.").
std::optional<Match> match_abbreviation(const Words& words, std::size_t i);
// Whether word i's period, the last word's or one before a word that opens a sentence ("Inc.
// In 2010"), ends the sentence as well as an abbreviation, so that it must stay.
bool period_ends_sentence(const Words& words, std::size_t i);

// initials.cpp: "U.S." -> "U-S", "N.Y." -> "New York", "(D-Ill.)" -> "(Democrat of Illinois)",
// "C. Dobkin": no period the engine would take as a sentence end stays inside a line.
std::optional<Match> match_initials(const Words& words, std::size_t i);
// "EAG" -> "E.A.G": the written form eSpeak NG reads as letter names. With `keep_digits`,
// digits stay in the chain too ("A2B" -> "A.2.B", as a ticker is read).
std::string spelled_letters(std::string_view core, bool keep_digits = false);
// acronym.cpp: "SJS/TEN" -> "S.J.S T.E.N", "TCP/IP": capitals joined by slashes, one of them
// without a vowel, are initialisms side by side; a short one the engine would say as an English
// word ("TEN") is spelled.
std::optional<std::string> speak_slashed_initialisms(std::string_view core);

// roman.cpp: regnal and sequel numbers after a name ("Elizabeth II", "World War II").
std::optional<Match> match_roman(const Words& words, std::size_t i);
std::optional<Match> match_model_mark(const Words& words, std::size_t i);  // "MkII" -> "Mark two"

// range.cpp: "10-20", "2008-2010", "$5-$10", "1960s-1980s".
std::optional<std::string> speak_range(std::string_view core);
std::optional<Match> match_ratio(const Words& words, std::size_t i);  // "3:1" -> "three to one"
std::optional<Match> match_money_range(const Words& words, std::size_t i);  // "$40-50 billion"
std::optional<Match> match_score(const Words& words, std::size_t i);  // "won 109-98", "a 3-0 win"

// sport_figures.cpp: betting odds ("the 5/2 favourite"), cricket totals ("245/6"), batting
// averages (".312", ".300/.400/.500"), each known by the words of its line; tiebreak sets ("7-6(5)").
std::optional<Match> match_sport_figure(const Words& words, std::size_t i);
// Two or more tennis set scores in a row ("7-6 6-2", "6-4, 3-6"): "seven six, six two".
std::optional<Match> match_tennis_sets(const Words& words, std::size_t i);

// sport_marks.cpp: "T4" (golf, "tied fourth"), "at -12" ("twelve under"), "the starting XI",
// "the 90+3rd minute", "in the 88'".
std::optional<Match> match_sport_mark(const Words& words, std::size_t i);

// records.cpp: win-loss records ("went 15-7", "a 15-7 record", "the Hawks (9-3)") said "fifteen
// and seven", never a range.
std::optional<Match> match_record(const Words& words, std::size_t i);
// Words that place a line on a sports page ("season", "wins", "playoffs"). A bare "to 10-12"
// or "(6-8)" is a record only in such a line; in any other it stays a range.
bool is_sport_word(std::string_view core);

// codes.cpp: numbers to dial or text ("Text STOP to 78901", "dial 999"), said figure by
// figure, and British postcodes ("SW1A 2AA" -> "S.W one A, two A.A"), spelt as people say them.
std::optional<Match> match_code(const Words& words, std::size_t i);
// "978-0-14-312779-6" -> "nine seven eight, zero, one four, ...": a reference in hyphened groups
// of figures (the last may end in a check "X"), figure by figure with a pause between groups.
std::optional<std::string> grouped_reference(std::string_view core);

// version.cpp: "2.6.29", "v1.2.3", "2.6.29–5.1" (versions of one point read as decimals).
std::optional<std::string> speak_version(std::string_view core);
// "Python 3.10", "macOS 10.15", "Windows 7/8/10": release numbers after the name of what they count.
std::optional<Match> match_release_number(const Words& words, std::size_t i);

// serial.cpp: letters and digits mixed ("F-16", "B2A23C").
std::optional<std::string> speak_serial(std::string_view core);
// "401(k)" -> "four oh one K", "drug(s)" -> "drugs", "(un)likely" -> "unlikely".
std::optional<std::string> speak_bracketed(std::string_view core);
// A run of digits inside a code: "08" after letters -> "oh eight", "1660" -> "sixteen sixty".
std::string code_digits(std::string_view run, bool after_letters);
// word_pieces.cpp: the fallback that reads any other word piece by piece with symbol names
// ("test$" -> "test dollar"), and two words joined by a slash.
std::string speak_pieces(std::string_view core);
std::optional<std::string_view> symbol_name(std::string_view text, std::size_t i, std::size_t& length);
// "jane_doe" -> "jane underscore doe": every underscore of a name said, as people read an
// identifier aloud; eSpeak NG is silent on it and runs the parts together.
std::string said_underscores(std::string_view name);
// "increases/reduces" offers a choice ("or"); "async/await support", "Paris/London" and
// "and/or" join two words into one name (said with no word between). `after` is the word that
// follows the pair, if any.
std::string_view slash_joiner(std::string_view left, std::string_view right, const Word* after);
std::optional<Match> match_word_pair(const Words& words, std::size_t i);  // "he/she"
// slash_lists.cpp: "on/off/dim" -> "on, off or dim"; "retail/ hospitality" -> "retail or hospitality".
std::optional<Match> match_word_list(const Words& words, std::size_t i);
std::optional<Match> match_open_slash_pair(const Words& words, std::size_t i);

// report_terms.cpp: "FY10" -> "fiscal year twenty ten", "the YE June 2022", "Dist. Ct.",
// "per MWh"; "AT&T" -> "A.T and T" (capitals around "&" are spelt).
std::optional<Match> match_report_term(const Words& words, std::size_t i);
std::optional<std::string> speak_ampersand_initials(std::string_view core);

// results_names.cpp: "Jon RAHM (ESP)" -> "Jon Rahm (E.S.P)": a surname in capitals before a
// bracketed country code is a word.
std::optional<Match> match_capital_surname(const Words& words, std::size_t i);

// acronym.cpp: "CIA" stays spelled, "NATO" becomes a word; "FAST" and "MARTA" have the shape
// of an English word and are left for the engine to say, "FDIC" and "CITT" do not.
std::optional<std::string> speak_acronym(std::string_view core);
bool reads_as_word(std::string_view capitals);
// An acronym on the list of those said as words ("NATO", "NOAA"), whatever its shape.
bool is_said_acronym(std::string_view capitals);
// said_acronyms.cpp: "PFAS" -> "Peefass": acronyms said as words that the word-shape test would spell.
std::optional<std::string_view> listed_said_acronym(std::string_view capitals);
// Its word: "NATO" -> "Nato", and a respelling where the letters mislead ("FTSE" -> "Footsie").
std::string said_acronym(std::string_view capitals);

// address.cpp: "1428 Elm St.", "708 N 1st St, San City", "123 Smth St, City, NY".
std::optional<Match> match_address(const Words& words, std::size_t i);
std::optional<Match> match_grid_road(const Words& words, std::size_t i);  // "County Road 600S"
std::optional<std::string> street_suffix(std::string_view word);
// "Street", "Ave.", "Blvd": a word that ends a street's name, abbreviated or in full.
bool is_street_word(std::string_view core);
// road_numbers.cpp: routes sharing a road, "US 15/501", "the 54/55 bypass" ("fifteen slash five
// zero one"), never a fraction.
std::optional<Match> match_route_number(const Words& words, std::size_t i);

// compass.cpp: "20 miles ESE of", "from the NW" -> "east-southeast", "northwest".
std::optional<Match> match_compass_point(const Words& words, std::size_t i);
// "near 25.3N 70.1W" -> "twenty five point three north seventy point one west": a latitude and
// a longitude written with their hemisphere letters.
std::optional<Match> match_coordinates(const Words& words, std::size_t i);

// inch_marks.cpp: which words end in an inch mark ("22\" wide") rather than a closing quote;
// "6'5" (feet and inches); an inch mark before the noun it qualifies ("an 11.6\" screen").
std::vector<bool> inch_mark_words(const Words& words, std::string_view line);
std::string single_mark_ranges(std::string line);  // "1\"-2\"" -> "1-2\""
std::string joined_feet_marks(std::string line);   // "6' 2\"" -> "6'2\""
bool is_feet_and_inches(std::string_view core);
// The figure after a prime is seconds, not inches: past eleven or with a leading zero ("3'20",
// "4'07"); a height has neither.
bool marks_seconds(std::string_view after_prime);
bool inch_mark_before_noun(const Words& words, std::size_t i);

// normalizer.cpp: every single-word rule in order; `allow_pieces` adds the fallback.
std::string speak_word(std::string_view core, bool allow_pieces = true);
std::optional<std::string> speak_known(std::string_view core);

}  // namespace briefcast::rules
