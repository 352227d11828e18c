// How law reports and judgments cite courts, cases and sections:
//  - "the 9th Cir.", "the 2d Cir.", "the D.C. Cir.": a federal circuit after its ordinal (or
//    "D.C.", "Fed."), "Circuit", at the end of a sentence too, where the street rule made it
//    "Circle";
//  - "R v Jogee", "Roe v. Wade", "Chelsea vs Arsenal", "98.5 v 97": "v", "v." and "vs" between
//    the parties or two scores are "versus";
//  - "§§ 12-15": the doubled section sign is the plural, "sections", never "section section";
//  - "Regulation (EU) 2016/679", "Directive 2006/123/EC": a European act's number, its year and
//    serial said apart with "slash" ("twenty sixteen slash six seventy-nine"), never a fraction;
//    an older act's serial before its year is "of" the year ("ten seventy-two of two thousand
//    eight"), and "Reg." before such a number is "Regulation".
#include <vector>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

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

// The "versus" between two parties, in a case name or a fixture (eSpeak NG said the letters,
// "vee" or "V S"):
//  - "R v Jogee", "Chelsea v Arsenal": a bare lower-case "v" between two capitalised names;
//  - "Roe v. Wade": a lone "v." between two names;
//  - "Chelsea vs Arsenal", "(vs 1.8% forecast)": "vs" without its period, before any word;
//  - "164.230 v 163.997", "5 v 5": a bare "v" between two figures, as between two scores.
std::optional<Match> versus(const Words& words, std::size_t i) {
  if (i == 0 || i + 1 >= words.size()) return std::nullopt;
  const Word& w = words[i];
  const Word& before = words[i - 1];
  const Word& after = words[i + 1];
  const bool dotted = text::has_period(w);
  if (w.core == "vs" && !dotted && text::is_one_of(w.prefix, {"", "(", "["})) return Match{1, "versus", false};
  const bool name_after = after.prefix.empty() && text::is_capitalized(after.core);
  if (w.core == "v" && dotted && text::is_capitalized(before.core) && name_after && after.core.size() > 1) {
    return Match{1, "versus", true};
  }
  // "R (Hale) v SSJ": an English case names the party bringing it in brackets.
  const bool name_before = (before.suffix.empty() || before.suffix == ")") && !before.core.empty() && text::is_upper(before.core[0]);
  if (w.raw == "v" && name_before && name_after && text::is_alpha(after.core[0])) return Match{1, "versus", false};
  // "Round 9 v the Firebirds": a team named with its article.
  bool team_after = after.core == "the" && after.suffix.empty() && i + 2 < words.size() &&
                    text::is_capitalized(words[i + 2].core) && words[i + 2].prefix.empty();
  bool side_before = before.suffix.empty() && !before.core.empty() &&
                     (text::is_upper(before.core[0]) || text::all_digits(before.core));
  if (w.raw == "v" && side_before && team_after) return Match{1, "versus", false};
  // "164.230 v 163.997", "a 5 v 5 drill": a bare "v" between two scores or counts, a figure
  // whole on each side (a unit glued to one, "12v", is no score).
  if (w.raw == "v" && before.suffix.empty() && after.prefix.empty() && text::parse_plain_figure(before.core) &&
      text::parse_plain_figure(after.core)) {
    return Match{1, "versus", false};
  }
  return std::nullopt;
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

bool is_act_kind(const Word& w) {
  if (w.core == "Reg" || w.core == "Dir") return w.suffix == ".";
  return text::is_one_of_lowered(w.core, {"regulation", "regulations", "directive", "directives", "decision"});
}

// The number of a European act after its kind, "(EU)" or "No" between them at most: the year
// said as a year, a serial as a cardinal, the treaty's letters spelt ("E C").
std::optional<Match> european_act_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.find('/') == std::string_view::npos || core.size() > 24 || !words[i].prefix.empty()) return std::nullopt;
  std::size_t k = i;
  while (k > 0 && i - k < 2 && (words[k - 1].prefix == "(" || text::is_one_of(words[k - 1].core, {"No", "no"}))) {
    --k;
  }
  if (k == 0 || !is_act_kind(words[k - 1])) return std::nullopt;
  // One part is the year: the first ("2016/679", since 2015) or else the last figure ("1907/2006").
  std::vector<std::string_view> parts;
  for (std::string_view rest = core; !rest.empty();) {
    std::size_t slash = rest.find('/');
    parts.push_back(rest.substr(0, slash));
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  }
  auto year_like = [](std::string_view s) { return s.size() == 4 && text::all_digits(s) && (s[0] == '1' || s[0] == '2'); };
  std::size_t year = parts.size();
  for (std::size_t p = parts.size(); p-- > 0 && year == parts.size();) {
    if (year_like(parts[p])) year = p;
  }
  // A year first is from 2015 on: "1223/2009" is a serial, then its year.
  if (!parts.empty() && year_like(parts[0]) && (parts[0] >= "2015" || year == parts.size())) year = 0;
  std::string spoken;
  int figures = 0;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    std::string_view part = parts[p];
    if (!spoken.empty()) spoken += " slash ";
    if (p == year) {
      spoken += year_words(part);
      ++figures;
    } else if (!part.empty() && part.size() <= 4 && text::all_digits(part)) {
      spoken += cardinal_words(part);
      ++figures;
    } else if (part.size() <= 3 && text::is_capitals_word(part)) {
      spoken += spelled_letters(part);
    } else {
      return std::nullopt;
    }
  }
  if (figures < 2) return std::nullopt;
  // "1223/2009": a serial then its year, the act numbered within that year.
  if (parts.size() == 2 && year == 1) {
    std::string serial = parts[0].size() == 4 ? paired_digit_words(parts[0]) : cardinal_words(parts[0]);
    return Match{1, serial + " of " + year_words(parts[1]), false};
  }
  return Match{1, spoken, false};
}

// "Reg. 1223/2009", "Dir. (EU) 2019/904": the kind written short before an act's number is the
// word; said "Reg" and with a sentence's pause after its period.
std::optional<Match> act_kind_abbreviation(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !is_act_kind(w) || (w.core != "Reg" && w.core != "Dir")) return std::nullopt;
  for (std::size_t k = i + 1; k < words.size() && k < i + 4; ++k) {
    if (european_act_number(words, k)) return Match{1, w.core == "Reg" ? "Regulation" : "Directive", true};
  }
  return std::nullopt;
}
}  // namespace

std::optional<Match> match_legal_citation(const Words& words, std::size_t i) {
  if (auto m = circuit_court(words, i)) return m;
  if (auto m = versus(words, i)) return m;
  if (auto m = european_act_number(words, i)) return m;
  if (auto m = act_kind_abbreviation(words, i)) return m;
  return section_signs(words, i);
}

}  // namespace briefcast::rules
