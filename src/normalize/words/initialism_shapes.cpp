// Shapes of capitals that no English word has, so they are initialisms to spell even where the
// letters could be sounded out: an odd silent E, an odd final "RC", an odd plural of one vowel, a
// country's letters glued to an agency's, an "AO" closed by consonants. reads_as_word (acronym.cpp) asks them first.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool is_vowel_at(std::string_view s, std::size_t i) { return is_vowel(s[i]) || (s[i] == 'Y' && i > 0); }

// Four letters of one vowel, the first, and a silent final E: English has few such words
// ("ABLE", "ACHE", "EDGE", "ELSE", "ISLE", "ONCE", "URGE", "OGRE") and the two consonants between are
// one of theirs. Others ("IRSE", "ARPE") are initialisms; eSpeak NG said "IRSE" as "urse".
bool odd_silent_e(std::string_view s) {
  if (s.size() != 4 || !is_vowel(s[0]) || s[3] != 'E' || is_vowel_at(s, 1) || is_vowel_at(s, 2)) return false;
  // A doubled consonant has an English shape too ("ELLE", "ANNE").
  if (s[1] == s[2]) return false;
  // "OGRE", "APSE", "ADZE", "ERNE", "OLDE" are English words of that shape too.
  return !text::is_one_of(s.substr(1, 2), {"BL", "CH", "CN", "CR", "DG", "DL", "DZ", "GL", "GR", "LD", "LS", "NC", "NT",
                                           "PS", "RG", "RN", "SL", "XL"});
}

// A final "RC" ends English words only after A or O ("ARC", "MARC", "ORC"): "SERC" is letters.
bool odd_final_rc(std::string_view s) {
  return s.size() >= 3 && text::ends_with(s, "RC") && s[s.size() - 3] != 'A' && s[s.size() - 3] != 'O';
}

// Four letters of one vowel, the first, and three consonants: English words of that shape are
// plurals of a three-letter word ("ACTS", "ENDS", "ARMS", "INKS"). Others ("ALDS", "ERPS") are
// initialisms; eSpeak NG said "ALDS" as one syllable, "alds".
bool odd_vowel_plural(std::string_view s) {
  if (s.size() != 4 || !is_vowel(s[0]) || s[3] != 'S' || is_vowel_at(s, 1) || is_vowel_at(s, 2)) return false;
  return !text::is_one_of(s.substr(0, 3), {"ACT", "ADD", "AFT", "ALL", "ALM", "ALP", "AMP", "AND", "ANT", "ARC", "ARK",
                                           "ARM", "ART", "ASK", "ASP", "EBB", "EGG", "ELF", "ELK", "ELL", "ELM", "END",
                                           "ERR", "ILK", "ILL", "IMP", "INK", "INN", "IRK", "OPT", "ORB", "ORC", "OLD",
                                           "UMP", "URN", "ODD", "EMS", "ENS"});
}

// "USDA", "USDOT", "UKHSA": a country's letters glued to an agency's initialism, spelt whole.
// No English word opens with "us" or "uk" and a consonant but "usher" and Ukraine's "ukr", so
// the shape test, which took "USDOT" for a word ("us-dot"), has none to lose. Known cost, rare:
// a name in capitals ("USMAN Khawaja", the film "USTAD HOTEL") is spelt too.
bool national_initialism(std::string_view s) {
  if (s.size() < 4 || is_vowel(s[2]) || s[2] == 'Y') return false;
  return (text::starts_with(s, "US") && s[2] != 'H') || (text::starts_with(s, "UK") && s[2] != 'R');
}

// "AO" closed by consonants ("RAOT", "MAOPT"): English keeps the pair only in loanwords, where it
// ends the word ("TAO", "CACAO"), comes before a final S ("CHAOS", "LAOS") or before a consonant
// and a vowel ("MAORI", "NAOMI", "KAOLIN"). Closed by its consonants it is letters; eSpeak NG
// said "RAOT" as "ray-ot".
bool odd_closed_ao(std::string_view s) {
  // "GAOL" is the English word (said "jail"), the one closed "AO" the language keeps.
  if (s == "GAOL" || s == "GAOLS") return false;
  std::size_t at = s.find("AO");
  if (at == std::string_view::npos || at + 2 == s.size()) return false;
  std::string_view after = s.substr(at + 2);
  if (after == "S" || is_vowel_at(s, at + 2)) return false;
  return after.size() == 1 || !is_vowel_at(s, at + 3);
}

}  // namespace

// A final W closes an English syllable only after A, E or O ("LAW", "NEW", "LOW"); after I or Y
// ("ACYW", "NIW") the capitals are letters. Only a code's capitals ask it, figures glued after
// them ("ACYW135"): standing alone the W may end a name ("TROUW").
bool odd_final_w(std::string_view s) {
  return s.size() >= 3 && s.back() == 'W' && (s[s.size() - 2] == 'I' || s[s.size() - 2] == 'Y');
}

bool has_initialism_shape(std::string_view s) {
  return odd_silent_e(s) || odd_final_rc(s) || odd_vowel_plural(s) || national_initialism(s) || odd_closed_ao(s);
}

}  // namespace briefcast::rules
