// Measures: a figure with its unit, one word or several ("5 km", "30W", "1.5°C"), units
// named by the line they sit in, marks (inches, carats), bearings and positions, formulas.
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

// units.cpp: a unit symbol's names ("km" -> kilometer / kilometers, "GWh", "µs", "cm²").
struct UnitName {
  std::string one;
  std::string many;
};
std::optional<UnitName> find_unit(std::string_view written);
// The kind of quantity a unit measures, as the unit table gives it: a rating of a device
// (watts, volts, amps, amp hours, hertz, horsepower, newton meters), a short length that
// sizes a thing one holds ("mm", "cm", "in", "ft") or a long one that spans ground ("m",
// "km", "mi"), a mass or a volume; none for the rest.
enum class UnitKind { none, rating, short_length, long_length, mass, volume };
// The kind of the symbol exactly as written: "kW" is a rating, the loose "KW" or "kw" none,
// since a symbol in the wrong case may be a word or a code.
UnitKind unit_kind(std::string_view written);
// The unit before a ratio's slash: any unit, or a bare "N", "t" or "cal" ("N/mm²", "t/ha").
std::optional<UnitName> find_ratio_head(std::string_view written);
// compound_units.cpp: "dBµV" -> decibel microvolt(s), a level against a reference unit.
std::optional<UnitName> decibel_reference(std::string_view written);
// A unit after a ratio's slash, said in the singular: any unit, "K" (kelvin) or a length times
// the kelvin ("m²K" -> "square meter kelvin").
std::optional<std::string> per_unit_name(std::string_view written);
// "tU", "kgU", "tHM" -> "tonne of uranium", "kilogram of uranium", "tonne of heavy metal": a mass
// and the metal it is of, as nuclear fuel copy writes them; nullopt for any other letters.
std::optional<std::string> unit_of_metal(std::string_view written);
// "in mm/min" -> "in millimeters per minute": a rate unit with no figure before it.
std::optional<Match> match_bare_rate(const Words& words, std::size_t i);
// slashed_measures.cpp: "0.8 EU/mL" -> "E U per milliliter", "24.1s/29.8s/38.0s" -> "..., ... and ... seconds".
std::optional<Match> match_slashed_measure(const Words& words, std::size_t i);
// The "U" of a dose ("100 U/mL") -> unit / units; none for any other word.
std::optional<UnitName> dose_unit(std::string_view written);
// slashed_bases.cpp: "1,600 kg/21 persons", "3,850 kcal ME/kg", "9,000 pass./h" -> "... per twenty one persons".
std::optional<Match> match_slashed_base(const Words& words, std::size_t i);
// per_chains.cpp: "6,800 kg/cow/yr" -> "six thousand eight hundred kilograms per cow per year".
std::optional<Match> match_per_chain(const Words& words, std::size_t i);
// "mph", "km/h", "knots", "kt" (lowercased): a unit of speed, which qualifies a noun after it
// ("60 mph winds") and follows a wind's compass direction ("NW 20 knots").
bool is_speed_unit(std::string_view lowered);

// measure.cpp: a measure across words, "5 km", "60 mph", "40 sq ft", "3.5 x 4.5 m".
std::optional<Match> match_measure(const Words& words, std::size_t i);
// ingredient_amounts.cpp: "225g self-raising flour" among words of cooking -> "two hundred twenty five grams of self-raising flour".
std::optional<Match> match_ingredient_amount(const Words& words, std::size_t i);
// quake_magnitudes.cpp: "an M6.4 quake", "Mw 7.8", "M1.0-M2.8" in a line about an earthquake ->
// "magnitude six point four"; the word "magnitude" before it is not said twice.
std::optional<Match> match_quake_magnitude(const Words& words, std::size_t i);
// race_distances.cpp: whether the distance at i (count words) names an event before its stroke or
// race ("50m fly", "400m hurdles"), and the measure's reading `spoken` with a race's distance in
// hundreds past a thousand said so ("the 1500m final" -> "fifteen hundred meter").
bool names_an_event(const Words& words, std::size_t i, std::size_t count);
std::string race_hundreds(const Words& words, std::size_t i, std::size_t count, std::string spoken);
// "closed with a 4:28.70 1500m", "through 1200m": a race's distance glued to its meters, in a line
// of a race, said "fifteen hundred meters" as a runner says it.
std::optional<Match> glued_race_hundreds(const Words& words, std::size_t i);
// "1500" -> "fifteen hundred": a race's figure in hundreds past a thousand, as runners and
// swimmers say it; nullopt for any other figure (whole thousands, "5000", keep theirs). The
// race named by its distance (sport_marks.cpp) says its figure so too.
std::optional<std::string> race_hundreds_words(std::string_view figure);
// kitchen_words.cpp: the units a cook measures in ("g", "tsp", "cup"), and whether word n after one
// names the ingredient, which takes "of" ("sugar", "sifted flour"; not "each", "heavier", "jar").
bool is_kitchen_unit(std::string_view w);
bool is_ingredient_at(const Words& words, std::size_t n);
// "x" or "×" standing alone between two words: a sign of times ("3 x 4 m", "18 sts x 24 rows").
bool is_times_sign(const Word& w);

