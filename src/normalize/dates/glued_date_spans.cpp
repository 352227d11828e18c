// Two dates whose dash is glued to the first month: "from 12 Oct.-26 Jan.", "3 Sept-14 Nov".
// The piece "Oct.-26" holds the end of one date and the start of the next; read apart it was
// "twelve Oct . twenty six January" (eSpeak NG said "ockt dot" and paused as at a sentence's
// end). The span is said as the spaced one ("12 October - 26 January") is: "the twelfth of
// October to the twenty sixth of January". Each half is read by the date rule itself.
#include "normalize/dates/dates.h"
#include "normalize/match.h"

namespace briefcast::rules {

namespace {

Word piece(std::string_view core) { return Word{core, {}, core, {}}; }

// "Oct.-26" -> {"Oct.", "26"}: a month's name, a dash, a day's figures.
std::optional<std::pair<std::string_view, std::string_view>> month_dash_day(std::string_view core) {
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos) continue;
    std::string_view month = core.substr(0, at);
    std::string_view day = core.substr(at + dash.size());
    if (!month_number(month, false) || !day_number(day) || !text::is_alpha(month[0])) return std::nullopt;
    return std::pair{month, day};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_glued_date_span(const Words& words, std::size_t i) {
  if (i + 2 >= words.size()) return std::nullopt;
  const Word& day = words[i];
  const Word& glued = words[i + 1];
  if (!day.suffix.empty() || !glued.prefix.empty() || !glued.suffix.empty() || !day_number(day.core)) return std::nullopt;
  auto parts = month_dash_day(glued.core);
  if (!parts || !words[i + 2].prefix.empty() || !month_number(words[i + 2].core, false)) return std::nullopt;
  // The first date, after the word before it ("from 12 Oct" -> "from the twelfth of October").
  std::vector<Word> first;
  if (i > 0) first.push_back(words[i - 1]);
  first.push_back(day);
  first.push_back(piece(parts->first));
  auto from = match_date(first, first.size() - 2);
  if (!from || from->count != 2) return std::nullopt;
  // The second date with the words after it, which may hold its year ("26 Jan. 2027").
  std::vector<Word> second{piece(parts->second)};
  for (std::size_t k = i + 2; k < words.size() && k < i + 5; ++k) second.push_back(words[k]);
  auto to = match_date(second, 0);
  if (!to || to->count < 2) return std::nullopt;
  // "26 Jan.;": a mark after the short month's period shows the period ends no sentence.
  std::string_view end = words[i + to->count].suffix;
  bool marked = end.size() > 1 && end[0] == '.' && month_number(words[i + to->count].core, false);
  return Match{1 + to->count, from->spoken + " to " + to->spoken, to->eat_period || marked};
}

}  // namespace briefcast::rules
