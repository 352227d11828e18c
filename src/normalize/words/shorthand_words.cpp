// Shorthand words of reports and notices that eSpeak NG cannot say: "avg." (said "A V G"),
// "assoc.", "Bldg", and the ones that only stand before a figure: "mag. -12" (magnitude),
// "Pg. 77" (page), "wk 32" (week); "concs" after a price ("£8 concs", concessions); "yrs" after a figure no unit rule took ("c.50,000 yrs"),
// "yr" closing a compound ("a 1-in-100-yr flood"); "min" after an ordinal ("the 67th min");
// and "sch." before a figure beside a pipe ("8\" sch. 80",
// "Sch 40 PVC"), the pipe's wall schedule, which eSpeak NG said as letters.
// "Regs" after a capitalised word of a title and before its year is the Regulations ("the
// Building Regs 2010").
// Each is said as its word; a period that ends the sentence stays.
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Said wherever they stand; written lower-case or capitalised, with or without their period
// ("Bldg Regs"), as none of them is a word.
// "gnd" is the ground floor of a letting or the ground of a circuit, either way "ground";
// "mkt", "mkts" ("across 40 mkts", "mkt cap") a market, said "M K T S" as letters.
// "txn", "txns" ("a fee per txn") a payment's transaction, said "T X N" as letters.
constexpr std::array<text::Said, 10> kAnywhere = {{
    {"avg", "average"}, {"assoc", "association"}, {"bldg", "building"}, {"bldgs", "buildings"}, {"avgs", "averages"},
    {"gnd", "ground"},  {"mkt", "market"},        {"mkts", "markets"},    {"txn", "transaction"}, {"txns", "transactions"},
}};

// Said only before a figure ("mag" alone may be a magazine, "wk" a typo); "a break at yr 3" is
// the year of a lease or a school's, both said "year".
constexpr std::array<text::Said, 4> kBeforeFigure = {{{"mag", "magnitude"}, {"pg", "page"}, {"wk", "week"}, {"yr", "year"}}};

// The next word starts with a figure, or a sign and a figure ("-12").
bool figure_follows(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  if (!next.empty() && (next[0] == '-' || next[0] == '+')) next.remove_prefix(1);
  return !next.empty() && text::is_digit(next[0]);
}

// "Average" for "Avg", "average" for "avg" and "AVG".
std::string in_case_of(std::string_view written, std::string_view spoken) {
  std::string said(spoken);
  if (written.size() > 1 && text::is_upper(written[0]) && !text::is_upper(written[1])) said[0] = static_cast<char>(said[0] - 'a' + 'A');
  return said;
}

// "£8", "$12.50", "€5": a price with its sign before the figure.
bool is_price_figure(std::string_view core) {
  for (std::string_view sign : {"\u00a3", "$", "\u20ac"}) {
    if (text::starts_with(core, sign)) return text::parse_number(core.substr(sign.size())).has_value();
  }
  return false;
}

// Words of pipework, where "sch" before a figure is a pipe's schedule ("Sch. 5" elsewhere may
// be a school).
bool tells_of_pipe(std::string_view w) {
  return tells_of_welding(w) ||
         text::is_one_of_lowered(w, {"pipe", "pipes", "piping", "pipework", "pipeline", "tube", "tubing", "pvc", "cpvc",
                                     "nps", "dn", "fitting", "fittings", "flange", "flanges", "elbow", "elbows",
                                     "nipple", "nipples", "spool", "spools", "riser", "risers", "seamless", "bore",
                                     "wall", "galvanised", "galvanized", "steel"});
}

// "8\" sch. 80": the word before is a figure in inches, a pipe's nominal size.
bool after_inches(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].prefix.empty() || words[i - 1].core.empty()) return false;
  const Word& before = words[i - 1];
  bool mark = text::is_digit(before.core.back()) &&
              (before.suffix == "\"" || before.suffix == "\u2033" || before.suffix == "in.");
  return mark || (text::ends_with(before.core, "in") && text::is_digit(before.core[0]) && before.suffix.empty());
}

