// A day of an Islamic (Hijri) month: "on 9 Muharram", "after 21 Dhul Qadah", "the 1st Shawwal".
// The Gregorian date rules know only the twelve Gregorian months, so the figure was read as a
// count ("eleven Ramadan"); a day before a month's name is its ordinal, as for "5 June": "the
// ninth of Muharram". Only the figure is replaced; the month's words pass on, and the engine's
// misreading of "Dhu"/"Dhul" is mended by a respelling in lexicon.cpp.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// The first word of a Hijri month's name, as English news spells it ("Rabi al-Awwal",
// "Dhu al-Hijjah", "Dhul-Qadah", "Sha'ban"): the part before any hyphen or apostrophe.
bool opens_hijri_month(std::string_view core) {
  std::size_t cut = core.find_first_of("-'\u2019");
  std::string_view head = core.substr(0, cut);
  static constexpr std::array<std::string_view, 18> kHeads = {
      "muharram", "safar",  "rabi",    "rabia",   "jumada", "jumadah", "jumadal", "rajab",  "shaban",
      "shaaban",  "sha",    "ramadan", "ramazan", "shawwal", "dhu",    "dhul",    "zul",    "zulhijjah"};
  std::string lowered = text::lower(head);
  for (std::string_view h : kHeads) {
    if (lowered == h) return h != "sha" || core.size() > 4;
  }
  return false;
}

// "Sha" alone is no month; "Rabi" names one only with its part ("al-Awwal", "I", "II").
bool names_hijri_month(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty() || !opens_hijri_month(words[j].core)) return false;
  if (!text::is_upper(words[j].core[0])) return false;
  std::string head = text::lower(words[j].core.substr(0, 4));
  if (head == "rabi" || head == "juma") return words[j].core.find('-') != std::string_view::npos || j + 1 < words.size();
  return true;
}

// A one-word month ends the date: what follows is the line's end or a mark, a year ("1446",
// "1446 AH"), a small word, or, after a word that places a date ("on", "after"), any lowercase
// word. "5 Safar Road" and "its 2 Ramadan specials" name a place or a thing.
bool ends_the_date(const Words& words, std::size_t j) {
  std::string head = text::lower(words[j].core.substr(0, 3));
  if (head == "rab" || head == "jum" || head == "dhu" || head == "zul") return true;  // its part follows
  if (j + 1 >= words.size() || !words[j].suffix.empty()) return true;
  std::string_view next = words[j + 1].core;
  if (next.empty() || text::all_digits(next) || next == "AH") return true;
  if (!text::is_lower(next[0])) return false;
  bool placed = j >= 2 && words[j - 2].suffix.empty() &&
                text::is_one_of_lowered(words[j - 2].core, {"on", "from", "to", "until", "till", "after", "before", "by",
                                                            "since", "between", "and", "of"});
  return placed || text::is_function_word(text::lower(next));
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
