// Numbers: cardinals, ordinals, decimals, fractions, ranges, ratios and the figures whose
// reading depends on the words around them (counts, bands, pairs, labels).
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
// page_counts.cpp: word k writes a percentage: "12%", "7pc", "4.5 percent", the "cent" of
// "18 per cent"; and whether any word of the line does.
bool is_percentage_word(const Words& words, std::size_t k);
bool line_has_percentage(const Words& words);
// nutrition_labels.cpp: the figure after the nutrient's label at word `label` ("Calories from
// Fat 1782") is an amount, in a line that reads as a nutrition facts table.
bool counts_after_nutrient_label(const Words& words, std::size_t label);
std::optional<Match> match_year(const Words& words, std::size_t i);
// "3100 – 2900 BCE", "1520–1390 cal BC", "2870±40 BP": an era's span or a radiocarbon date.
std::optional<Match> match_era_span(const Words& words, std::size_t i);
// A model's variant after its dash ("800" in "737-800", "9", "300ER"), said; with
// `customer_codes`, three other figures are a Boeing customer code said in pairs ("222").
std::optional<std::string> model_variant(std::string_view variant, bool customer_codes);

// ordinal.cpp: "21st", "1,000th"; a suffix that does not fit the number ("2th") is no ordinal.
std::optional<std::string> speak_ordinal(std::string_view core);
// The same test without the words, for rules that ask what a neighbour is ("the 67th min").
bool is_ordinal_figure(std::string_view core);

// decimal.cpp: "0.1", ".5", with a scale word ("1.5 billion") or letter ("3.5bn").
std::optional<std::string> speak_scale(std::string_view word);  // "bn" -> "billion"
std::optional<std::string> speak_decimal(std::string_view core);

// fraction.cpp: "3/4", "1/4th", "1½", "2 142/1", "1795 / 1805".
std::optional<std::string> speak_fraction(std::string_view core);
bool is_fraction_denominator(int d);  // 2 to 10, 12, 16, 20, 25, 32, 50, 64, 100
std::optional<Match> match_fraction(const Words& words, std::size_t i);
std::optional<Match> match_fraction_adjective(const Words& words, std::size_t i);  // "the 1/4 mile"

// range.cpp: "10-20", "2008-2010", "$5-$10", "1960s-1980s".
std::optional<Match> match_spaced_range(const Words& words, std::size_t i);
// range.cpp: "10-20", "2008-2010", "$5-$10", "1960s-1980s".
std::optional<std::string> speak_range(std::string_view core);
std::optional<Match> match_ratio(const Words& words, std::size_t i);  // "3:1" -> "three to one"
std::optional<Match> match_money_range(const Words& words, std::size_t i);  // "$40-50 billion"
std::optional<Match> match_score(const Words& words, std::size_t i);  // "won 109-98", "a 3-0 win"

// roman.cpp: regnal and sequel numbers after a name ("Elizabeth II", "World War II").
std::optional<Match> match_roman(const Words& words, std::size_t i);
// roman.cpp: "iv" -> 4: a small numeral in lower case (i, v and x only), as items are numbered.
std::optional<int> lower_roman_value(std::string_view s);
// roman.cpp: "Vol" -> "Volume", "Div" -> "Division": a label written short before its number.
std::optional<std::string_view> short_label_word(std::string_view short_form);
// "No", "Dynasty": labels after which a lone "I" is as often the pronoun opening the next
// clause ("No. I think", "the Ming Dynasty I know little of") as a count, so it stays the pronoun;
// the number one is written "No. 1", a first house "Dynasty 1".
bool lone_i_stays_pronoun_after(std::string_view label);
// roman_list_marks.cpp: "i", "v", "x": a numeral of one letter, which may be the letter itself
// ("(a) to (x)"); it is read as a numeral only beside a longer one or where the letter cannot stand.
bool may_be_letter(std::string_view s);
// roman_list_marks.cpp: "(iv)", "(ii),": a lower-case numeral in brackets, a list's mark if its
// neighbours agree; match_roman_list_mark says it as its number ("(ii)" -> "two").
bool is_list_mark(const Word& w);
std::optional<Match> match_roman_list_mark(const Words& words, std::size_t i);
std::optional<Match> match_model_mark(const Words& words, std::size_t i);  // "MkII" -> "Mark two"

// count_scale.cpp: "3.2m users", "8.5M devices", "850K TEUs": a count written with the letter
// of its scale; a lower-case "m" is million or meters as the line's other words say.
std::optional<Match> match_count_scale(const Words& words, std::size_t i);
// count_scale.cpp: how a count or an amount written with "+" (word i, `said` without the "+") is
// said: a round or scaled figure is a rough floor, "more than three hundred"; another a
// threshold it includes, "twenty six or more"; where "or more", "or above" or "or higher"
// follows already, the figure alone ("$1+ or more" is not "or more or more").
std::string said_at_least(const Words& words, std::size_t i, const std::string& said, bool round);

// plural_figures.cpp: "grade 9s" -> "grade nines", "took 5s" -> "took five seconds".
std::optional<Match> match_plural_figure(const Words& words, std::size_t i);

