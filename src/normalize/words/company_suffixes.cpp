// The short forms of a company's legal kind that Asian and Australian copy writes after its name:
// "Pty Ltd" (proprietary limited), "Pte Ltd" (private limited), "Sdn Bhd" and "Bhd" (Malaysia's
// sendirian berhad and berhad). eSpeak NG said "Pty" as "tie" and "Pte" as "tee", losing the
// word, and spelt "Bhd" as letters; a newsreader says the words. "Pte" alone is also a soldier's
// rank before his name ("Pte Tom Hale"), so it and "Pty" are read only before "Ltd" or
// "Limited"; "Bhd" only after a capitalised name, as no other word is so written.
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool before_limited(const Words& words, std::size_t i) {
  return words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
         text::is_one_of(words[i + 1].core, {"Ltd", "Limited", "LTD"});
}

bool after_name(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core);
}

}  // namespace

std::optional<Match> match_company_suffix(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !after_name(words, i)) return std::nullopt;
  if ((w.core == "Pty" || w.core == "PTY") && before_limited(words, i)) return Match{1, "Proprietary", false};
  if ((w.core == "Pte" || w.core == "PTE") && before_limited(words, i)) return Match{1, "Private", false};
  bool berhad = w.core == "Bhd" || w.core == "BHD";
  if ((w.core == "Sdn" || w.core == "SDN") && w.suffix.empty() && i + 1 < words.size() &&
      text::is_one_of(words[i + 1].core, {"Bhd", "BHD"})) {
    return Match{2, "Sendirian Berhad", false};
  }
  if (berhad) return Match{1, "Berhad", false};
  return std::nullopt;
}

}  // namespace briefcast::rules
