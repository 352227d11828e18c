// Abbreviations of scientific and maritime naming, said in full where their cue stands:
//  - a new taxon's label after its name ("sp. nov.", "gen. nov.", "gen. et sp. nov."): "species
//    nova", "genus nova", "genus et species nova"; eSpeak NG had said "jen" and spelled "S P";
//  - a rock formation after its capitalised name ("the Hell Creek Fm."): "Formation";
//  - a vessel's type before its capitalised name ("F/V", "M/V", "S/V"): "fishing vessel",
//    "motor vessel", "sailing vessel"; the letters had been spelled.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool dotted(const Word& w, std::string_view core) { return w.core == core && text::starts_with(w.suffix, "."); }

std::optional<Match> new_taxon(const Words& words, std::size_t i) {
  std::size_t n = words.size();
  if (i + 3 < n && dotted(words[i], "gen") && words[i + 1].core == "et" && dotted(words[i + 2], "sp") &&
      dotted(words[i + 3], "nov")) {
    return Match{4, "genus et species nova", true};
  }
  if (i + 1 < n && (dotted(words[i], "sp") || dotted(words[i], "gen")) && dotted(words[i + 1], "nov")) {
    return Match{2, words[i].core == "sp" ? "species nova" : "genus nova", true};
  }
  return std::nullopt;
}

std::optional<Match> formation(const Words& words, std::size_t i) {
  if (i == 0 || !dotted(words[i], "Fm") || !words[i - 1].suffix.empty() || !text::is_capitalized(words[i - 1].core)) {
    return std::nullopt;
  }
  return Match{1, "Formation", true};
}

std::optional<Match> vessel_type(const Words& words, std::size_t i) {
  static constexpr text::Said kVessels[] = {
      {"F/V", "fishing vessel"}, {"M/V", "motor vessel"}, {"S/V", "sailing vessel"}};
  auto said = text::said_for(kVessels, words[i].core);
  if (!said || !words[i].suffix.empty() || i + 1 >= words.size() || !text::is_capitalized(words[i + 1].core)) {
    return std::nullopt;
  }
  // "F/V Ltd.": before a company's suffix the letters are a firm's name, no vessel.
  if (text::is_one_of(words[i + 1].core, {"Ltd", "Inc", "Co", "Corp", "LLC", "PLC", "AG", "GmbH", "SA", "AS", "BV"})) {
    return std::nullopt;
  }
  return Match{1, std::string(*said), false};
}

}  // namespace

std::optional<Match> match_naming_abbreviation(const Words& words, std::size_t i) {
  if (auto m = new_taxon(words, i)) return m;
  if (auto m = formation(words, i)) return m;
  return vessel_type(words, i);
}

}  // namespace briefcast::rules
