// An identifier after the word of the registry that issued it: a chemical's "CAS 7647-01-0" and
// "EC 231-598-3", a serial's "ISSN 0028-0836", a dangerous good's "UN 1203" and a paper's "DOI
// 10.1038/nature12373". Each is a name read as the register writes it, figure by figure in its
// groups ("seven six four seven, oh one, oh"; "U.N one two oh three"), never a quantity: the
// groups were read as a count ("seven thousand six hundred forty seven"), as clock times or as
// a decimal ("ten point one o three eight").
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_grouped_registry(std::string_view w) {
  return text::is_one_of(w, {"CAS", "EC", "EINECS", "ELINCS", "ISSN", "eISSN", "e-ISSN", "CAS-RN", "CASRN"});
}

// "number", "No.", "RN", "no" between the registry's word and its identifier.
bool is_number_word(const Word& w) {
  return (w.suffix.empty() || w.suffix == ".") && text::is_one_of_lowered(w.core, {"number", "no", "nos", "rn", "#"});
}

// "7647-01-0", "231-598-3", "0028-0836", "1234-567X": figures in two to four groups joined by
// hyphens, the last one ending in a check "X" at most; each group said digit by digit.
std::optional<std::string> digit_groups(std::string_view core) {
  if (core.size() > 24 || core.empty() || core.front() == '-' || core.back() == '-') return std::nullopt;
  std::vector<std::string_view> groups = text::split(core, '-');
  if (groups.size() < 2 || groups.size() > 4) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view group : groups) {
    bool check_x = &group == &groups.back() && group.size() > 1 && group.back() == 'X';
    std::string_view digits = check_x ? group.substr(0, group.size() - 1) : group;
    if (digits.empty() || !text::all_digits(digits)) return std::nullopt;
    said.push_back(digit_words(digits, "oh") + (check_x ? " X" : ""));
  }
  return text::joined(said, ", ");
}

// "10.1038/nature12373": the prefix "ten dot one oh three eight", then the item's name in runs
// of letters (a word, or spelt when short or with no vowel: "abe" is a code), figures (one by
// one) and marks.
std::optional<std::string> doi_words(std::string_view core) {
  std::size_t slash = core.find('/');
  if (core.size() > 80 || !text::starts_with(core, "10.") || slash == std::string_view::npos || slash < 4 ||
      !text::all_digits(core.substr(3, slash - 3))) {
    return std::nullopt;
  }
  std::string said = "ten dot " + digit_words(core.substr(3, slash - 3), "oh") + " slash";
  std::size_t k = slash + 1;
  if (k >= core.size()) return std::nullopt;
  while (k < core.size()) {
    std::size_t end = k;
    char c = core[k];
    if (text::is_alpha(c)) {
      while (end < core.size() && text::is_alpha(core[end])) ++end;
      std::string_view run = core.substr(k, end - k);
      bool word = run.size() > 3 && text::lower(run).find_first_of("aeiouy") != std::string::npos;
      said += " " + (word ? std::string(run) : spelled_letters(run));
    } else if (text::is_digit(c)) {
      end = text::digit_run_end(core, end);
      said += " " + digit_words(core.substr(k, end - k), "oh");
    } else {
      end = k + 1;
      auto mark = c == '.' ? "dot" : c == '-' ? "dash" : c == '/' ? "slash" : c == '_' ? "underscore" : nullptr;
      if (!mark) return std::nullopt;
      said += std::string(" ") + mark;
    }
    k = end;
  }
  return said;
}

// "UN 1203", "UN1203", "UN number 1993": four figures. Spaced from "UN" with no "number", a
// year ("UN 2030 agenda") is the year.
std::optional<std::string> un_number(std::string_view digits, bool spaced, bool numbered) {
  if (digits.size() != 4 || !text::all_digits(digits)) return std::nullopt;
  if (spaced && !numbered && (text::starts_with(digits, "19") || text::starts_with(digits, "20"))) return std::nullopt;
  return digit_words(digits, "oh");
}

