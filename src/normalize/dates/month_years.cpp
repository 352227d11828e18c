// A month and a year written with a slash: "best before 12/2026", "sold between 01/2023 and
// 06/2024", "exp. 3/2027". Read as a fraction ("twelve two thousand twenty sixths") they
// made no sense; they are said "December twenty twenty-six". A single-figure month needs a
// year that is not a round hundred ("1/2000" is a shutter speed), and a law's or an issue's
// number ("Law 3/2024", "Decree 12/2023", "Issue 3/2020") keeps its figures. After a word of
// a pack's date ("BB 08.2026", "exp. 11.2027", "use by 03.2025") the month and year may be
// joined by a point, as packs print them; read as a decimal it was "eight point two oh two six".
#include <ctime>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool numbers_a_text(std::string_view w) {
  return text::is_one_of_lowered(w, {"law", "laws", "act", "decree", "regulation", "directive", "resolution", "decision",
                                     "case", "no", "number", "ordinance", "bill", "order", "circular", "notice", "rule",
                                     "article", "section", "opinion", "judgment", "ruling", "reg", "dir", "issue", "issues", "vol", "volume",
                                     "nr", "ausgabe", "heft", "week", "wk", "kw", "kalenderwoche"});
}

// "BB", "exp.", "best before", "use-by:": the words a pack prints before the date it keeps to.
bool ends_pack_date_cue(const Words& words, std::size_t k) {
  const Word& w = words[k];
  if (!(w.suffix.empty() || w.suffix == "." || w.suffix == ":")) return false;
  if (text::is_one_of_lowered(w.core, {"bb", "bbe", "exp", "expiry", "expires", "expiring", "best-before", "use-by",
                                       "sell-by", "display-until"})) {
    return true;
  }
  if (k == 0 || !words[k - 1].suffix.empty()) return false;
  std::string_view before = words[k - 1].core;
  return (text::lower(w.core) == "before" && text::is_one_of_lowered(before, {"best"})) ||
         (text::lower(w.core) == "by" && text::is_one_of_lowered(before, {"use", "sell"}));
}

// "08.2026" after a pack's date word: the month and the year.
std::optional<Match> pack_month_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t point = core.find('.');
  if (i == 0 || !words[i].prefix.empty() || (point != 1 && point != 2) || core.size() != point + 5) return std::nullopt;
  std::string_view month = core.substr(0, point);
  std::string_view year = core.substr(point + 1);
  if (!text::all_digits(month) || !text::all_digits(year) || !text::starts_with(year, "20")) return std::nullopt;
  int m = std::stoi(std::string(month));
  if (m < 1 || m > 12 || !ends_pack_date_cue(words, i - 1)) return std::nullopt;
  return Match{1, month_name(m) + " " + year_words(year), false};
}

// Words after which a month and a year's last two figures date a thing made or kept to.
bool dates_a_batch(std::string_view w) {
  return text::is_one_of_lowered(w, {"made", "manufactured", "produced", "built", "dated", "expire", "expires", "expired",
                                     "expiry", "exp"});
}

// "MM/YY" with both figures two long and a month first: "10/22", "03/25".
std::optional<int> short_month_year_pair(std::string_view core) {
  if (core.size() != 5 || core[2] != '/' || !text::all_digits(core.substr(0, 2)) || !text::all_digits(core.substr(3))) {
    return std::nullopt;
  }
  int m = std::stoi(std::string(core.substr(0, 2)));
  if (m < 1 || m > 12) return std::nullopt;
  return m;
}

// A pair no US month and day can be: a month with a leading zero ("03/25"), as a card's or a
// batch's date prints it, or a second figure above 31 ("11/35").
bool only_a_month_year(std::string_view core) {
  return core[0] == '0' || std::stoi(std::string(core.substr(3))) > 31;
}

