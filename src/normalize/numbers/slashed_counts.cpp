// Two whole figures with a slash that are no fraction, told by the word before them or the
// trade around them:
//  - a count out of a total after the thing counted: "lap 9/20", "Stage 5/21", "episode 3/8"
//    -> "lap nine of twenty"; "nine twentieths" had been said;
//  - two neighbouring sizes or grades: "screen 17/18 beans", "size 8/10", "grade 3/4" ->
//    "screen seventeen to eighteen"; "seventeen over eighteen" had been said;
//  - a glazing unit's panes and gaps in millimetres: "a 6/14/6 unit", "6/12/4/12/6" ->
//    "six-fourteen-six", as glaziers say it; "four slash sixteen slash four" had been said;
// A print job's inks ("a 4/4 press") are read before this, by print_inks.cpp.
// A unit after the figures ("part 1/2 inch") makes them a measure, left to its rules.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

struct Pair {
  int top = 0;
  int bottom = 0;
  std::string_view left;
  std::string_view right;
};

std::optional<Pair> whole_pair(std::string_view core) {
  auto pair = text::figure_pair(core, '/', 3);
  if (!pair || pair->left[0] == '0' || pair->right[0] == '0') return std::nullopt;
  return Pair{std::stoi(std::string(pair->left)), std::stoi(std::string(pair->right)), pair->left, pair->right};
}

// Things run or told in numbered turns, after which "9/20" is the ninth of twenty.
bool counts_turns(std::string_view w) {
  return text::is_one_of_lowered(w, {"lap", "round", "stage", "game", "hole", "race", "episode", "part",
                                     "leg", "heat", "chapter", "volume", "vol", "match", "week", "step", "phase",
                                     "set", "frame", "track", "question", "day", "night", "issue", "book", "test"});
}

// Sizes and grades written two at a time when a lot spans both.
bool names_grades(std::string_view w) {
  return text::is_one_of_lowered(w, {"screen", "screens", "size", "sizes", "grade", "grades", "mesh", "gauge",
                                     "class", "classes", "band", "bands", "level", "levels", "category", "tier"});
}

// The words after the figures: a unit makes them a measure.
bool measure_follows(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return false;
  std::string_view next = words[i + 1].core;
  // Units written as words, which the symbol table does not hold.
  if (text::is_one_of_lowered(next, {"inch", "inches", "mile", "miles", "foot", "feet", "cup", "cups", "pound",
                                     "pounds", "ounce", "ounces", "pint", "pints", "teaspoon", "tablespoon"})) {
    return true;
  }
  return find_unit(next).has_value() && !text::is_one_of_lowered(next, {"in", "at", "a", "an", "per", "is", "m"});
}

// "1/4-1/2 cup", "3/16-5/16": a span of two fractions in one word, each under one and over a
// fraction's bottom, said "a quarter to a half"; the piece reading had said "one slash four".
std::optional<Match> fraction_span(const Word& w) {
  std::size_t dash = w.core.find('-');
  if (dash == std::string_view::npos || !w.prefix.empty()) return std::nullopt;
  std::string said;
  for (std::string_view part : {w.core.substr(0, dash), w.core.substr(dash + 1)}) {
    auto pair = whole_pair(part);
    if (!pair || pair->top >= pair->bottom || !is_fraction_denominator(pair->bottom)) return std::nullopt;
    auto words = speak_fraction(part);
    if (!words) return std::nullopt;
    // "a quarter to a half", as a single part is said in a span.
    if (text::starts_with(*words, "one ")) words = "a " + words->substr(4);
    said += (said.empty() ? "" : " to ") + *words;
  }
  return Match{1, said, false};
}

}  // namespace

// A word of glazing, near which a glazing unit's build-up is told: "glazing", "double-glazed",
// "IGU", "argon", "krypton", "low-E", a whole "pane" or "panes". Not "panel", "window" or
// "glass" alone, which ordinary news writes beside dates ("the panel met on 5/10/10").
bool is_glazing_word(std::string_view core) {
  std::string w = text::lower(core);
  std::string head = w.substr(0, w.find('-'));  // "argon-filled", "krypton-filled"
  return w.find("glaz") != std::string::npos || text::is_one_of(head, {"argon", "krypton"}) ||
         text::is_one_of(w, {"igu", "igus", "low-e", "pane", "panes"});
}

// A glazing word within `span` words of word i, or an insulating (insulated) glass unit.
bool glazing_near(const Words& words, std::size_t i, std::size_t span) {
  for (std::size_t k = i > span ? i - span : 0; k < words.size() && k <= i + span; ++k) {
    if (is_glazing_word(words[k].core)) return true;
    bool glass_unit = k + 2 < words.size() && text::is_one_of_lowered(words[k].core, {"insulating", "insulated"}) &&
                      text::is_one_of_lowered(words[k + 1].core, {"glass"}) &&
                      text::starts_with(text::lower(words[k + 2].core), "unit");
    if (glass_unit) return true;
  }
  return false;
}

// "6/14/6", "6/12/4/12/6": panes of 3 to 12 mm and gaps of 6 to 24 mm between them, three or five
// figures, in a line of glazing; said as glaziers do, each figure in turn ("six-fourteen-six").
// Three figures that could be a month, a day and a two-figure year ("5/10/10") are a date unless
// a glazing word stands within five words.
std::optional<Match> glazing_build_up(const Words& words, std::size_t i) {
  auto parts = text::split(words[i].core, '/');
  if ((parts.size() != 3 && parts.size() != 5) || !words[i].prefix.empty()) return std::nullopt;
  std::string said;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].empty() || parts[k].size() > 2 || !text::all_digits(parts[k]) || parts[k][0] == '0') return std::nullopt;
    int mm = std::stoi(std::string(parts[k]));
    bool pane = k % 2 == 0;
    if ((pane && (mm < 3 || mm > 12)) || (!pane && (mm < 6 || mm > 24))) return std::nullopt;
    said += (said.empty() ? "" : " ") + cardinal_words(parts[k]);
  }
  bool could_be_date = parts.size() == 3 && std::stoi(std::string(parts[1])) <= 31 && parts[2].size() == 2;
  if (!glazing_near(words, i, could_be_date ? 5 : 10)) return std::nullopt;
  return Match{1, text::hyphenated(said), false};
}

std::optional<Match> match_slashed_count(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto glazing = glazing_build_up(words, i)) return glazing;
  if (auto span = fraction_span(w)) return span;
  if (i == 0 || !w.prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  auto pair = whole_pair(w.core);
  if (!pair || measure_follows(words, i)) return std::nullopt;
  std::string_view before = words[i - 1].core;
  std::string top = cardinal_words(pair->left);
  std::string bottom = cardinal_words(pair->right);
  if (names_grades(before) && (pair->bottom == pair->top + 1 || pair->bottom == pair->top + 2)) {
    return Match{1, top + " to " + bottom, false};
  }
  // "stage 3/4", "set 5/6" tell a grade as well as a turn: a count needs a total past the next.
  // "Round 1/16 of the cup": before "of" the figures are a share or a round's name.
  bool share = w.suffix.empty() && i + 1 < words.size() && text::iequals(words[i + 1].core, "of");
  if (counts_turns(before) && !share && pair->top <= pair->bottom && pair->bottom >= 2 &&
      (pair->bottom > pair->top + 1 || !text::is_one_of_lowered(before, {"stage", "phase", "level", "step"}))) {
    return Match{1, top + " of " + bottom, false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
