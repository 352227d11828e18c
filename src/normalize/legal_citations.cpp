// How law reports and judgments cite courts, cases and sections:
//  - "the 9th Cir.", "the 2d Cir.", "the D.C. Cir.": a federal circuit after its ordinal (or
//    "D.C.", "Fed."), "Circuit", at the end of a sentence too, where the street rule made it
//    "Circle";
//  - "R v Jogee", "Smith v Jones": British case names put a bare lower-case "v" between the
//    parties; eSpeak NG said the letter ("vee") where a reader says "versus";
//  - "§§ 12-15": the doubled section sign is the plural, "sections", never "section section".
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// "9th", "2nd", "2d", "3d": a circuit's number as a law report writes it, said as an ordinal.
std::optional<std::string> circuit_ordinal(std::string_view s) {
  if (s == "2d") return std::string("second");
  if (s == "3d") return std::string("third");
  if (s.size() > 4 || s.empty() || !text::is_digit(s[0])) return std::nullopt;
  return speak_ordinal(s);
}

bool is_circuit_abbreviation(const Word& w) { return w.core == "Cir" && text::has_period(w) && w.prefix.empty(); }

// "the 9th Cir.", "the 2d Cir.", "the D.C. Cir.", "the Fed. Cir.": the ordinal or the place
// and "Circuit", the period kept only where it also ends the sentence.
std::optional<Match> circuit_court(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !is_circuit_abbreviation(words[i + 1]) || !words[i].prefix.empty()) return std::nullopt;
  std::string_view core = words[i].core;
  std::optional<std::string> name;
  if (words[i].suffix.empty()) name = circuit_ordinal(core);
  if (core == "D.C" && words[i].suffix == ".") name = "D.C";
  if (core == "Fed" && words[i].suffix == ".") name = "Federal";
  if (!name) return std::nullopt;
  return Match{2, *name + " Circuit", !period_ends_sentence(words, i + 1)};
}

// "R v Jogee", "Smith v Jones", "Chelsea v Arsenal": a bare lower-case "v" between two
// capitalised names.
std::optional<Match> bare_versus(const Words& words, std::size_t i) {
  if (words[i].raw != "v" || i == 0 || i + 1 >= words.size()) return std::nullopt;
  const Word& before = words[i - 1];
  const Word& after = words[i + 1];
  bool names = before.suffix.empty() && !before.core.empty() && text::is_upper(before.core[0]) &&
               after.prefix.empty() && text::is_capitalized(after.core) && text::is_alpha(after.core[0]);
  if (!names) return std::nullopt;
  return Match{1, "versus", false};
}

// "§§ 12-15", "§§12-15": sections, the figures after the sign read by their own rules.
std::optional<Match> section_signs(const Words& words, std::size_t i) {
  static constexpr std::string_view kSigns = "\u00a7\u00a7";
  std::string_view core = words[i].core;
  if (!text::starts_with(core, kSigns)) return std::nullopt;
  std::string_view rest = core.substr(kSigns.size());
  if (rest.empty()) return Match{1, "sections", false};
  if (!text::is_digit(rest[0])) return std::nullopt;
  return Match{1, "sections " + speak_word(rest), false};
}

}  // namespace

std::optional<Match> match_legal_citation(const Words& words, std::size_t i) {
  if (auto m = circuit_court(words, i)) return m;
  if (auto m = bare_versus(words, i)) return m;
  return section_signs(words, i);
}

}  // namespace briefcast::rules
