// A page's number and date conventions, read once per article (or per line when no article is
// given) and asked by every class through page_conventions(): the decimal mark ("7,5" on a
// continental page is seven point five, "1.842" a count in thousands), whether thousands are
// parted by spaces ("R4 500" in South Africa), and which figure of a date comes first.
// Where the page gives no cue, English conventions hold.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "normalize/text_util.h"
#include <string_view>

namespace briefcast::rules {

struct PageConventions {
  std::optional<char> decimal_mark;     // ',' where thousands are parted by points
  std::optional<bool> space_thousands;  // "4 500" is four thousand five hundred
  std::optional<bool> day_first;        // "03/02/2025" is the third of February
  // What this page leaves open, `outer` (the article) tells.
  PageConventions or_else(const PageConventions& outer) const;
};

// The conventions of a place, a country or city named in copy ("Brazil", "Zürich", "Ohio"),
// lowered; nullopt for any other word. The one table of which place writes what.
std::optional<PageConventions> place_conventions(std::string_view lowered_place);

// The conventions a text, as typeset, tells of itself (its tag, "en-ZA"; its figures that read
// one way only, "7,5 %", "1.234.567", "25/07/2024"; the places it names); figures overrule
// places. Figures set the continental or SI way (a decimal comma, thousands parted by spaces)
// also tell that the writer puts the day first: no American copy writes them.
PageConventions infer_page_conventions(std::string_view typeset, std::string_view language);
// The same, when the caller has the text's typeset spaces made plain already (`written`).
PageConventions infer_page_conventions(std::string_view typeset, std::string_view written, std::string_view language);

// The date order the places a line or text names tell ("in Madrid" day first, "in Ohio" month
// first); nullopt when none is named, they disagree, or a name is a person's ("Paris Hilton").
std::optional<bool> places_day_first(const std::vector<text::Word>& words);

// Whether a line names South Africa: a place of it in the table above ("Durban", "Cape Town"),
// a region or town ("Gauteng", "Western Cape", "Sandton") or a body ("JSE", "Eskom"). The one
// list of South African cues, read by the rand ("paid R500") and a line's date order.
bool tells_of_south_africa(const std::vector<text::Word>& words);
// Whether a line names Malaysia: the country, a state or city ("Johor", "Kuala Lumpur"), a body
// ("Bursa", "Bank Negara"), a company's "Bhd" or a figure's "sen". The one list of Malaysian
// cues, read by the ringgit's "RM" before a whole figure ("RM12" is also a postcode).
bool tells_of_malaysia(const std::vector<text::Word>& words);
// Whether a line names a place of the United States or Canada (a state, a city, a province,
// "Dallas County"), wherever it stands: outweighs the cue of a British court's name.
bool tells_of_north_america(const std::vector<text::Word>& words);

// The conventions of the page being read (all unknown outside a PageScope).
const PageConventions& page_conventions();
bool page_writes_decimal_comma();

// While one lives, page_conventions() tells `page`, each open question left to the outer page.
// The line with its figures written the English way for the rules after: "7,5 %" -> "7.5 %",
// "1'250.–" -> "1,250", on a continental page "1.842" -> "1,842", on a South African one
// "R4 500" -> "R4,500" (numbers/page_figures.cpp).
std::string english_figures(std::string_view line);
// The typeset spaces of a text made plain: between a figure's groups of thousands a group mark
// ("1\u00a0246 oocytes" -> "1,246 oocytes", "1\u202f246,5" -> "1.246,5"), anywhere else an
// ordinary space ("27\u00a0\u00b0C" -> "27 \u00b0C"). Words are parted by ordinary spaces only.
std::string typeset_spaces(std::string_view text);
// Whether a typeset space parts a figure's groups anywhere in the text ("1\u202f850 t").
bool has_typeset_groups(std::string_view typeset);

class PageScope {
 public:
  explicit PageScope(const PageConventions& page);
  ~PageScope();
  PageScope(const PageScope&) = delete;
  PageScope& operator=(const PageScope&) = delete;

 private:
  PageConventions outer_;
};

}  // namespace briefcast::rules

namespace briefcast::rules::marks {
// The shapes of a figure's marks that page conventions read ("run" is digits and marks only).
// "1.842", "1.234.567": whole groups of three parted by `mark`, at least `groups` of them.
bool grouped_by(std::string_view run, char mark, int groups);
// "7,5", "293,47": a comma with one or two figures after it, never a thousands comma.
bool short_comma_decimal(std::string_view run);
// "98.4", "3.25": a point with one or two figures after it, never a thousands point.
bool short_point_decimal(std::string_view run);
// Where a word's figure starts and how long its run of digits and inner marks is: "€1.249,–"
// -> {1, 5}; a mark not followed by a digit ends the run.
std::pair<std::size_t, std::size_t> figure_run(std::string_view word);
// Whether the short comma decimal of word i is sure by its shape or its neighbours: a nought
// before the comma or two figures after it ("0,12", "1,74", "R$ 293,47"), a minus sign before it
// ("\u221268,4"), a percent sign or a scale after it ("7,5 %", "1,2 M", "1,4 mio.").
bool sure_comma_decimal(const std::vector<text::Word>& words, std::size_t i);
// Whether the words after figure i quote it to three decimals: a price per litre or
// kilowatt-hour ("1.859 € a litre"), a percentage ("2.345 %").
bool keeps_three_decimals(const std::vector<text::Word>& words, std::size_t i);
}  // namespace briefcast::rules::marks
