// Acronyms: letters that eSpeak NG should spell stay in capitals ("CIA", "FBI": the engine
// spells capitals it cannot pronounce), and acronyms said as words are written as words
// ("NATO" -> "Nato") so the engine does not spell them. A short list of known word-acronyms
// comes first; otherwise a word of four or more letters that alternates vowels and
// consonants like an English word ("UNICEF", "OPEC") is said, anything else is spelled.
#include <array>

#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

constexpr std::array<std::string_view, 34> kSaid = {
    "NATO", "NASA", "UNESCO", "UNICEF", "OPEC", "AIDS", "FIFA", "NAFTA", "ASEAN", "COVID", "SARS", "MERS",
    "OSHA", "FEMA", "INTERPOL", "LASER", "RADAR", "SCOTUS", "GIF", "ISIS", "IKEA", "UEFA", "NASDAQ", "DARPA",
    "PAC", "MAX", "AMP", "SWAT", "JPEG", "NIMBY", "LIDAR", "SONAR", "ZIP", "PIN",
};

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// Pronounceable: at least four letters, starting with a consonant-vowel or a vowel; short
// ones alternate strictly ("NATO", "OPEC", but not "ACLU"), longer ones allow pairs of
// consonants or vowels ("HARBOR"). Y counts as a vowel after the first letter.
bool looks_pronounceable(std::string_view s) {
  if (s.size() < 4) return false;
  if (!is_vowel(s[0]) && !is_vowel(s[1]) && s[1] != 'Y') return false;
  int limit = s.size() <= 5 ? 1 : 2;
  int consonants = 0;
  int vowels = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (is_vowel(c) || (c == 'Y' && i > 0)) {
      ++vowels;
      consonants = 0;
    } else {
      ++consonants;
      vowels = 0;
    }
    if (consonants > limit || vowels > limit) return false;
  }
  return true;
}

std::string as_word(std::string_view s) {
  std::string out = text::lower(s);
  out[0] = s[0];
  return out;
}

}  // namespace

std::optional<std::string> speak_acronym(std::string_view core) {
  if (core.size() < 2 || core.size() > 8 || !text::all_upper(core)) return std::nullopt;
  for (std::string_view said : kSaid) {
    if (core == said) return as_word(core);
  }
  // Capitals that read like a word are a word, whether an acronym or a shouted dateline
  // ("HARBOR CITY"); the engine spells the rest itself.
  if (looks_pronounceable(core)) return as_word(core);
  return std::string(core);
}

}  // namespace briefcast::rules
