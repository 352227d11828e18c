// A cricket scorecard's shorthand, which a commentator says in full, each read only in a line
// about cricket (tells_of_cricket):
//  - "7.4 rpo", "2.9 r.p.o." -> "runs per over"; "(S/R 214.63)" -> "strike rate"; "23 f-c
//    matches" -> "first-class"; spelt as letters the words were lost;
//  - "6 ct and 1 st" -> "six catches and one stumping" (the keeper's dismissals; "st" had been
//    "saint");
//  - "c Holloway b Tredgold", "st Reid b Khan", "lbw b Osei" -> "caught ... bowled ...",
//    "stumped ...": a dismissal's letters before the fielders' names;
//  - "a best of 7–38" -> "seven for thirty-eight" (a bowler's figures with an en dash, as with
//    the hyphen in sport_figures.cpp);
//  - "7–38 v. Northmoor" -> "versus", its period no stop (the names' "v." is legal_citations').
// And in any line, "Div. 1" -> "Division one": the abbreviation before its number.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 16;

bool near_cricket(const Words& words, std::size_t i) { return text::any_word_near(words, i, kSpan, tells_of_cricket); }

bool is_count(const Word& w) { return w.suffix.empty() && !w.core.empty() && w.core.size() <= 3 && text::all_digits(w.core); }

// A fielder's or a bowler's name: a capitalised word, its particle ("de Kock") allowed.
bool is_name(const Word& w) { return w.prefix.empty() && text::is_capitalized(w.core) && text::all_alpha(w.core); }

// "rpo", "r.p.o." after a figure.
std::optional<Match> runs_per_over(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || !text::is_one_of_lowered(w.core, {"rpo", "r.p.o"})) return std::nullopt;
  if (!words[i - 1].suffix.empty() || !text::parse_number(words[i - 1].core) || !near_cricket(words, i)) return std::nullopt;
  bool dotted = text::has_period(w) && !period_ends_sentence(words, i);
  return Match{1, "runs per over", dotted};
}

// "S/R 214.63", "f-c matches": the strike rate before its figure, first-class before its noun.
std::optional<Match> scorecard_word(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty()) return std::nullopt;
  const Word& after = words[i + 1];
  bool figure_after = after.prefix.empty() && text::parse_number(after.core).has_value();
  bool noun_after = after.prefix.empty() && !after.core.empty() && text::is_lower(after.core[0]);
  if (w.core == "S/R" && figure_after && near_cricket(words, i)) return Match{1, "strike rate", false};
  if (w.core == "f-c" && noun_after && near_cricket(words, i)) return Match{1, "first-class", false};
  return std::nullopt;
}

// "6 ct", "1 st": the figure and the keeper's dismissals. "st" after a figure only beside "ct"
// or the keeper, as a figure's stray "st" may be an ordinal's.
std::optional<Match> keeper_dismissals(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !is_count(words[i]) || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view kind = words[i + 1].core;
  if (kind != "ct" && kind != "st") return std::nullopt;
  if (!near_cricket(words, i)) return std::nullopt;
  if (kind == "st") {
    bool keeper = text::any_word_near(words, i, kSpan, [](std::string_view c) {
      return c == "ct" || text::is_one_of_lowered(c, {"wicketkeeper", "wicket-keeper", "keeper", "stumping", "stumpings"});
    });
    if (!keeper) return std::nullopt;
  }
  bool one = words[i].core == "1";
  std::string said = kind == "ct" ? (one ? "catch" : "catches") : (one ? "stumping" : "stumpings");
  return Match{2, cardinal_words(words[i].core) + " " + said, false};
}