// attached_measures.cpp: a measure in one word, "1.5°C", "12KG", "20%", "2x8", "2.5x".
std::optional<std::string> speak_measure(std::string_view core);
std::optional<std::string> speak_measure_adjective(std::string_view core);  // "30W" -> "thirty-watt"
// "mm" of "12mm", of "5-10mm" and of "70\u2013200mm": the unit glued to a measure or a range's second figure.
std::string_view glued_unit(std::string_view core);

// g_force.cpp: "acceleration peaked at 0.9g" -> "zero point nine g", a multiple of gravity.
std::optional<Match> match_g_force(const Words& words, std::size_t i);

// cued_measures.cpp, asked by match_measure: measures a neighbouring word names ("80 kt winds",
// "rose +5.5%", "2GB/3GB"), then those with a reading of their own ("M6.4", "11st", "1h 30m",
// "Pier 3 L").
std::optional<Match> match_cued_measure(const Words& words, std::size_t i);
std::optional<Match> match_named_measure(const Words& words, std::size_t i);

// field_measures.cpp: "958 mb" in a pressure line is millibars, "1m 19.166s" a lap time, "5
// days/week" "five days a week".
std::optional<Match> match_field_measure(const Words& words, std::size_t i);
std::optional<Match> match_bulletin_clock(const Words& words, std::size_t i);  // "At 1100 AM EDT"

// piece_counts.cpp: "a 10-pc set" -> "a ten-piece set"; "a 10pc rise" stays percent.
std::optional<Match> match_piece_count(const Words& words, std::size_t i);

// open_measures.cpp: "35°C+" -> "thirty five degrees Celsius or more".
std::optional<Match> match_open_measure(const Words& words, std::size_t i);
// diameter_marks.cpp: "Ø 12 mm nuggets" -> "twelve-millimeter-diameter nuggets".
std::optional<Match> match_diameter_mark(const Words& words, std::size_t i);
// force_units.cpp: "a 1,600 N puncture test", "rated 800 N" -> newtons, among words of a force.
std::optional<Match> match_force_unit(const Words& words, std::size_t i);
// capital_s_seconds.cpp: "a 50 mS delay" -> "a fifty-millisecond delay", among words of timing.
std::optional<Match> match_capital_s_seconds(const Words& words, std::size_t i);
// letter_units.cpp, shared with prime_marks.cpp: a lower-case word at n that may be a noun (no
// function word), and a figure said with its unit's singular or plural ("one second", "2.5 seconds").
bool may_be_noun_at(const Words& words, std::size_t n);
// A word at n that a bare unit letter before it could form a compound with or name, so the letter
// is no unit ("3 t shirts", "1 t Rex", "in 2 s Delhi seats", "in 3 s Maths sets"): a capitalised
// word, a pronoun, or a lower-case word that may be a noun. A clause's end, a function word, a
// verb or a participle ("loaded", "went") leaves the letter free to be a unit.
bool noun_may_follow(const Words& words, std::size_t n);
std::string said_unit(const text::NumberLiteral& n, std::string_view one, std::string_view many);
// prime_marks.cpp: "6′ 4″" -> "six foot four", "-05° 23′ 28″" -> arcminutes and arcseconds.
std::optional<Match> match_prime_marks(const Words& words, std::size_t i);
// figure_points.cpp: "set in 16pt" -> printer's points, "a 4-pt lead" -> "a four-point lead".
std::optional<Match> match_figure_points(const Words& words, std::size_t i);
// context_units.cpp: "2,000 t of flour" -> tonnes, "66 Ma" -> million years ago (geological_ages.cpp), "per troy oz".
std::optional<Match> match_context_unit(const Words& words, std::size_t i);
// "FFB/ha", "DWB/ac": a crop's initials over an area (a yield's tonnes are of it); shared with trade_units.cpp.
bool initials_over_area(std::string_view w);

