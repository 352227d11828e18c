// A month shortened with no period and no day, after a preposition of time: "due in Sept,
// officials said", "from Sept to Dec", "until Oct". eSpeak NG said "sept" and "dec" as words and
// the month was lost. Only the short forms that are no word or name are read so ("Jan" and "Jun"
// are names, "Mar" and "May" words) unless a narrower cue holds: after a word that can only place
// a time and before a day or year ("since Jan 2019", "in Jun 14"), or as an item in a list of
// short months ("Jan, Feb and Mar"). A range of two short months ("Jan-Mar", "Oct–Dec") is a span: "January to
// March". The dotted forms are abbreviation.cpp's, a month with a year month_years.cpp's.
#include <array>
#include <cctype>

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
  auto sides = text::split_at_range_dash(core);
  if (!sides) return std::nullopt;
  auto [left, right] = *sides;
  // Any three-letter month may end a span, "May" too ("Mar-May").
  auto short_month = [](std::string_view m) { return is_bare_month(m) || is_ambiguous_month(m) || m == "May"; };
  if (!short_month(left) || !short_month(right) || left == right) return std::nullopt;
  return month_name(*month_number(left, false)) + " to " + month_name(*month_number(right, false));
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

// "Jan, Feb and Mar", "Dec or Jan": a short month beside another in a list, past a comma or
// "and" / "or". Beside a name's month only a month that is no name counts, so "Jan and Jun"
// are two people; beside another month ("Jan, Feb and Mar") any short month does.
// The list is held on both sides: one that goes on to the name's month opens after a word of
// time or another month ("in Jan, Feb", "Nov, Jan and Feb", not "the pair, Jan and Dec"), and
// one that reaches it from a month ends there or goes on to another ("in Dec or Jan.", not "in
// Nov, Jan Peters of the bank said" or "in Feb, Jan added").
bool listed_with_month(const Words& words, std::size_t i) {
  bool any_neighbour = is_bare_month(words[i].core);
  auto month_at = [&](std::size_t k) {
    return k < words.size() && words[k].prefix.empty() &&
           (is_bare_month(words[k].core) || (any_neighbour && is_ambiguous_month(words[k].core)));
  };
  auto joins = [&](std::size_t k) {
    return k < words.size() && words[k].suffix.empty() && text::is_one_of(words[k].core, {"and", "or"});
  };
  bool goes_on = (words[i].suffix == "," && month_at(i + 1)) || (words[i].suffix.empty() && joins(i + 1) && month_at(i + 2));
  bool after_month = (i >= 1 && words[i - 1].suffix == "," && month_at(i - 1)) ||
                     (i >= 2 && joins(i - 1) && words[i - 2].suffix.empty() && month_at(i - 2));
  bool opens_in_time = i >= 1 && words[i - 1].suffix.empty() && places_in_time(words[i - 1].core);
  bool ends_here = i + 1 >= words.size() || (!words[i].suffix.empty() && std::ispunct(static_cast<unsigned char>(words[i].suffix[0])));
  if (goes_on) return opens_in_time || after_month;
  return after_month && ends_here;
}

// "Jan" is a name as often as a month, on a line of months and quarters too ("since Jan took
// over in Q3", "faith in Jan, who signed in Sept"): a month only with a figure of a day or year
// after it ("in Jan 12"); a span or a list of short months is read apart.
bool dated_as_month(const Words& words, std::size_t i) {
  return i + 1 < words.size() && words[i].suffix.empty() && text::all_digits(words[i + 1].core);
}

}  // namespace

std::optional<Match> match_bare_month(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto span = month_span(w.core)) return Match{1, *span, false};
  // "until Mar.": a period ending the line is the sentence's, not an abbreviation's.
  bool last_period = i + 1 == words.size() && w.suffix == "." && is_ambiguous_month(w.core);
  if (i == 0 || !w.prefix.empty() || (text::starts_with(w.suffix, ".") && !last_period)) return std::nullopt;
  if ((is_ambiguous_month(w.core) || is_bare_month(w.core)) && listed_with_month(words, i)) return Match{1, month_name(*month_number(w.core, false)), false};
  if (!words[i - 1].suffix.empty()) return std::nullopt;
  bool month = is_bare_month(w.core) && places_in_time(words[i - 1].core);
  bool ambiguous = is_ambiguous_month(w.core) && places_only_in_time(words[i - 1].core) && !name_follows(words, i + 1) &&
                   dated_as_month(words, i);
  if (!month && !ambiguous) return std::nullopt;
  return Match{1, month_name(*month_number(w.core, false)), false};
}

}  // namespace briefcast::rules