// "c Holloway b Tredgold", "st de Silva b Khan", "c & b Ali", "lbw b Osei", "Smith b Jones 12":
// the letters of a dismissal between names. "b" alone needs the dismissal before its name, or
// the batter's name before and the runs after.
std::optional<Match> dismissal(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.raw != "c" && w.raw != "st" && w.raw != "b") return std::nullopt;
  if (i + 1 >= words.size() || !is_name(words[i + 1])) {
    if (w.raw == "c" && i + 2 < words.size() && words[i + 1].raw == "&" && words[i + 2].raw == "b" &&
        i + 3 < words.size() && is_name(words[i + 3]) && near_cricket(words, i)) {
      return Match{3, "caught and bowled", false};
    }
    return std::nullopt;
  }
  if (w.raw != "b") {
    // A name of one or two words, then "b" and the bowler's name.
    for (std::size_t k = i + 2; k <= i + 3 && k + 1 < words.size(); ++k) {
      if (words[k].raw == "b" && is_name(words[k + 1]) && near_cricket(words, i)) {
        return Match{1, w.raw == "c" ? "caught" : "stumped", false};
      }
      if (!is_name(words[k]) && !text::is_one_of(words[k].raw, {"de", "van", "du", "ul", "den"})) break;
    }
    return std::nullopt;
  }
  if (i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  bool after_dismissal = text::is_one_of_lowered(before, {"lbw"});
  for (std::size_t k = i - 1, steps = 0; !after_dismissal && k > 0 && steps < 3; --k, ++steps) {
    if (text::is_one_of(words[k - 1].raw, {"c", "st"})) after_dismissal = true;
    if (!is_name(words[k - 1]) && !text::is_one_of(words[k - 1].raw, {"de", "van", "du", "ul", "den"})) break;
  }
  bool runs_after = is_name(words[i - 1]) && i + 2 < words.size() && words[i + 1].suffix.empty() &&
                    text::all_digits(words[i + 2].core) && words[i + 2].core.size() <= 3;
  if ((!after_dismissal && !runs_after) || !near_cricket(words, i)) return std::nullopt;
  return Match{1, "bowled", false};
}

// "7–38": wickets for runs with an en dash; a range of overs or balls keeps its "to".
std::optional<Match> en_dash_figures(const Words& words, std::size_t i) {
  static constexpr std::string_view kDash = "\u2013";
  std::string_view core = words[i].core;
  std::size_t dash = core.find(kDash);
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view wickets = core.substr(0, dash);
  std::string_view runs = core.substr(dash + kDash.size());
  if (!text::all_digits(wickets) || !text::all_digits(runs) || runs.size() < 2 || runs.size() > 3) return std::nullopt;
  if (std::stoi(std::string(wickets)) > 10 || std::stoi(std::string(runs)) <= 10) return std::nullopt;
  std::string before = i > 0 ? text::lower(words[i - 1].core) : "";
  if (text::is_one_of(before, {"over", "overs", "between", "from", "balls", "ball"})) return std::nullopt;
  if (!near_cricket(words, i)) return std::nullopt;
  return Match{1, cardinal_words(wickets) + " for " + cardinal_words(runs), false};
}

// "v. Northmoor", "v Northmoor" after a figure or a word in lower case, before a team's name.
std::optional<Match> fixture_versus(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "v" || i == 0 || i + 1 >= words.size() || !w.prefix.empty()) return std::nullopt;
  if (!(w.suffix.empty() || w.suffix == ".") || !words[i - 1].suffix.empty() || !is_name(words[i + 1])) return std::nullopt;
  if (words[i + 1].core.size() < 2 || !near_cricket(words, i)) return std::nullopt;
  return Match{1, "versus", w.suffix == "."};
}

// "Div. 1", "Div 2": a division by its number.
std::optional<Match> division(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "Div" || !w.prefix.empty() || !(w.suffix.empty() || w.suffix == ".") || i + 1 >= words.size()) {
    return std::nullopt;
  }
  const Word& after = words[i + 1];
  if (!after.prefix.empty() || after.core.empty() || after.core.size() > 1 || !text::is_digit(after.core[0])) {
    return std::nullopt;
  }
  return Match{1, "Division", w.suffix == "."};
}

}  // namespace

std::optional<Match> match_cricket_scorecard(const Words& words, std::size_t i) {
  for (auto rule : {runs_per_over, scorecard_word, keeper_dismissals, dismissal, en_dash_figures, fixture_versus,
                    division}) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