// point_thousands.cpp: "3.000 visitors" -> "three thousand visitors": a point before groups of three digits.
std::optional<Match> match_point_thousands(const Words& words, std::size_t i);
// counted_figures.cpp: "sold 1277 cattle" -> "one thousand two hundred seventy seven cattle".
std::optional<Match> match_counted_figure(const Words& words, std::size_t i);

// slashed_shares.cpp: "a 75/15/10 mash bill" -> "seventy five, fifteen, ten"; "for 5/7" in a
// line about doses -> "for five days".
std::optional<Match> match_slashed_shares(const Words& words, std::size_t i);

// planning_counts.cpp: "7 No dwellings", "12 No. units" -> "seven dwellings", "twelve units".
std::optional<Match> match_planning_count(const Words& words, std::size_t i);

// listed_codes.cpp: "services 2, 2C, 3" -> "two, two C, three": a lettered figure in a list of figures.
std::optional<Match> match_listed_code(const Words& words, std::size_t i);

// age_bands.cpp: "18-24s" -> "eighteen to twenty fours", "10-11-year-olds", "among 65+ voters",
// an age category "M35-39" -> "M thirty five to thirty nine".
std::optional<Match> match_age_band(const Words& words, std::size_t i);

// pair_readings.cpp: "6/12 vision" -> "six twelve", "trimix 18/45", "50/34 chainrings", "signals were 5/9".
std::optional<Match> match_pair_reading(const Words& words, std::size_t i);

// signed_pairs.cpp: "-2/+2" -> "minus two to plus two", "-3/-5C", "-2.75/-0.50": signs kept.
std::optional<Match> match_signed_pair(const Words& words, std::size_t i);

// lettered_ranges.cpp: "8P-14P" -> "eight P to fourteen P", "11–36T cassette" -> "eleven to thirty six tooth cassette".
std::optional<Match> match_lettered_range(const Words& words, std::size_t i);
// colon_ratios.cpp: "a 1:18 scale" -> "one to eighteen", "a fall of 1:40" -> "one in forty".
std::optional<Match> match_colon_ratio(const Words& words, std::size_t i);

// aspect_ratios.cpp: "a 16:10 aspect ratio" -> "sixteen to ten", never a clock time.
std::optional<Match> match_aspect_ratio(const Words& words, std::size_t i);

// success_rates.cpp: "48/52 at 92%", "7/9 (78%)" -> "forty eight of fifty two" when the share checks out.
std::optional<Match> match_success_rate(const Words& words, std::size_t i);

// comparison_signs.cpp: "at < 1 ppm" -> "at less than one part per million", a sign set apart from its figure.
std::optional<Match> match_comparison_sign(const Words& words, std::size_t i);

// list_numbers.cpp: "rankings: 1. Mendez 77 pts; 2. Haugen" -> "one, Mendez ...; two, Haugen": a
// list's place number said with a comma's pause, not a sentence end's.
std::optional<Match> match_list_number(const Words& words, std::size_t i);
// The word at `name` is an entrant's name after a list's place number ("2. Morita 204"): the
// figure after it is the entrant's tally, a count, not a model's number said in pairs.
bool names_listed_entrant(const Words& words, std::size_t name);
// vessel_identities.cpp: "lifeboat 16-09" -> "sixteen oh nine"; "MMSI 235 118 904" said digit by
// digit, group by group.
std::optional<Match> match_lifeboat_number(const Words& words, std::size_t i);
std::optional<Match> match_vessel_identity(const Words& words, std::size_t i);
// numbered_labels.cpp: "the No. 12B bus" -> "the number twelve B bus": a figure with one or two
// capitals after a number sign is a label (glued, "#31B", speak_number_sign reads it).
std::optional<Match> match_numbered_label(const Words& words, std::size_t i);
// "12B" -> "twelve B", "4A" -> "four A" (the A as its letter); nothing for other shapes.
std::optional<std::string> speak_lettered_figure(std::string_view core);

// times_signs.cpp: "18 sts x 24 rows" -> "... by ...".
std::optional<Match> match_times_sign(const Words& words, std::size_t i);

// sex_counts.cpp: "a 3.4.2 group" among zoo animals -> "three males, four females and two unsexed".
std::optional<Match> match_sex_count(const Words& words, std::size_t i);

// stat_lines.cpp: "a 9/1/14 KDA" -> "nine, one, fourteen", never a date.
std::optional<Match> match_stat_line(const Words& words, std::size_t i);

// page_counts.cpp: "384pp", "352 pp", "a 240pp hardback" -> "a two-hundred-forty-page hardback"; "up 3pp" stays points.
std::optional<Match> match_page_count(const Words& words, std::size_t i);

// counted_figures.cpp: "312 of 650 seats" -> "three hundred twelve of six hundred fifty seats".
std::optional<Match> match_count_of_total(const Words& words, std::size_t i);
// slashed_counts.cpp: "lap 9/20" -> "lap nine of twenty", "screen 17/18" -> "seventeen to eighteen", "a 4/4 press".
std::optional<Match> match_slashed_count(const Words& words, std::size_t i);
// fraction.cpp: "a GCS of 14/15", "rated 4/5" -> "fourteen out of fifteen", "four out of five".
std::optional<Match> match_scored_mark(const Words& words, std::size_t i);

}  // namespace briefcast::rules