// adjectival_quantities.cpp: a quantity between a determiner and a lowercase noun qualifies the
// noun ("a $5 fee", "a 30W charger"), and English says its unit in the singular; so does a speed
// before a noun, whatever opens the phrase ("up to 70 mph gusts").
bool is_adjectival(const Words& words, std::size_t i, std::size_t count);
// A word after an amount that shows it is a noun phrase of its own, no noun it qualifies: a
// function word, a quantifier or an adverb ("$5 million more", "0.35s ahead").
bool is_not_noun(std::string_view word);
// The lowercase noun right after word k, past no mark but an abbreviation's period ("384 pp. book").
bool noun_follows(const Words& words, std::size_t k);
// "the GBP 200 million councils received", "the 500 EUR tourists spend": an amount before a
// plural noun and its verb is the object of a relative clause the noun opens; it sizes no noun.
bool amount_is_relative_object(const Words& words, std::size_t i, std::size_t count);
// "converted", "changed", "figured": a lowercase word of letters only in -ed, longer than four,
// that may be a past participle (a verb or a describing word) after a measure.
bool is_past_participle_word(std::string_view word);
// A participle in -ed or an irregular one ("paid", "spent", "held") (adjectival_quantities.cpp).
bool is_participle(std::string_view w);
// A participle after the measure at word n going on to a preposition ("shipped to"): a quantity.
bool participle_follows_measure(const Words& words, std::size_t n);
// The same without the verbs a bare amount is the subject of ("10 m³ needs"), for an amount after "the" or "a".
bool is_not_noun_beside_article(std::string_view word);
// Which of the two fits the amount whose figure is word i.
bool is_not_noun_after_amount(const Words& words, std::size_t i, std::string_view word);
// "the 169 L/s first proposed", "the 5 kW once planned": an adverb of time before a participle
// at word n, where a noun the amount sizes would stand; the amount is a noun phrase of its own.
bool adverb_before_participle(const Words& words, std::size_t n);
// Nouns that number or letter what they name ("Pier 3 L", "number 4 W", "grade 5 A"): after
// them a figure and a capital letter make a label, not a measure.
bool is_label_noun(std::string_view word);

// sized_plurals.cpp: a size before a plural noun with no article ("makes 3nm chips") is one too,
// and so is a rating before a singular noun ("with 4ms response time").
bool sizes_bare_noun(const Words& words, std::size_t i, std::size_t count);
// "jars", "aisles": the shape of a plural noun, a lowercase word of four letters or more in "s"
// but not in "ss", "us" or "is" ("less", "bus", "axis"); which words of that shape are verbs
// or adverbs each caller decides.
bool has_plural_shape(std::string_view w);
// "costs", "means", "starts": verbs in -s that often follow a measure ("5W costs less", "the
// 3000 m starts at noon"), so a word of a plural's shape there is no noun it sizes. One list
// for the sized plurals and the noun modifiers.
bool is_verb_in_s(std::string_view w);
// measure.cpp: a plural noun within the three words from n, before any mark or function word
// ("kW heaters", "crew members", "minutes after").
bool plural_noun_follows(const Words& words, std::size_t n);

// noun_modifiers.cpp: a measure before the noun phrase it describes, with no article ("on 9 mm
// track", "an 85 Nm motor", "a 24V 350W PSU"), by its unit's kind; `chain` lets a measure before
// another one qualify the same noun.
bool measure_modifies_noun(const Words& words, std::size_t i, std::size_t count, bool chain = true);
// "18in. and larger tyres", "65W or higher chargers": a measure, "and" or "or" and a comparative
// before the noun it sizes; the three qualify the noun together ("eighteen-inch and larger").
bool measure_and_comparative_modify_noun(const Words& words, std::size_t i, std::size_t count);
// Whether word n opens a noun phrase a measure may describe; `content` when the measure is a
// weight or a volume, which describes only a container ("227 g jar").
// `frequency` when it is a frequency, which a code in capitals after it ("145.8 MHz FM") does not qualify.
bool starts_modified_noun(const Words& words, std::size_t n, bool content = false, bool frequency = false);
// "PSU", "T5", "UV-C": a code in capitals that names a thing (not "AC", "RMS", "UTC", "SPL").
bool is_capitals_code(std::string_view w);
// "SPL", "HH": capitals after a measure that say what its unit measures ("110 dB SPL"), no thing.
bool is_unit_qualifier(std::string_view w);
// "DPNs", "LEDs": a code in capitals made plural, things a size before it sizes ("2.25 mm DPNs").
bool is_plural_capitals_code(std::string_view w);
// "jar", "bottles", "balls", "skeins": what a weight or a volume sizes, one or many ("50 g balls").
bool is_container(std::string_view w);
// "V8", "I4", "flat-six": an engine's layout and cylinders, which a displacement sizes ("a 3.0 L V8").
bool is_engine_code(std::string_view w);
// "O-ring", "T-shirts", "U-bolt", "T-hybrid": a thing named by the letter its shape or kind
// is, one capital, a hyphen and a lowercase word; a measure before it sizes it as it does a noun.
bool is_letter_compound(std::string_view w);
// "yesterday", "hours", "last", "two": a word after a measure that says when or how many, so the
// measure is an amount ("rose 5 mm last week"), no size of a thing.
bool is_time_or_count_word(std::string_view w);
// A word before an article or a figure is a verb with its object ("90W produces a", "7 MHz gave an").
bool is_verb_before_object(const Words& words, std::size_t n);

