// Short words whose period is the abbreviation's, read by the word they stand for where the
// words around them say which it is; left alone eSpeak NG said the stub ("eksp", "kal") and
// paused at the period as at a sentence's end.
//  - "exp. 09/2026", "exp. Sept 2026", "Exp. 2027": before a date, a month or a year, a
//    pack's "expiry".
//  - ".243 cal.", ".22 cal": after a calibre's figure (a point and two or three figures), the
//    "caliber". Elsewhere "cal" is a calorie or a name.
//  - "cat. no. 3305-12": before "no.", a catalogue's "catalog number".
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool opens_date(std::string_view core) {
  if (core.empty()) return false;
  if (month_number(core, false)) return true;
  // "09/2026", "2026-09", "2026": a figure of a date or a year.
  if (!text::is_digit(core[0])) return false;
  bool dated = core.find('/') != std::string_view::npos || core.find('-') != std::string_view::npos ||
               core.find('.') != std::string_view::npos;
  return dated || (core.size() == 4 && text::all_digits(core));
}

bool is_calibre_figure(std::string_view core) {
  return (core.size() == 3 || core.size() == 4) && core[0] == '.' && text::all_digits(core.substr(1));
}

// The stub's own capital stays: "Exp." opens a label as "Expiry".
std::string with_case(std::string_view written, std::string_view word) {
  std::string said(word);
  if (text::is_upper(written[0])) said[0] = static_cast<char>(said[0] - 'a' + 'A');
  return said;
}

}  // namespace

std::optional<Match> match_cue_abbreviation(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string lowered = text::lower(w.core);
  bool dotted = w.suffix == "." || w.suffix == ".,";
  if (lowered == "exp" && dotted && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      opens_date(words[i + 1].core)) {
    return Match{1, with_case(w.core, "expiry"), !period_ends_sentence(words, i)};
  }
  if (lowered == "cal" && (dotted || w.suffix.empty()) && i > 0 && words[i - 1].suffix.empty() &&
      is_calibre_figure(words[i - 1].core)) {
    return Match{1, "caliber", dotted && !period_ends_sentence(words, i)};
  }
  if (lowered == "cat" && w.suffix == "." && i + 2 < words.size() && text::iequals(words[i + 1].core, "no") &&
      words[i + 1].suffix == "." && !words[i + 2].core.empty() && text::is_digit(words[i + 2].core[0])) {
    return Match{2, with_case(w.core, "catalog") + " number", true};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
