// Given names abbreviated as registers, deeds, clock dials and old bylines write them: "Thos.
// Penrose", "Wm. Hartley", "Chas. H. Doe" -> "Thomas Penrose", "William Hartley", "Charles H.
// Doe". eSpeak NG read "Thos." as "those" and "Jas." as letters, and the period as a sentence
// end. Read only with the period and before a capitalised surname or a name's initial: without
// the period several are names or words of their own ("Chas", "Jos").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Only contractions no other word is written as; "Geo." is kept for George, as in "Geo.
// Washington", only before a name.
constexpr text::Said kGivenNames[] = {
    {"Thos", "Thomas"},   {"Wm", "William"},     {"Chas", "Charles"},   {"Geo", "George"},
    {"Jas", "James"},     {"Jno", "John"},       {"Jos", "Joseph"},     {"Robt", "Robert"},
    {"Edw", "Edward"},    {"Edwd", "Edward"},    {"Benj", "Benjamin"},  {"Saml", "Samuel"},
    {"Richd", "Richard"}, {"Danl", "Daniel"},    {"Nathl", "Nathaniel"}, {"Alexr", "Alexander"},
    {"Fredk", "Frederick"}, {"Hy", "Henry"},
};

// Word j is a surname ("Penrose", "Duibhir's") or a middle initial ("H.") after a given name:
// not a word that opens a sentence ("Geo. The next").
bool names_a_person(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty()) return false;
  std::string_view core = words[j].core;
  if (text::is_possessive(core)) core.remove_suffix(text::ends_with(core, "'s") ? 2 : std::string_view("\u2019s").size());
  if (core.size() == 1) return text::is_upper(core[0]) && text::has_period(words[j]);
  return text::is_name_word(core) && !text::all_upper(core) && !text::is_function_word(text::lower(core)) &&
         !text::opens_sentence(core);
}

// The particles of Irish surnames, standing alone before the name: "Ó" ("Seán Ó Duibhir", "Ó
// Sé"), whose mark eSpeak NG named ("O acute"), and the women's "Ní" and "Uí" ("Máire Ní
// Bhriain"), which it said "nye" and "you-ee". Other capitals with an accent alone ("Á", "É")
// are no particle of a name in any language we read, and are left as they were.
constexpr text::Said kAccentedParticles[] = {
    {"\u00d3", "O"}, {"N\u00ed", "Nee"}, {"U\u00ed", "Ee"},
};

}  // namespace

std::optional<Match> match_name_particle(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || !names_a_person(words, i + 1)) return std::nullopt;
  auto letter = text::said_for(kAccentedParticles, w.core);
  if (!letter) return std::nullopt;
  return Match{1, std::string(*letter), false};
}

std::optional<Match> match_given_name(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || !w.prefix.empty() || !names_a_person(words, i + 1)) return std::nullopt;
  auto name = text::said_for(kGivenNames, w.core);
  if (!name) return std::nullopt;
  return Match{1, std::string(*name), true};
}

}  // namespace briefcast::rules