// "UN0336 1.4G", "UN 1965 2.1": a UN number is followed on a label or a declaration by its
// hazard division ("1.4G", "2.1"). Run on with no break the two codes were heard
// as one long figure, so a pause parts them.
std::string pause_before_hazard_class(const Words& words, std::size_t next, std::string said) {
  if (next >= words.size() || !words[next].prefix.empty() || !words[next - 1].suffix.empty()) return said;
  std::string_view c = words[next].core;
  bool division = c.size() >= 3 && c.size() <= 4 && c[0] >= '1' && c[0] <= '9' && c[1] == '.' && c[2] >= '1' &&
                  c[2] <= '6' && (c.size() == 3 || (c[3] >= 'A' && c[3] <= 'S'));
  return division ? said + "," : said;
}

}  // namespace

// "Buoy 46042": a weather buoy's station number, said figure by figure as forecasts read it
// ("four six oh four two"); it was read as a count ("forty six thousand forty two"). Station
// numbers have five figures; four are a distance or a year ("a buoy 2000 kilometres off", "the
// buoy 2024 season"), and a unit after the figures makes them a distance all the same.
std::optional<Match> buoy_number(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !text::iequals(words[i].core, "buoy")) return std::nullopt;
  const Word& n = words[i + 1];
  if (!n.prefix.empty() || n.core.size() != 5 || n.core[0] == '0' || !text::all_digits(n.core)) return std::nullopt;
  if (n.suffix.empty() && i + 2 < words.size() &&
      (find_unit(words[i + 2].core) || is_unit_name(words[i + 2].core) ||
       text::is_one_of(words[i + 2].core, {"feet", "yards", "nautical"}))) {
    return std::nullopt;
  }
  return Match{2, std::string(words[i].core) + " " + digit_words(n.core, "oh"), false};
}

std::optional<Match> match_registry_number(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto buoy = buoy_number(words, i)) return buoy;
  // "(CAS 54464-57-2)": a bracket may open the registry's word, as a formula's aside.
  if (!w.prefix.empty() && w.prefix != "(" && w.prefix != "[") return std::nullopt;
  if (text::starts_with(w.core, "UN") && w.core.size() == 6) {
    if (auto said = un_number(w.core.substr(2), false, false)) {
      return Match{1, pause_before_hazard_class(words, i + 1, "U.N " + *said), false};
    }
  }
  bool grouped = is_grouped_registry(w.core);
  bool un = w.core == "UN";
  bool doi = text::is_one_of(w.core, {"DOI", "doi"});
  if (!grouped && !un && !doi) return std::nullopt;
  std::size_t k = i + 1;
  bool numbered = false;
  if (w.suffix.empty() && k < words.size() && words[k].prefix.empty() && is_number_word(words[k])) {
    numbered = true;
    ++k;
  }
  const Word& last = words[k - 1];
  if (k >= words.size() || !words[k].prefix.empty() || !(last.suffix.empty() || last.suffix == ":" || last.suffix == ".")) {
    return std::nullopt;
  }
  std::string_view core = words[k].core;
  std::optional<std::string> said = grouped ? digit_groups(core) : un ? un_number(core, true, numbered) : doi_words(core);
  if (!said) return std::nullopt;
  // "DOI: 10.1038/...": the colon after the registry's word stays, a pause before its figures.
  std::string head = (un ? "U.N" : doi ? "D.O.I" : spelled_letters(w.core)) + (w.suffix == ":" ? ": " : " ");
  if (numbered) head += text::lower(words[i + 1].core) == "number" ? std::string(words[i + 1].core) + " " : "number ";
  if (un) *said = pause_before_hazard_class(words, k + 1, *said);
  return Match{k - i + 1, head + *said, false};
}

}  // namespace briefcast::rules