// shared_units.cpp: "the 2.4/5.8 GHz bands" -> "the two point four or five point eight gigahertz bands".
std::optional<Match> match_shared_unit(const Words& words, std::size_t i);

// line_speeds.cpp: "300/50 Mbps" -> "three hundred megabits per second down and fifty up".
std::optional<Match> match_line_speed(const Words& words, std::size_t i);

// network_rates.cpp: "45k EPS" -> "forty five thousand events per second" among words of
// networks under attack.
std::optional<Match> match_network_rate(const Words& words, std::size_t i);
// The pair of speeds "down" and "up" in `unit`, nullopt when the unit is no data rate; said
// "three hundred by fifty megabits per second" `before_noun`.
std::optional<std::string> speak_line_speed(std::string_view down, std::string_view up, std::string_view unit,
                                            bool before_noun);
// A lowercase noun after the pair that ends at word `last` ("300/50 Mbps plans"): the pair qualifies it.
bool pair_before_noun(const Words& words, std::size_t last);

// shared_units.cpp: whether the first figure is the larger ("400" over "230").
bool descending(const text::NumberLiteral& first, const text::NumberLiteral& second);

// spaced_measure_pairs.cpp: "51,200 KB/50 MB" -> "fifty one thousand two hundred kilobytes or fifty megabytes".
std::optional<Match> match_spaced_measure_pair(const Words& words, std::size_t i);
// "52 g down / 24 g up", "230 V / 15 W": a slash apart between two measures, said as a pause (",").
std::optional<Match> match_measure_slash(const Words& words, std::size_t i);
// "2m viewers" at word n: a glued "m" the count rules read as a million, no length.
bool millions_counted_after(const Words& words, std::size_t n);
// The kind of quantity a spoken measure is of, by its unit's name ("degrees" -> "temperature",
// "grams", "miles", "liters", "megabytes"); empty when it is none of these.
std::string_view quantity_kind(const std::string& spoken);

// video_modes.cpp: "4K/60fps" -> "four K at sixty frames per second".
std::optional<Match> match_video_mode(const Words& words, std::size_t i);
// speaker_channels.cpp: "7.1.4ch" -> "seven point one point four channel".
std::optional<Match> match_speaker_channels(const Words& words, std::size_t i);
bool is_channel_count(std::string_view core);  // "5.1-ch", "7.1.4ch"
// dimension_marks.cpp: whether a double quote opened in the few words before words[i] is still
// open, so that a mark after it closes the quotation rather than measuring inches.
bool inside_quotation(const Words& words, std::size_t i);
// capital_nautical.cpp: whether "NM" after the figure that opens words[i] (its first `figure`
// characters; the letters spaced after it or glued) is the nautical mile, not New Mexico.
bool capital_nm_is_nautical(const Words& words, std::size_t i, std::size_t figure, bool spaced);

// unit_pairs.cpp: "a 400MW/1,600MWh battery" -> "a four-hundred-megawatt, sixteen-hundred-megawatt-hour battery".
std::optional<Match> match_unit_pair(const Words& words, std::size_t i);

// million_tonnes.cpp: "steel exports of 9.2mt" -> "nine point two million tonnes".
std::optional<Match> match_million_tonnes(const Words& words, std::size_t i);
// isotope_names.cpp: "Cs-137" -> "caesium one thirty seven"; a one-letter symbol only with a radioactive
// mass number, in a line about radioactivity and before no noun.
std::optional<Match> match_isotope_name(const Words& words, std::size_t i);
// million_tonnes.cpp: "2.35 mln t" -> "two point three five million tonnes", "15 mln kL" -> "... million kiloliters".
std::optional<Match> match_scaled_unit(const Words& words, std::size_t i);

