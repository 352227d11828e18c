// The sign "\u00d7" between words, not figures, and the Iberian street short forms around it:
//  - "half-brother \u00d7 half-sister", "Holstein \u00d7 Jersey": among words of breeding, the two
//    parents of a cross, "crossed with".
//  - "Av. Paulista \u00d7 R. da Consola\u00e7\u00e3o": at a crossing of two streets, "and"; "Av."
//    before a name is the avenida and "R." before "da", "do", "das", "dos" and a name the rua.
// Left alone eSpeak NG said "times" between the words, "av" and the letter "R".
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool tells_of_breeding(std::string_view w) {
  return text::is_one_of_lowered(w, {"cross", "crossed", "crosses", "crossbred", "crossbreed", "bred", "breed", "breeding",
                                     "sire", "dam", "foal", "calf", "calves", "half-brother", "half-sister", "hybrid",
                                     "hybrids", "cultivar", "mating", "stallion", "mare", "bull", "heifer", "ewe", "ram",
                                     "pedigree", "litter", "puppies", "offspring", "progeny"});
}

// "Av. Paulista", "Avda. Libertador": before a capitalised name.
bool avenida_at(const Words& words, std::size_t i) {
  return text::is_one_of(words[i].core, {"Av", "Avda"}) && words[i].suffix == "." && i + 1 < words.size() &&
         words[i + 1].prefix.empty() && text::is_capitalized(words[i + 1].core);
}

// "R. da Consola\u00e7\u00e3o", "R. dos Andradas": a Portuguese particle then a capitalised name.
bool rua_at(const Words& words, std::size_t i) {
  return words[i].core == "R" && words[i].suffix == "." && i + 2 < words.size() &&
         text::is_one_of(words[i + 1].core, {"da", "do", "das", "dos", "de"}) && text::is_capitalized(words[i + 2].core);
}

// A street's short form within three words before position i, or just after it.
bool street_near(const Words& words, std::size_t i) {
  std::size_t from = i >= 3 ? i - 3 : 0;
  for (std::size_t k = from; k < i; ++k) {
    if (avenida_at(words, k) || rua_at(words, k)) return true;
  }
  return i + 1 < words.size() && (avenida_at(words, i + 1) || rua_at(words, i + 1));
}

std::optional<Match> cross_sign(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "\u00d7" || !w.prefix.empty() || i == 0 || i + 1 >= words.size()) return std::nullopt;
  const std::string_view before = words[i - 1].core;
  const std::string_view after = words[i + 1].core;
  if (before.empty() || after.empty() || text::is_digit(before.back()) || text::is_digit(after[0]) ||
      !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  if (street_near(words, i)) return Match{1, "and", false};
  if (text::any_word_near(words, i, 10, tells_of_breeding)) return Match{1, "crossed with", false};
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_cross_sign(const Words& words, std::size_t i) {
  if (auto m = cross_sign(words, i)) return m;
  if (avenida_at(words, i)) return Match{1, "Avenida", true};
  if (rua_at(words, i)) return Match{1, "Rua", true};
  return std::nullopt;
}

}  // namespace briefcast::rules
