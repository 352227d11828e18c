// How often a dose is taken, as prescriptions and pharmacy copy write it after the dose:
// "500mg b.d." -> "five hundred milligrams twice a day", "5ml t.d.s." -> "three times a day",
// "1g q.d.s.", "one tablet o.d.", "10mg nocte". eSpeak NG spelt the Latin initials ("b d",
// "t d s"), which no listener decodes. The route goes in the same place ("2.4 mg s.c." ->
// "subcutaneously", "i.v.", "i.m.", "p.o."). Read only right after a dose (a figure with a unit of
// mass or volume, or a count of tablets): "bid", "tid" and "od" are words or names elsewhere.
// A dose may be a range ("5-10 mL q.d.s.", "1-2 tabs") or per weight ("1.5 mg/kg s.c. o.d."),
// and a route and a frequency follow each other ("s.c. o.d.", "q4-6h PRN"). An interval is said
// as a pharmacist says it ("q4h" -> "every four hours", "q4-6h" -> "every four to six hours"),
// and so is the most in a day ("max. 8/24h" -> "eight in twenty four hours"); a course in days,
// weeks or months ("for 5/7") is the slashed-shares rule's.
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 38> kFrequencies = {{
    {"b.d", "twice a day"},        {"bd", "twice a day"},       {"b.i.d", "twice a day"},
    {"bid", "twice a day"},        {"t.d.s", "three times a day"}, {"tds", "three times a day"},
    {"t.i.d", "three times a day"}, {"tid", "three times a day"}, {"q.d.s", "four times a day"},
    {"qds", "four times a day"},   {"q.i.d", "four times a day"}, {"qid", "four times a day"},
    {"o.d", "once a day"},         {"q.d", "once a day"},       {"o.n", "at night"},
    {"nocte", "at night"},         {"mane", "in the morning"},  {"p.r.n", "when needed"},
    {"prn", "when needed"},        {"q.h.s", "at bedtime"},     {"o.m", "every morning"},
    {"om", "every morning"},       {"stat", "at once"},         {"m.d.u", "as directed"},
    {"q.a.m", "every morning"},    {"q.p.m", "every evening"},
    // A vet's "s.i.d." (semel in die) is once a day; "q.o.d." every other day.
    {"s.i.d", "once a day"},       {"q.o.d", "every other day"}, {"h.s", "at bedtime"},
    {"a.c", "before meals"},       {"p.c", "after meals"},
    // The route, written in the same Latin initials: "2.4 mg s.c. once weekly".
    {"s.c", "subcutaneously"},     {"sc", "subcutaneously"},    {"s/c", "subcutaneously"},
    {"i.v", "intravenously"},      {"i.m", "intramuscularly"},  {"p.o", "by mouth"},
    {"po", "by mouth"},
}};

bool is_dose_unit(std::string_view u) {
  return text::is_one_of(u, {"mg", "g", "mcg", "\u00b5g", "ug", "ml", "mL", "IU", "units", "unit", "tablet", "tablets",
                             "capsule", "capsules", "drops", "drop", "puffs", "puff", "sachet", "sachets", "caps",
                             "tabs"});
}

bool is_count_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"one", "two", "three", "four", "half", "a"}) || text::parse_number(w).has_value() ||
         is_figure_range(w);
}

// "mg/kg", "mg/kg/day": a dose per kilogram of the patient is a dose too.
std::string_view without_per_weight(std::string_view unit) {
  std::size_t slash = unit.find("/kg");
  return slash == std::string_view::npos ? unit : unit.substr(0, slash);
}

// Word k ends a dose: "500mg", "5 ml", "2 tablets", "one capsule".
bool ends_dose(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty()) return false;
  std::string_view core = words[k].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits > 0 && digits < core.size()) {
    return is_dose_unit(without_per_weight(core.substr(digits))) && text::parse_number(core.substr(0, digits)).has_value();
  }
  return k > 0 && words[k - 1].suffix.empty() && is_dose_unit(without_per_weight(core)) && is_count_word(words[k - 1].core);
}

// The span an interval's last letter names: "h" hours, "d" days, "w" weeks ("q4w", "q2d").
std::string_view interval_span(char letter) {
  switch (letter) {
    case 'h': case 'H': return "hour";
    case 'd': case 'D': return "day";
    case 'w': case 'W': return "week";
    default: return "";
  }
}