// figure_pairs.cpp: "28/36 mpg" -> "twenty eight or thirty six" before the unit, no fraction.
std::optional<std::string> slashed_figure_pair(std::string_view core);
std::string spaced_slashed_units(std::string line);  // "110/220V" -> "110/220 V"

// fraction_units.cpp: "1/4in deep" -> "a quarter of an inch deep", "the 1/2in drive" -> "the half-inch drive".
std::optional<Match> match_fraction_unit(const Words& words, std::size_t i);

// fraction_units.cpp: "gas ½" -> "gas a half", "gas mark 1/4" -> "gas mark a quarter".
std::optional<Match> match_gas_mark_fraction(const Words& words, std::size_t i);

// two_unit_modifiers.cpp: "a 1 hr 15 min slot" -> "a one-hour-fifteen-minute slot": a measure in
// two spaced units of one quantity before the noun it describes.
std::optional<Match> match_two_unit_modifier(const Words& words, std::size_t i);

// article_units.cpp: "add it a tbsp at a time" -> "a tablespoon": a unit's symbol after "a" or "an".
std::optional<Match> match_article_unit(const Words& words, std::size_t i);

// container_sizes.cpp: "per 40'HC" -> "per forty-foot high cube", "2x20' units" -> "two twenty-foot units".
std::optional<Match> match_container_size(const Words& words, std::size_t i);

// dimension_marks.cpp: "a 3/4\" line" -> "three-quarter-inch", "66' x 132'" in feet.
std::optional<Match> match_dimension_mark(const Words& words, std::size_t i);

// inch_marks.cpp: which words end in an inch mark ("22\" wide") rather than a closing quote;
// "6'5" (feet and inches); an inch mark before the noun it qualifies ("an 11.6\" screen").
std::vector<bool> inch_mark_words(const Words& words, std::string_view line);
std::string single_mark_ranges(std::string line);  // "1\"-2\"" -> "1-2\""
std::string joined_feet_marks(std::string line);   // "6' 2\"" -> "6'2\""
bool is_feet_and_inches(std::string_view core);
// "13'5": two figures of feet and one of inches, a length (a second has two digits).
bool is_long_feet_and_inches(std::string_view core);
// The figure after a prime is seconds, not inches: past eleven or with a leading zero ("3'20",
// "4'07"); a height has neither.
bool marks_seconds(std::string_view after_prime);
bool inch_mark_before_noun(const Words& words, std::size_t i);
// "Scandi grind", "Samsung set": at word n a capitalised name and then the lower-case noun it
// names, which a size before the name qualifies ("a 4\" Scandi grind") (inch_marks.cpp).
bool name_before_noun(const Words& words, std::size_t n);
// "dropped from 100 in.", "measures 30 in,": a word of measuring before the figure at i, after
// which a spaced "in" at a clause's end is the inch, as after a range.
bool after_measuring_word(const Words& words, std::size_t i);

// calibres.cpp: ".22 LR", ".308 Win." -> "twenty two L R", "three oh eight Winchester".
std::optional<Match> match_calibre(const Words& words, std::size_t i);

// carat_marks.cpp: "18k gold", "a 1.5ct diamond".
std::optional<Match> match_carat_mark(const Words& words, std::size_t i);

// colour_temperature.cpp: "4000K" beside words of light is kelvin.
std::optional<Match> match_colour_temperature(const Words& words, std::size_t i);

// electric_current.cpp: "rated at 32A" -> "thirty two amps" beside words of electricity.
std::optional<Match> match_electric_current(const Words& words, std::size_t i);

// lumber_quarters.cpp: "4/4 quartersawn oak", "8/4 FAS walnut" -> "four-quarter quartersawn oak".
std::optional<Match> match_lumber_quarters(const Words& words, std::size_t i);
// print_inks.cpp: "4/0 colour", "a 4/4 press" -> "four over zero colour", "a four over four press".
std::optional<Match> match_print_inks(const Words& words, std::size_t i);

// type_sizes.cpp: "set in 10/13 pt Minion" -> "set in ten on thirteen point Minion".
std::optional<Match> match_type_size(const Words& words, std::size_t i);

// dioptres.cpp: "a -0.25D lens" -> "a minus-zero-point-two-five-dioptre lens", "+2.50D" -> "plus two point five zero dioptres".
std::optional<Match> match_dioptre(const Words& words, std::size_t i);

// tyre_sizes.cpp: "700x28c tyres" -> "seven hundred by twenty eight C tyres", "a 700c wheel".
std::optional<Match> match_tyre_size(const Words& words, std::size_t i);

