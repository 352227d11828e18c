// The period of a month abbreviated after its day ("RSVP by 1st Aug. to the address", "born 5
// Jan. in Leeds"): when a lower-case word goes on, it abbreviates and ends nothing. Kept, it
// made eSpeak NG pause as at a sentence end in the middle of the phrase. A clock time after it
// ("from 3 Jan. 10:00 CET") goes on the date too: no sentence opens on a time of day in figures.
#include "normalize/dates/dates.h"
#include <string>
#include <vector>

#include "normalize/match.h"

namespace briefcast::rules {

namespace {

// "10:00", "9.30", "6pm", "5:30pm": hours of one or two figures, then two figures of minutes
// after a colon or point, or "am"/"pm" (an afternoon clock reaches the rules as "1pm").
bool is_clock_shape(std::string_view core) {
  bool am_pm = text::ends_with(core, "am") || text::ends_with(core, "pm");
  if (am_pm) core.remove_suffix(2);
  std::size_t mark = core.find_first_of(":.");
  if (mark == std::string_view::npos) return am_pm && !core.empty() && core.size() <= 2 && text::all_digits(core);
  if (mark == 0 || mark > 2 || core.size() != mark + 3) return false;
  return text::all_digits(core.substr(0, mark)) && text::all_digits(core.substr(mark + 1));
}

}  // namespace

bool month_period_goes_on(const Words& words, std::size_t k) {
  if (k + 1 >= words.size() || words[k].suffix != "." || !text::all_alpha(words[k].core) || words[k].core.size() > 4 ||
      !month_number(words[k].core, false)) {
    return false;
  }
  const Word& next = words[k + 1];
  return next.prefix.empty() && !next.core.empty() && (text::is_lower(next.core[0]) || is_clock_shape(next.core));
}

}  // namespace briefcast::rules

namespace briefcast::rules {

// "at end-Sept., the agency said", "from mid-Oct.", "early-Dec": a month abbreviated after the
// edge of it was left as written ("end sept", a pause after it). Said with the month in full;
// its period abbreviates when a comma or a lower-case word follows.
std::optional<Match> match_month_edge(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  // "(mid-Jun to mid-Sep)": an opening bracket or quote before it changes nothing.
  if (dash == std::string_view::npos || words[i].prefix.find_first_not_of("(\"[") != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view edge = core.substr(0, dash);
  std::string_view month = core.substr(dash + 1);
  if (!text::is_one_of_lowered(edge, {"end", "mid", "early", "late", "start"}) || month.size() < 3 || month.size() > 4 ||
      !text::all_alpha(month) || !text::is_upper(month[0])) {
    return std::nullopt;
  }
  auto number = month_number(month, false);
  if (!number || month_name(*number).size() == month.size()) return std::nullopt;
  std::string_view suffix = words[i].suffix;
  bool abbreviates = text::starts_with(suffix, ".") &&
                     (text::starts_with(suffix.substr(1), ",") ||
                      (suffix.size() == 1 && i + 1 < words.size() && !words[i + 1].core.empty() &&
                       (text::is_lower(words[i + 1].core[0]) || text::is_digit(words[i + 1].core[0]))));
  return Match{1, std::string(edge) + "-" + month_name(*number), abbreviates};
}

// "for Apr/May loading", "Oct/Nov sailings", "the Jun/Jul/Aug window": months abbreviated and
// joined by slashes, as trade copy gives a shipment or a season's span. Left whole eSpeak NG
// said the abbreviations as words ("feb mar"). Two months are said "February-March", the
// slash's either-or kept without a "to" that a dash would say; three or more are listed.
// Each part must be a month's capitalised abbreviation or name, and one at least shortened
// ("May/June" is said well as it stands).
std::optional<Match> match_month_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.find('/') == std::string_view::npos) return std::nullopt;
  auto parts = text::split(core, '/');
  if (parts.size() < 2 || parts.size() > 4) return std::nullopt;
  std::vector<std::string> names;
  bool shortened = false;
  for (std::string_view part : parts) {
    if (part.size() < 3 || !text::all_alpha(part) || !text::is_upper(part[0])) return std::nullopt;
    auto number = month_number(part, false);
    if (!number) return std::nullopt;
    names.push_back(month_name(*number));
    shortened = shortened || names.back().size() != part.size();
  }
  if (!shortened) return std::nullopt;
  std::string spoken = names[0];
  for (std::size_t k = 1; k < names.size(); ++k) spoken += (names.size() == 2 ? "-" : ", ") + names[k];
  return Match{1, spoken, false};
}

}  // namespace briefcast::rules