// "q4h", "q4-6h", "q12h", "q4\u20136h", "q4w", "q2d": every so many hours, days or weeks.
std::optional<std::string> interval(std::string_view core) {
  std::string_view span = core.empty() ? "" : interval_span(core.back());
  if (core.size() < 3 || core.size() > 10 || (core[0] != 'q' && core[0] != 'Q') || span.empty()) {
    return std::nullopt;
  }
  std::string unit(span);
  std::string_view hours = core.substr(1, core.size() - 2);
  if (!hours.empty() && text::all_digits(hours) && hours.size() <= 2) {
    return hours == "1" ? "every " + unit : "every " + cardinal_words(hours) + " " + unit + "s";
  }
  if (span != "hour") return std::nullopt;
  auto sides = text::split_at_range_dash(hours);
  if (!sides || !is_figure_range(hours) || sides->before.size() > 2 || sides->after.size() > 2 ||
      !text::all_digits(sides->before) || !text::all_digits(sides->after)) {
    return std::nullopt;
  }
  return "every " + cardinal_words(sides->before) + " to " + cardinal_words(sides->after) + " hours";
}

// What word k says when it is a frequency, a route or an interval of a dose.
std::optional<std::string> frequency(const Word& w) {
  if (!w.prefix.empty()) return std::nullopt;
  if (auto every = interval(w.core)) return every;
  if (auto said = text::said_for(kFrequencies, text::lower(w.core))) return std::string(*said);
  return std::nullopt;
}

// Word i follows a dose, or a dose and up to two frequencies or routes ("mg/kg s.c. o.d.").
bool follows_dose(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (ends_dose(words, i - back)) return true;
    const Word& between = words[i - back];
    // "1 mg or placebo s.c.": the placebo arm is given by the same route and at the same interval.
    if (text::iequals(between.core, "placebo") && between.suffix.empty() && between.prefix.empty()) return true;
    if (back == 3 || !(between.suffix.empty() || between.suffix == ".") || !frequency(between)) return false;
  }
  return false;
}

// "12.5 mg/kg of amoxicillin b.i.d.", "500 mg amoxicillin-clavulanate BID": the drug named
// between the dose and its frequency. Only the frequency's dotted or capital initials, which
// name nothing else ("bid" in lower case is an offer), and only over lower-case words of the
// drug's name, with the "of" before it.
bool follows_named_drug(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.find('.') == std::string_view::npos && !(core.size() > 1 && text::all_upper(core))) return false;
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    std::size_t k = i - back;
    if (back > 1 && ends_dose(words, k)) return true;
    const Word& between = words[k];
    bool drug_word = !between.core.empty() && text::is_lower(between.core[0]) &&
                     (between.core == "of" || !text::is_function_word(between.core));
    if (!between.prefix.empty() || !between.suffix.empty() || !drug_word) return false;
  }
  return false;
}

// "max. 8/24h", "maximum 4/24 hrs": the most doses in so many hours, "eight in twenty four hours".
std::optional<Match> most_in_a_day(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || !words[i].prefix.empty() || !text::is_one_of_lowered(words[i - 1].core, {"max", "maximum"})) {
    return std::nullopt;
  }
  std::size_t count = 1;
  if (core.size() > 1 && (core.back() == 'h' || core.back() == 'H')) {
    core.remove_suffix(1);
  } else if (i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"h", "hr", "hrs", "hours"}) &&
             words[i].suffix.empty()) {
    count = 2;
  } else {
    return std::nullopt;
  }
  auto pair = text::figure_pair(core, '/', 2);
  if (!pair || !text::is_one_of(pair->right, {"12", "24", "48", "72"})) return std::nullopt;
  return Match{count, cardinal_words(pair->left) + " in " + cardinal_words(pair->right) + " hours", false};
}

}  // namespace

std::optional<Match> match_dose_frequency(const Words& words, std::size_t i) {
  if (auto most = most_in_a_day(words, i)) return most;
  if (i == 0 || !words[i].prefix.empty() || !(follows_dose(words, i) || follows_named_drug(words, i))) return std::nullopt;
  auto said = frequency(words[i]);
  if (!said) return std::nullopt;
  // The period closes the initials, not the sentence, when the sentence goes on in lower case.
  bool goes_on = i + 1 < words.size() && !words[i + 1].core.empty() &&
                 (text::is_lower(words[i + 1].core[0]) || text::is_digit(words[i + 1].core[0]));
  return Match{1, *said, goes_on};
}

}  // namespace briefcast::rules