// dose_frequencies.cpp: "500mg b.d." -> "five hundred milligrams twice a day", "5ml t.d.s.", "10mg nocte",
// "1-2 tabs q4-6h PRN", "max. 8/24h" -> "eight in twenty four hours", "for 5/7" -> "for five days".
std::optional<Match> match_dose_frequency(const Words& words, std::size_t i);

// trade_units.cpp: "20 kg DM a day" -> "twenty kilograms of dry matter a day", "180 kg N/ha" ->
// "... kilograms of nitrogen per hectare".
std::optional<Match> match_dry_matter(const Words& words, std::size_t i);

// livestock_marks.cpp: "268p/kg lw" -> "... liveweight", "dw" deadweight, "Limousin x bullock" ->
// "Limousin-cross bullock", "DLWG", "38.25ppl" -> "thirty-eight point two five pence per litre".
std::optional<Match> match_livestock_mark(const Words& words, std::size_t i);
// trade_units.cpp: "studs at 16\" o.c." -> "sixteen inches on center", a builder's spacing.
std::optional<Match> match_on_center(const Words& words, std::size_t i);
// trade_units.cpp: "9 km a.s.l." -> "nine kilometers above sea level".
std::optional<Match> match_sea_level_datum(const Words& words, std::size_t i);
// hobby_units.cpp: "16.2 hh" -> "sixteen two hands", "an 8-y.o. mare", "300 US gal", "35 ppt" of salt water.
std::optional<Match> match_hobby_unit(const Words& words, std::size_t i);
// fabric_weights.cpp: "a 20D shell" -> "a twenty denier shell", "800FP down" -> "eight hundred
// fill power down".
std::optional<Match> match_fabric_weight(const Words& words, std::size_t i);
// measure.cpp: "2ℓ + 1 states" is left as written; the script small l is a litre only before
// punctuation, in a price per it ("16c/ℓ") or before a word it cannot be counting.
std::optional<Match> match_script_l_symbol(const Words& words, std::size_t i);
// mint_marks.cpp: "a 2019-W cent" -> "a twenty nineteen W cent", a coin's year and mint.
std::optional<Match> match_mint_mark(const Words& words, std::size_t i);
// billion_units.cpp: "14.2 BU" of hydro output -> "fourteen point two billion units".
std::optional<Match> match_billion_unit(const Words& words, std::size_t i);
// gear_counts.cpp: "a 21F/5R powershift" -> "twenty one forward, five reverse".
std::optional<Match> match_gear_count(const Words& words, std::size_t i);
// fraction_units.cpp: "the 48/60-hr week" -> "the forty-eight- or sixty-hour week".
std::optional<Match> match_alternative_figures(const Words& words, std::size_t i);
// gear_counts.cpp: "a 3-pt hitch" -> "a three-point hitch".
std::optional<Match> match_hitch_points(const Words& words, std::size_t i);
// trade_units.cpp: units a trade uses, read from the words around them ("300 fps" by a bow,
// "2.47 ac" of land).
std::optional<Match> match_trade_unit(const Words& words, std::size_t i);
// bare_temperatures.cpp: "lows of -8 C", "a high of 31 F" -> "minus eight degrees Celsius":
// a temperature with no degree sign beside words of the weather, or with a minus.
std::optional<Match> match_bare_temperature(const Words& words, std::size_t i);
// letter_units.cpp: unit letters a trade's words decide ("every 3.7 d", "24 tph", "a 21G
// needle", "60-s exposures", "23′ 28″" beside degrees), time plurals after a noun ("delay mins").
std::optional<Match> match_letter_unit(const Words& words, std::size_t i);
// measure_lists.cpp: "the 198cm, 104kg ruckman" -> "the one-hundred-ninety-eight-centimeter,
// one-hundred-four-kilogram ruckman": glued measures listed before their noun.
std::optional<Match> match_listed_measures(const Words& words, std::size_t i);
// dimension_pairs.cpp: "a 10 m × 4 m pool" or "a 10m x 4m pool" -> "a ten-by-four-meter pool".
std::optional<Match> match_dimension_pair(const Words& words, std::size_t i);
// "40cm x 30cm" -> "forty centimeters by ...": glued sides across a times sign, each with its
// unit, one adjective before the noun they size (match_dimension_pair).
std::optional<Match> match_glued_dimensions(const Words& words, std::size_t i);
// The unit letters after the figure at i, spaced ("3.7 d") or glued ("24tph"): the number of
// words the two take (0 when the letters are not there), and the figure (letter_units.cpp).
std::size_t unit_letters_after(const Words& words, std::size_t i, std::string_view letters, std::string_view& figure);
// "a 21G needle" -> "a twenty-one-gauge needle", "stretched to 00g" -> "double-oh gauge" (gauges.cpp).
std::optional<Match> match_gauge(const Words& words, std::size_t i);
// "quick 30' washes" -> "thirty-minute washes": a prime before a timed noun (minute_marks.cpp).
std::optional<Match> minute_mark(const Words& words, std::size_t i);
// "17° dps" -> "seventeen degrees per side" (minute_marks.cpp).
std::optional<Match> per_side(const Words& words, std::size_t i);
// rate_letters.cpp: "1,800 pph" by a ride -> "people per hour", "80 gsm" -> "eighty grams per
// square meter", "12-ga shells" -> "twelve-gauge shells", "3.1 HPRD", "Ne 30/1 yarn".
std::optional<Match> match_rate_letters(const Words& words, std::size_t i);
// commodity_units.cpp: "30,000 t cargoes" -> "thirty-thousand-tonne cargoes", "21.3 \u00a2/lb" ->
// "twenty one point three cents per pound".
std::optional<Match> match_commodity_unit(const Words& words, std::size_t i);
// "42m 60ch" miles and chains, "(1:40)" beside a gradient, "650 m-radius", "8-12 s", "92 GU" of
// paint, "$65,000 pd" of a charter: a trade's shorthand read by its cue (track_measures.cpp).
std::optional<Match> match_track_measure(const Words& words, std::size_t i);
// rate_bases.cpp: "per 1,000 gal" -> "per thousand gallons", "per 100 km" -> "per hundred kilometers".
std::optional<Match> match_rate_base(const Words& words, std::size_t i);

