// A day of an Islamic (Hijri) month: "on 9 Muharram", "after 14 Dhul Qadah", "the 1st Shawwal".
// The Gregorian date rules know only the twelve Gregorian months, so the figure was read as a
// count ("eleven Ramadan"); a day before a month's name is its ordinal, as for "5 June": "the
// ninth of Muharram". Only the figure is replaced; the month's words pass on, and the engine's
// misreading of "Dhu"/"Dhul" is mended by a respelling in lexicon.cpp.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// The first word of a Hijri month's name, as English news spells it ("Rabi al-Awwal",
// "Dhu al-Hijjah", "Dhul-Qadah", "Sha'ban"), said by its head ("rabi", "dhu"): the part before
// any hyphen or apostrophe. Empty when the word opens no month. "Sha" alone is no month.
std::string_view hijri_month_head(std::string_view core) {
  std::size_t cut = core.find_first_of("-'\u2019");
  std::string_view head = core.substr(0, cut);
  static constexpr std::array<std::string_view, 18> kHeads = {
      "muharram", "safar",  "rabi",    "rabia",   "jumada", "jumadah", "jumadal", "rajab",  "shaban",
      "shaaban",  "sha",    "ramadan", "ramazan", "shawwal", "dhu",    "dhul",    "zul",    "zulhijjah"};
  std::string lowered = text::lower(head);
  for (std::string_view h : kHeads) {
    if (lowered == h) return h == "sha" && core.size() <= 4 ? std::string_view() : h;
  }
  return {};
}

// "Rabi", "Jumada", "Dhu": a head that names a month only with its part ("Rabi al-Awwal",
// "Rabi-ul-Akhir", "Jumada II", "Dhu al-Hijjah"). "Rabi" alone is also India's winter crop.
bool needs_its_part(std::string_view head) {
  return text::is_one_of(head, {"rabi", "rabia", "jumada", "jumadah", "jumadal", "dhu", "dhul", "zul"});
}

// The part after such a head: glued by a hyphen, or the next word an article ("al-", "ul-",
// "el-"), an ordinal's name ("Awwal", "Thani", "Akhir", "Ula", "Hijjah", "Qadah") or a numeral.
bool has_its_part(const Words& words, std::size_t j) {
  if (words[j].core.find('-') != std::string_view::npos) return true;
  if (j + 1 >= words.size() || !words[j].suffix.empty()) return false;
  std::string next = text::lower(words[j + 1].core);
  if (next.empty()) return false;
  std::string head(next.substr(0, next.find('-')));
  return text::is_one_of(head, {"al", "ul", "el", "as", "ath", "awwal", "thani", "akhir", "akhira", "ula", "i", "ii",
                                "hijjah", "hijja", "qadah", "qada", "qidah", "qaadah", "hajj"});
}

// The word at j names a month: its head, capitalised, with its part where the head needs one.
bool names_hijri_month(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty() || !text::is_upper(words[j].core[0])) return false;
  std::string_view head = hijri_month_head(words[j].core);
  if (head.empty()) return false;
  return !needs_its_part(head) || has_its_part(words, j);
}

// A one-word month ends the date: what follows is the line's end or a mark, a year ("1446",
// "1446 AH"), a small word (but "and" / "or" only before another date) or a verb in -ed ("on 9 Muharram marked"). A capitalised word ("5
// Safar Road") or any other lowercase word, a noun as a rule ("from 12 Ramadan tents", "its 2
// Ramadan specials"), makes the figure a count, whatever word comes before the figure.
bool ends_the_date(const Words& words, std::size_t j) {
  if (needs_its_part(hijri_month_head(words[j].core))) return true;  // its part follows
  if (j + 1 >= words.size() || !words[j].suffix.empty()) return true;
  std::string_view next = words[j + 1].core;
  if (next.empty() || text::all_digits(next) || next == "AH") return true;
  // "and" / "or" join two dates only when a figure or another month follows ("on 5 Ramadan and
  // 7 Shawwal"), or a clause goes on ("began on 1 Ramadan and ended"); before a noun they join a
  // count's nouns ("10 Ramadan and Eid recipes").
  if (text::is_one_of(next, {"and", "or"})) {
    if (!words[j + 1].suffix.empty() || j + 2 >= words.size()) return false;
    std::string_view after = words[j + 2].core;
    return (!after.empty() && text::is_digit(after[0])) || names_hijri_month(words, j + 2) ||
           (!after.empty() && text::is_lower(after[0]) && is_past_participle_word(after));
  }
  return text::is_lower(next[0]) && (text::is_function_word(text::lower(next)) || is_past_participle_word(next));
}

}  // namespace

std::optional<Match> match_hijri_date(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.suffix.empty() || !names_hijri_month(words, i + 1) || !ends_the_date(words, i + 1)) return std::nullopt;
  auto day = day_number(w.core);
  if (!day || *day > 30) return std::nullopt;
  bool after_the = i > 0 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "the";
  std::string ordinal = ordinal_words(std::to_string(*day));
  return Match{1, after_the ? ordinal + " of" : "the " + ordinal + " of", false};
}

}  // namespace briefcast::rules