// Whether the pair at i and the one it is joined to by "between ... and" are a span of months
// and years: both MM/YY and one of them only a month and year ("between 10/22 and 03/25").
bool month_year_span(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool opens = i >= 1 && text::iequals(words[i - 1].core, "between") && w.suffix.empty() && i + 2 < words.size() &&
               text::iequals(words[i + 1].core, "and") && words[i + 1].suffix.empty();
  bool closes = i >= 3 && text::iequals(words[i - 1].core, "and") && words[i - 2].suffix.empty() &&
                text::iequals(words[i - 3].core, "between");
  if (!opens && !closes) return false;
  std::string_view other = opens ? words[i + 2].core : words[i - 2].core;
  return short_month_year_pair(other) && (only_a_month_year(w.core) || only_a_month_year(other));
}

// "made 07/10 shots", "made 04/09 three-pointers": a lower-case plural (not a function word)
// right after the pair counts what was made, a tally, not a batch's date. A verb after the
// date ("built 11/33 lasted") does not end in a plural's "s".
bool plural_noun_follows(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  // "three-pointers": a compound's last part is its noun.
  std::string_view noun = next.substr(next.rfind('-') == std::string_view::npos ? 0 : next.rfind('-') + 1);
  return !next.empty() && text::is_lower(next[0]) && has_plural_shape(noun) && !text::is_function_word(next);
}

// "built 11/89", "dated 08/97": a two-figure year is the nearest such year no more than ten
// years ahead of this one; any later one is the century before's ("expires 03/31").
std::string full_year_of_short_year(std::string_view yy) {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  int this_year = utc.tm_year + 1900;
  int year = this_year - this_year % 100 + std::stoi(std::string(yy));
  if (year > this_year + 10) year -= 100;
  return std::to_string(year);
}

// "pans made between 10/22 and 03/25", "built 06/19": a month and a year shortened to two
// figures, said "November twenty twenty-three"; read as fractions or a day of the month they
// had been "November twenty third and two twenty fourths". Only where no US month and day can
// be meant: after a word that dates a batch with a month's leading zero or a second figure
// above 31 ("expires 12/31" is New Year's Eve), or in a "between" span where one side is so.
std::optional<Match> short_month_year(const Words& words, std::size_t i) {
  auto month = short_month_year_pair(words[i].core);
  if (!month || i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  bool cued = dates_a_batch(words[i - 1].core) && only_a_month_year(words[i].core);
  if (!cued && !month_year_span(words, i)) return std::nullopt;
  if (words[i].suffix.empty() && i + 1 < words.size() && text::iequals(words[i + 1].core, "of")) return std::nullopt;
  if (words[i].suffix.empty() && plural_noun_follows(words, i)) return std::nullopt;
  std::string_view yy = words[i].core.substr(3);
  return Match{1, month_name(*month) + " " + year_words(full_year_of_short_year(yy)), false};
}

}  // namespace

std::optional<Match> match_month_year(const Words& words, std::size_t i) {
  if (auto packed = pack_month_year(words, i)) return packed;
  if (auto batch = short_month_year(words, i)) return batch;
  const Word& w = words[i];
  std::string_view core = w.core;
  std::size_t slash = core.find('/');
  if (!w.prefix.empty() || (slash != 1 && slash != 2) || core.size() != slash + 5) return std::nullopt;
  std::string_view month = core.substr(0, slash);
  std::string_view year = core.substr(slash + 1);
  if (!text::all_digits(month) || !text::all_digits(year)) return std::nullopt;
  int m = std::stoi(std::string(month));
  int y = std::stoi(std::string(year));
  if (m < 1 || m > 12 || y < 1900 || y > 2099) return std::nullopt;
  if (month.size() == 1 && y % 100 == 0) return std::nullopt;
  bool share = w.suffix.empty() && i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"of", "sec", "s", "second"});
  bool numbered = i > 0 && numbers_a_text(words[i - 1].core);
  if (share || numbered) return std::nullopt;
  return Match{1, month_name(m) + " " + year_words(year), false};
}

}  // namespace briefcast::rules