// paces.cpp: "averaged 4:05/km" -> "four oh five per kilometer", a runner's minutes and seconds per a distance.
std::optional<Match> match_pace(const Words& words, std::size_t i);
// The second as a pace writes it before a distance ("s/50m", "sec/100 m"): the symbol before
// the slash and the distance's unit after its figure; nullopt for any other pair. The measure
// rules call it where the pace rule leaves the figure ("125.3 s/100m", "45 s/100 m").
std::optional<UnitName> seconds_before_distance(std::string_view symbol, std::string_view distance);

// scaled_rates.cpp: "45 mL/min/1.73m2" -> "forty five milliliters per minute per one point seven three square meters".
std::optional<Match> match_scaled_rate(const Words& words, std::size_t i);

// portion_sizes.cpp: "per 30 g serving" -> "per thirty-gram serving".
std::optional<Match> match_portion_size(const Words& words, std::size_t i);

// counted_sizes.cpp: "3 x 500ml bottles" -> "three five-hundred-milliliter bottles".
std::optional<Match> match_counted_size(const Words& words, std::size_t i);  // "3 x 500ml bottles"

// assay_grades.cpp: "1.8 g/t Au" -> "... gold", "0.62% Cu" -> "... copper".
std::optional<Match> match_assay_element(const Words& words, std::size_t i);

// arc_positions.cpp: "50°23'N" -> "fifty degrees twenty three minutes north".
std::optional<Match> match_arc_position(const Words& words, std::size_t i);

// compass.cpp: "20 miles ESE of", "from the NW" -> "east-southeast", "northwest".
std::optional<Match> match_compass_point(const Words& words, std::size_t i);
// "NE" -> "northeast", "SSW" -> "south-southwest": the name of a point written in capitals.
std::optional<std::string_view> compass_point_name(std::string_view core);
// "SSW", "south-west", "North": a point written in capitals or spelled, in any case.
bool names_compass_point(std::string_view core);
// compass_spans.cpp: "on NE–E aspects" -> "northeast to east"; "SW 4 to 5" in a forecast -> "southwest".
std::optional<Match> match_compass_span(const Words& words, std::size_t i);
// "near 25.3N 70.1W" -> "twenty five point three north seventy point one west": a latitude and
// a longitude written with their hemisphere letters.
std::optional<Match> match_coordinates(const Words& words, std::size_t i);

// compass_sides.cpp: "the E. boundary", "in the NE".
std::optional<Match> match_compass_side(const Words& words, std::size_t i);      // "the E. boundary", "in the NE"

// quadrant_bearings.cpp: "N 45°30' E", a surveyor's bearing.
std::optional<Match> match_quadrant_bearing(const Words& words, std::size_t i);  // "N 45°30' E"

// grid_references.cpp: "NY 215 072" near a word of maps, "NY215072" -> "N.Y, two one five, zero seven two".
std::optional<Match> match_grid_reference(const Words& words, std::size_t i);

