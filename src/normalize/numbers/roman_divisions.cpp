// Roman numerals after the common noun of a division ("Region IV", "Schedule III") or after a
// plural that labels ("Broods XIII"): when the numeral is a count, when it is the pronoun, and
// when the noun is a family name.
#include "normalize/numbers/roman_divisions.h"

#include <array>

#include "normalize/function_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "EPA Region IV", "Ward IV", "Schedule III", "League II": common nouns of the divisions of an
// area, an organisation or a document. Capitalised as part of a name, they were taken for a
// person's name and given the regnal reading ("Region the fourth"); what they number is a
// count, said as a cardinal ("Region two"). Only numerals of I, V and X up to 39 number them:
// "Unit DC", "Table CV" and "Group CC" are letters. Not "Form": "Form I-765" is the letter of a
// form's series. The plural counts as well ("Regions IV and V").
constexpr std::array<std::string_view, 16> kDivisionNouns = {
    "Region", "District", "Ward", "Unit", "Schedule", "League", "Group", "Pool", "Rule", "Paragraph",
    "Clause", "Table", "Figure", "Step", "Precinct", "Wing"};

// A capitalised plural of a plain "s": "Broods", "Cohorts", "Tiers". Names that end in "s" as
// a plural does are kept out by their endings ("Louis", "Pius", "Carlos", "Nicholas", "Rhys",
// "Charles", "Hennes": kings, popes and a club's goat); so are the plurals in "-es" with them.
bool is_plural_label_noun(std::string_view word) {
  if (word.size() < 5 || !text::is_capitalized(word) || !text::all_alpha(word) || text::all_upper(word) ||
      !text::ends_with(word, "s")) {
    return false;
  }
  for (std::string_view ending : {"ss", "us", "is", "os", "as", "ys", "es"}) {
    if (text::ends_with(word, ending)) return false;
  }
  // Monarchs' names in the plural ("Shakespeare's Richards II and III", "the Edwards VII and
  // VIII") name several kings: each numeral keeps its regnal reading.
  return !text::is_one_of(word, {"Richards", "Edwards", "Henrys", "Williams", "Johns", "Stephens", "Peters", "Ivans",
                                 "Philips", "Fredericks", "Alexanders", "Alfonsos", "Olafs", "Haakons", "Gustavs"});
}

}  // namespace

std::string_view singular_of(std::string_view word) {
  return word.size() > 3 && text::ends_with(word, "s") ? word.substr(0, word.size() - 1) : word;
}

// "Classes" of "Class", "Categories" of "Category", "Batches" of "Batch": the plurals in "-es"
// and "-ies" that dropping the "s" alone does not undo.
bool is_es_plural_of(std::string_view word, std::string_view singular) {
  std::string plural = text::lower(word);
  std::string one = text::lower(singular);
  if (one.empty()) return false;
  if (one.back() == 'y') return plural == one.substr(0, one.size() - 1) + "ies";
  bool sibilant = one.back() == 's' || one.back() == 'x' || text::ends_with(one, "ch") || text::ends_with(one, "sh");
  return sibilant && plural == one + "es";
}

bool is_division_noun(std::string_view word) {
  for (std::string_view division : kDivisionNouns) {
    if (text::iequals(word, division) || text::iequals(singular_of(word), division)) return true;
  }
  return false;
}

// "Robert Ward III", "Rep. Ward III", "Cllr Ward I think": a division's noun that is also a
// family name, after a given name or a person's title, is a surname, and keeps the regnal
// reading (or the pronoun after it). Nouns no family bears ("See Figure II", "North Region
// II") count after any capitalised word.
bool surname_before_numeral(const Words& words, std::size_t i) {
  if (i < 2 || !text::is_one_of(words[i - 1].core, {"Ward", "Wing", "Pool", "Rule"})) return false;
  const Word& before = words[i - 2];
  if (text::is_one_of(before.core, {"Mr", "Mrs", "Ms", "Dr", "Rep", "Sen", "Cllr", "Gov"})) return true;
  return before.suffix.empty() && before.core.size() >= 2 && text::all_alpha(before.core) &&
         text::is_capitalized(before.core) && !text::all_upper(before.core) &&
         !text::is_function_word(text::lower(before.core));
}

// "Schedule I to Schedule III", "a Schedule I drug", "Unit I of the plant": after a division's
// noun a lone "I" is a numeral, unless a capitalised word follows, as in a headline in title
// case ("The Ward I Work On"); a lower-case word, "of", a figure, a mark or the line's end
// after it make it the numeral. After a surname ("Cllr Ward I think") no count is read at all.
bool numeral_one_after_division(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 == words.size()) return true;
  return !text::is_capitalized(words[i + 1].core);
}

// "Broods XIII and XIX", "Cohorts IV to VI": a numeral after a plural noun labels one of the
// things named, a cardinal ("Broods thirteen and nineteen"); no monarch's name is a plural.
// After a given name the plural is a family's ("Hank Williams III" keeps "the third").
bool plural_label_before(const Words& words, std::size_t i) {
  // Numerals of two or more of I, V and X only: "Friends I met", "Events CD" are no labels.
  std::string_view numeral = words[i].core;
  if (numeral.size() < 2 || numeral.find_first_not_of("IVX") != std::string_view::npos) return false;
  if (i == 0 || !words[i - 1].suffix.empty() || !is_plural_label_noun(words[i - 1].core)) return false;
  if (i < 2) return true;
  const Word& before = words[i - 2];
  return !(text::is_capitalized(before.core) && text::all_alpha(before.core) && !text::all_upper(before.core) &&
           !text::is_function_word(text::lower(before.core)));
}

}  // namespace briefcast::rules
