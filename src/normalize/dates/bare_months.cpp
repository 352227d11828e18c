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
    // Any three-letter month may end a span, "May" too ("Mar-May").
    auto short_month = [](std::string_view m) { return is_bare_month(m) || is_ambiguous_month(m) || m == "May"; };
    if (!short_month(left) || !short_month(right) || left == right) return std::nullopt;
    return month_name(*month_number(left, false)) + " to " + month_name(*month_number(right, false));
  }
  return std::nullopt;
}

// "in", "from", "until", "end of": the words before a month that place an event in time.
bool places_in_time(std::string_view word) {
  return text::is_one_of_lowered(word, {"in", "since", "until", "till", "by", "from", "before", "after", "through",
                                        "during", "to", "of", "last", "next", "this", "early", "late", "mid"});
}

// "in", "since", "until": the words before "Jan" that place it in time. "by" and "from" are left
// out, since a name follows them as often ("a goal by Jan", "a letter from Jan"), and so are
// the others that come before a name ("to Jan", "after Jan", "this Jun").
bool places_only_in_time(std::string_view word) {
  return places_in_time(word) &&
         !text::is_one_of_lowered(word, {"by", "from", "before", "after", "to", "of", "last", "next", "this"});
}

// "Q3", "FY25", "quarter", "fiscal": a word of a company's calendar.
bool names_a_quarter(std::string_view core) {
  std::string word = text::lower(core);
  bool q = word.size() == 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4';
  return q || text::starts_with(word, "fy") || text::is_one_of(word, {"quarter", "quarters", "quarterly", "fiscal", "financial"});
}

// "Jan" is a name as often as a month ("faith in Jan, his captain", "until Jan arrived"): a month
// only with a figure of a day or year after it ("in Jan 12"), or on a line that names another
// month ("in Jan, up from Dec", "since Jan-Mar") or a quarter or financial year.
bool dated_as_month(const Words& words, std::size_t i) {
  if (i + 1 < words.size() && words[i].suffix.empty() && text::all_digits(words[i + 1].core)) return true;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view core = words[k].core;
    if (k == i || core.empty()) continue;
    bool month = text::is_upper(core[0]) && month_number(core, false) && !is_ambiguous_month(core) && core != "May";
    if (month || month_span(core) || names_a_quarter(core)) return true;
  }
  return false;
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
  bool ambiguous = is_ambiguous_month(w.core) && places_only_in_time(words[i - 1].core) && !name_follows(words, i + 1) &&
                   dated_as_month(words, i);
  if (!month && !ambiguous) return std::nullopt;
  return Match{1, month_name(*month_number(w.core, false)), false};
}

}  // namespace briefcast::rules