// exposure.cpp: "f/2.8" -> "f two point eight", "1/250s" -> "one two hundred fiftieth of a second", "30p" video.
std::optional<Match> match_exposure(const Words& words, std::size_t i);

// size_systems.cpp: "UK 10/US 6" -> "U.K ten, U.S six": a size in two or more systems.
std::optional<Match> match_size_systems(const Words& words, std::size_t i);
// "32/33 sleeves" -> "thirty two, thirty three sleeves": a pair of sizes, no fraction.
std::optional<Match> match_size_pair(const Words& words, std::size_t i);

// bra_sizes.cpp: "34C" -> "thirty-four C", "30A" -> "thirty Eh" among words of bras and cups.
std::optional<Match> match_bra_size(const Words& words, std::size_t i);

// chemical_formulas.cpp: "H2SO4" -> "H two S.O four", "CaCO3", "Fe2O3": element symbols and counts.
std::optional<std::string> speak_chemical_formula(std::string_view core);
// "NaCl", "KOH" in a line about chemistry: a formula without counts, spelt ("N.A.C.L").
std::optional<Match> match_uncounted_formula(const Words& words, std::size_t i);
// chemical_formulas.cpp: "Ar/CO₂", "Ar/He": a gas mix's noble gases by name ("argon C.O two").
std::optional<Match> match_gas_mix(const Words& words, std::size_t i);
// Any word of element symbols and counts, spelt, deuterium's "D" allowed: for words that are
// surely formulas (subscript_formulas.cpp, nuclides.cpp).
std::optional<std::string> speak_formula_symbols(std::string_view core);
// "Ca" -> "calcium", "Fe" -> "iron": an element's name by its symbol; nullopt for no element.
std::optional<std::string_view> element_name(std::string_view symbol);
// subscript_formulas.cpp: "N₂" -> "N two", "H₂SO₄" -> "H two S.O four", "pO₂" -> "P O two".
std::optional<std::string> speak_subscript_formula(std::string_view core);
bool is_subscript_formula(std::string_view core);
// "PM₁₀", "PM₂.₅": a symbol in capitals that is no formula, its subscript figures written plain
// ("PM10"), as eSpeak NG says nothing for them; nullopt for any other word.
std::optional<std::string> plain_subscript_symbol(std::string_view core);
// nuclides.cpp: the mass number a nuclide opens with at core[k], superscript figures (plain ones
// too with `plain_figures`: "δ13C"), one to three, no leading zero; k moves past it; empty else.
std::string nuclide_mass(std::string_view core, std::size_t& k, bool plain_figures);
// nuclides.cpp: "¹H" -> "H one", "¹⁴C" -> "C fourteen".
std::optional<std::string> speak_nuclide(std::string_view core);

// imaging_marks.cpp: "a 16-ch. coil" -> "a sixteen-channel coil", "L1–L4" beside the spine
// -> "L one to L four".
std::optional<Match> match_imaging_mark(const Words& words, std::size_t i);

// genome_units.cpp: "a 1.2 Mb deletion", "a 12-bp insertion" in a line about genomes -> megabase,
// base pair; elsewhere the letters stay bits, bytes and basis points.
std::optional<Match> match_genome_unit(const Words& words, std::size_t i);

// rate_modifiers.cpp: "250 mg/5 mL oral suspension", "45 g/m² newsprint": a mass per a volume
// or an area before a noun names the product, one adjective ("two-hundred-fifty-milligram-per-five-milliliter").
bool is_strength_ratio(std::string_view head, std::string_view per);  // "mg", "5 mL"
bool strength_sizes_noun(const Words& words, std::size_t i, std::size_t last);
bool strength_before_noun(const Words& words, std::size_t i, std::size_t count);
// A lowercase noun (or a hyphened compound of lowercase words) right after word `last`.
bool plain_noun_after(const Words& words, std::size_t last);
// adjectival_quantities.cpp: "a bottle of 3 mg e-liquid", "20 t of 45 g/m² newsprint": the
// quantity at i follows "of" after an amount or a container, which says how much already.
bool grades_after_amount_of(const Words& words, std::size_t i);

// converted_measures.cpp: "a 48\" (122 cm) height limit": the word after a measure's
// conversion in brackets, or past how a rating is made up ("the 36 V (2 × 18 V) saw"), or n
// when no such aside opens at word n; and whether the bracketed
// measure of `count` words at k converts one that qualifies the noun after it.
std::size_t past_measure_aside(const Words& words, std::size_t n);
bool converted_before_noun(const Words& words, std::size_t k, std::size_t count);

}  // namespace briefcast::rules
