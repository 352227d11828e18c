// A month shortened with no period and no day, after a preposition of time: "due in Sept,
// officials said", "from Sept to Dec", "until Oct". eSpeak NG said "sept" and "dec" as words and
// the month was lost. Only the short forms that are no word or name are read so ("Jan" and "Jun"
// are names, "Mar" and "May" words) unless a narrower cue holds: after a word that can only place
// a time ("since Jan", "in Jun", "until Mar") with no name after it ("since Jan Smith joined", "from
// Jan de Vries"). A range of two short months ("Jan-Mar", "Oct–Dec") is a span: "January to
// March". The dotted forms are abbreviation.cpp's, a month with a year month_years.cpp's.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/match.h"

namespace briefcast::rules {

namespace {

bool is_bare_month(std::string_view core) {
  static constexpr std::array<std::string_view, 9> kShort = {"Feb", "Apr", "Jul", "Aug", "Sep",
                                                            "Sept", "Oct", "Nov", "Dec"};
  for (std::string_view m : kShort) {
    if (core == m) return true;
  }
  return false;
}

// "Jan", "Jun", "Mar": short months that are also a name or a word.
bool is_ambiguous_month(std::string_view core) { return core == "Jan" || core == "Jun" || core == "Mar"; }

// "in", "since", "until": the words before "Jan" that place it in time. "by" and "from" are left
// out, since a name follows them as often ("a goal by Jan", "a letter from Jan").
bool places_only_in_time(std::string_view word) {
  return text::is_one_of_lowered(word, {"in", "since", "until", "till", "through", "during", "early", "late", "mid"});
}

// The word after "Jan" opens a name: a capital ("Jan Smith") or a particle ("Jan de Vries").
bool name_follows(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j - 1].suffix.empty()) return false;
  const Word& next = words[j];
  if (next.core.empty() || !next.prefix.empty()) return false;
  return text::is_upper(next.core[0]) || text::is_one_of_lowered(next.core, {"de", "del", "della", "da", "do", "dos", "van", "von", "der", "ten", "la", "le"});
}

// "Jan-Mar", "Oct\u2013Dec": two short months joined by a hyphen or en dash.
std::optional<std::string> month_span(std::string_view core) {
  for (std::string_view dash : {"-", "\u2013"}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos) continue;
    std::string_view left = core.substr(0, at);
    std::string_view right = core.substr(at + dash.size());
    bool left_ok = is_bare_month(left) || is_ambiguous_month(left) || left == "May";
    bool right_ok = is_bare_month(right) || is_ambiguous_month(right) || right == "May";
    if (!left_ok || !right_ok || left == right) return std::nullopt;
    return month_name(*month_number(left, false)) + " to " + month_name(*month_number(right, false));
  }
  return std::nullopt;
}

// "in", "from", "until", "end of": the words before a month that place an event in time.
bool places_in_time(std::string_view word) {
  return text::is_one_of_lowered(word, {"in", "since", "until", "till", "by", "from", "before", "after", "through",
                                        "during", "to", "of", "last", "next", "this", "early", "late", "mid"});
}

}  // namespace

std::optional<Match> match_bare_month(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto span = month_span(w.core)) return Match{1, *span, false};
  // "until Mar.": a period ending the line is the sentence's, not an abbreviation's.
  bool last_period = i + 1 == words.size() && w.suffix == "." && is_ambiguous_month(w.core);
  if (i == 0 || !w.prefix.empty() || (text::starts_with(w.suffix, ".") && !last_period)) return std::nullopt;
  if (!words[i - 1].suffix.empty()) return std::nullopt;
  bool month = is_bare_month(w.core) && places_in_time(words[i - 1].core);
  bool ambiguous = is_ambiguous_month(w.core) && places_only_in_time(words[i - 1].core) && !name_follows(words, i + 1);
  if (!month && !ambiguous) return std::nullopt;
  return Match{1, month_name(*month_number(w.core, false)), false};
}

}  // namespace briefcast::rules
