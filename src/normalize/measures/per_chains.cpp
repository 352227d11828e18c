// A unit over two or more things it is counted per, in one word with slashes: "6,800
// kg/cow/yr", "300 kg/vessel/day" -> "six thousand eight hundred kilograms per cow per year".
// Each slash after a unit is "per", as in "km/h"; read as a choice between words it had been
// "K G, cow or yr", the rate lost. Only a unit the tables know may head the chain, and each
// later part must be a span of the calendar, a unit, or a plain lowercase noun (an animal, a
// boat, a head), so "and/or" or "A/B/C" never start one.
#include <vector>

#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// What a rate is counted per: a span of the calendar shortened or whole, a unit, or a noun.
std::optional<std::string> per_part(std::string_view part) {
  if (part == "yr" || part == "yrs") return std::string("year");
  if (part == "wk") return std::string("week");
  if (part == "mo") return std::string("month");
  if (part == "d" || part == "day") return std::string("day");
  if (part == "h" || part == "hr") return std::string("hour");
  if (part.size() < 2 || part.size() > 12 || !text::all_alpha(part)) return std::nullopt;
  if (auto unit = per_unit_name(part)) return unit;
  for (char c : part) {
    if (!text::is_lower(c)) return std::nullopt;
  }
  return std::string(part);
}

// "3/m²/wk", "12/ha/yr": a bare count over an area and a span, one word, as pest control and
// planting copy write a release rate ("three per square meter per week"). The second part must
// be a unit the tables know, so a date ("3/12/24") or a score never reads so.
std::optional<Match> count_per_chain(const Word& w) {
  std::vector<std::string_view> parts = text::split(w.core, '/');
  if (parts.size() != 3 || !text::all_digits(parts[0]) || parts[0].size() > 6) return std::nullopt;
  auto figure = text::parse_plain_figure(parts[0]);
  auto per_unit = per_unit_name(parts[1]);
  auto span = per_part(parts[2]);
  if (!figure || !per_unit || !span || !find_unit(parts[1])) return std::nullopt;
  return Match{1, number_words(*figure, false) + " per " + *per_unit + " per " + *span, false};
}

// What field, sport and police copy counts things per: a span of the calendar, a head, a bout
// of effort ("goals/game", "calls/shift", "larvae/dip"). A chain must end on one of them, so a
// slashed pair of plain nouns ("bricks/mortar") stays a pair.
bool is_effort_base(std::string_view part) {
  return text::is_one_of(part, {"day", "week", "month", "year", "yr", "wk", "hr", "hour", "night", "shift", "game",
                                "match", "trap", "dip", "visit", "trip", "head", "person", "capita", "patient",
                                "officer", "household", "hectare", "acre", "tree", "plant", "hen", "cow", "player",
                                "round", "race", "flight", "vessel", "boat", "season", "sample", "net", "haul",
                                "teacher", "doctor", "nurse", "bed", "class"});
}

// "412 eggs/trap/week" or "3.2 goals/game": after a figure, a plural counted noun over one or two
// singular ones is a rate, each slash "per" ("three point two goals per game"). Every base must
// be singular, so "9 boys/girls" and "40 students/staff" stay alternatives.
std::optional<Match> counted_noun_chain(const Words& words, std::size_t i, const std::string& figure) {
  std::vector<std::string_view> parts = text::split(words[i + 1].core, '/');
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  std::string_view counted = parts[0];
  bool plural = (counted.size() > 3 && text::all_alpha(counted) && text::is_lower(counted[0]) && counted.back() == 's' &&
                 !text::ends_with(counted, "ss") && !find_unit(counted)) ||
                text::is_one_of(counted, {"larvae", "pupae", "people", "children", "mice", "geese", "fish"});
  // "4 days/week", "2 times/day": a count of spans or of times in a span is said "a week"
  // (field_measures.cpp).
  bool spans = text::is_one_of(counted, {"days", "nights", "times", "weeks", "months", "hours", "minutes", "years"});
  if (!plural || spans || !is_effort_base(parts.back())) return std::nullopt;
  std::string said = figure + " " + std::string(counted);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    std::string_view base = parts[k];
    bool singular = base.size() > 1 && text::all_alpha(base) && text::is_lower(base[0]) && base.back() != 's';
    auto per = per_part(base);
    if (!singular || !per) return std::nullopt;
    said += " per " + *per;
  }
  return Match{2, said, false};
}

}  // namespace

std::optional<Match> match_per_chain(const Words& words, std::size_t i) {
  if (words[i].prefix.empty() && !words[i].core.empty() && text::is_digit(words[i].core[0])) {
    if (auto count = count_per_chain(words[i])) return count;
  }
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty()) return std::nullopt;
  auto figure = figure_or_range_words(words[i].core);
  const Word& w = words[i + 1];
  if (!figure || !w.prefix.empty()) return std::nullopt;
  if (auto counted = counted_noun_chain(words, i, *figure)) return counted;
  std::vector<std::string_view> parts = text::split(w.core, '/');
  if (parts.size() < 3 || parts.size() > 4) return std::nullopt;
  auto unit = dose_unit(parts[0]);
  if (!unit) unit = find_unit(parts[0]);
  if (!unit || !text::all_alpha(parts[0])) return std::nullopt;
  std::string said = *figure + " " + (words[i].core == "1" ? unit->one : unit->many);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    auto per = per_part(parts[k]);
    if (!per) return std::nullopt;
    said += " per " + *per;
  }
  return Match{2, said, false};
}

}  // namespace briefcast::rules
