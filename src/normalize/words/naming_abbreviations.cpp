// Abbreviations of scientific and maritime naming, said in full where their cue stands:
//  - a new taxon's label after its name ("sp. nov.", "gen. nov.", "gen. et sp. nov."): "new
//    species", "new genus", "new genus and species"; eSpeak NG had said "jen" and spelled "S P";
//  - a rock formation after its capitalised name on a line of geology ("the Hell Creek Fm."):
//    "Formation";
//  - a vessel's type before its capitalised name on a line about the sea ("F/V", "M/V", "S/V"):
//    "fishing vessel", "motor vessel", "sailing vessel"; the letters had been spelled.
// A period that also ends the sentence stays.
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool dotted(const Word& w, std::string_view core) { return w.core == core && text::starts_with(w.suffix, "."); }

std::optional<Match> new_taxon(const Words& words, std::size_t i) {
  std::size_t n = words.size();
  if (i + 3 < n && dotted(words[i], "gen") && words[i + 1].core == "et" && dotted(words[i + 2], "sp") &&
      dotted(words[i + 3], "nov")) {
    return keep_end("new genus and species", words, i, 4);
  }
  if (i + 1 < n && (dotted(words[i], "sp") || dotted(words[i], "gen")) && dotted(words[i + 1], "nov")) {
    return keep_end(words[i].core == "sp" ? "new species" : "new genus", words, i, 2);
  }
  return std::nullopt;
}

// "Fm." is a formation only on a line of geology (trade_cues) or of ages in "Ma"; in an address it
// is a farm ("Manor Fm.").
bool tells_of_geology_or_ages(std::string_view core) { return core == "Ma" || tells_of_geology(core); }

std::optional<Match> formation(const Words& words, std::size_t i) {
  if (i == 0 || !dotted(words[i], "Fm") || !words[i - 1].suffix.empty() || !text::is_capitalized(words[i - 1].core) ||
      !text::any_word(words, tells_of_geology_or_ages)) {
    return std::nullopt;
  }
  return keep_end("Formation", words, i, 1);
}

// "F/V", "M/V", "S/V" are vessels only on a line of the sea (trade_cues); in market copy they are
// face value and market value ("F/V Rs 10"). "rescue at sea", "the Coast Guard": cues of more
// than one word; "blood vessel" is anatomy, no cue.
bool line_tells_of_the_sea(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    bool anatomy = k > 0 && text::iequals(words[k - 1].core, "blood");
    if (tells_of_the_sea(words[k].core) && !anatomy) return true;
  }
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (text::iequals(words[k].core, "coast") && text::iequals(words[k + 1].core, "guard")) return true;
    if (k + 2 < words.size() && text::iequals(words[k].core, "rescue") && text::iequals(words[k + 1].core, "at") &&
        text::iequals(words[k + 2].core, "sea")) {
      return true;
    }
  }
  return false;
}

std::optional<Match> vessel_type(const Words& words, std::size_t i) {
  static constexpr text::Said kVessels[] = {
      {"F/V", "fishing vessel"}, {"M/V", "motor vessel"}, {"S/V", "sailing vessel"}};
  auto said = text::said_for(kVessels, words[i].core);
  if (!said || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  const Word& name = words[i + 1];
  // "F/V Rs 10", "M/V ₹5 crore", "S/V 2.5": a value, not a vessel's name.
  if (!name.prefix.empty() || !text::is_capitalized(name.core) || text::iequals(name.core, "Rs")) return std::nullopt;
  if (!line_tells_of_the_sea(words)) return std::nullopt;
  return Match{1, std::string(*said), false};
}

}  // namespace

std::optional<Match> match_naming_abbreviation(const Words& words, std::size_t i) {
  if (auto m = new_taxon(words, i)) return m;
  if (auto m = formation(words, i)) return m;
  return vessel_type(words, i);
}

}  // namespace briefcast::rules