// "sch. 80", "Sch 40", "SCH 160": a pipe's schedule before its figure.
std::optional<Match> pipe_schedule(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !text::iequals(w.core, "sch") || !figure_follows(words, i)) return std::nullopt;
  if (!after_inches(words, i) && !text::any_word_near(words, i, 6, tells_of_pipe)) return std::nullopt;
  return Match{1, text::is_upper(w.core[0]) && !text::all_upper(w.core) ? "Schedule" : "schedule", text::has_period(w)};
}

}  // namespace

std::optional<Match> match_shorthand_word(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto schedule = pipe_schedule(words, i)) return schedule;
  // "a 1-in-100-yr flood": "yr" closing a compound of figures and words is the year.
  for (std::string_view end : {"-yr", "-yrs", "-yr-old"}) {
    if (!w.prefix.empty() || !text::ends_with(w.core, end) || w.core.size() > 24) continue;
    std::string_view front = w.core.substr(0, w.core.size() - end.size());
    // A figure alone before it ("5-yr", "27-yr-old") is the measure rule's.
    if (front.empty() || !text::is_digit(front.back()) || text::all_digits(front)) continue;
    std::string said = speak_word(front);
    if (said.find_first_of("0123456789") != std::string::npos) continue;
    bool one = front == "1" || text::ends_with(front, "-1");
    return Match{1, said + (end == "-yr-old" ? "-year-old" : end == "-yrs" && !one ? " years" : "-year"), false};
  }
  if (!w.prefix.empty() || w.core.size() < 2 || w.core.size() > 5 || !text::all_alpha(w.core) || text::all_upper(w.core)) {
    return std::nullopt;  // "AVG" is a brand
  }
  bool dotted = text::has_period(w);
  bool keep_period = dotted && period_ends_sentence(words, i);
  std::string lowered = text::lower(w.core);
  // "Mkts" capitalised may be a mark's plural ("Mk"), so only the lower-case market.
  bool market = lowered == "mkt" || lowered == "mkts";
  if (auto said = text::said_for(kAnywhere, lowered); said && (!market || text::is_lower(w.core[0]))) {
    return Match{1, in_case_of(w.core, *said), dotted && !keep_period};
  }
  // "the Building Regs 2010": after a capitalised word of a title and right before its year, the
  // statutory instrument's Regulations; said "redges" it was no word. Without the year "Regs" is
  // as often a surname ("Thomas Regs") or number plates ("Personalised Regs") and stays.
  // "Reg" alone is a man's name ("Uncle Reg"), so only the plural.
  if (w.core == "Regs" && i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core) &&
      words[i - 1].core.size() > 2 && !text::is_function_word(text::lower(words[i - 1].core)) && w.suffix.empty() &&
      i + 1 < words.size() && words[i + 1].prefix.empty() && is_context_free_year(words[i + 1].core)) {
    return Match{1, "Regulations", false};
  }
  // "c.50,000 yrs old": after a figure no unit rule took with it, years.
  if ((lowered == "yr" || lowered == "yrs") && i > 0 && words[i - 1].suffix.empty() && !words[i - 1].core.empty() &&
      text::is_digit(words[i - 1].core.back())) {
    return Match{1, lowered == "yr" ? "year" : "years", dotted && !keep_period};
  }
  // "£8 concs": after a price, the reduced tickets (concessions); said as letters it was no word.
  if ((lowered == "concs" || lowered == "conc") && i > 0 && words[i - 1].suffix.empty() &&
      is_price_figure(words[i - 1].core)) {
    return Match{1, lowered == "conc" ? "concession" : "concessions", dotted && !keep_period};
  }
  // "in the 67th min": after an ordinal figure (the ordinal rule's test, so "1,000th" is one and
  // "2th" is not), the minute of a match; said "min" it was no word.
  if (lowered == "min" && i > 0 && words[i - 1].suffix.empty() && is_ordinal_figure(words[i - 1].core)) {
    return Match{1, "minute", dotted && !keep_period};
  }
  // "on the 41st fl.", "2nd flr": after an ordinal figure, a building's floor.
  if ((lowered == "fl" || lowered == "flr") && i > 0 && words[i - 1].suffix.empty() && is_ordinal_figure(words[i - 1].core)) {
    return Match{1, "floor", dotted && !keep_period};
  }
  if (!figure_follows(words, i)) return std::nullopt;
  if (auto said = text::said_for(kBeforeFigure, lowered); said && (dotted || lowered != "mag")) {
    return Match{1, in_case_of(w.core, *said), dotted};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
