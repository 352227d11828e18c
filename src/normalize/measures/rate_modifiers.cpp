// A strength, a weight per area or per length before the product it describes: "250 mg/5 mL oral
// suspension", "40 mg/0.4 mL prefilled syringes", "45 g/m² newsprint", "a 10 mg/mL solution".
// A drug's strength (milligrams or less per a volume) or a grammage (grams per a square meter, paper's or cloth's)
// is no amount of the thing after it, as "500 g flour" is: it names the kind of
// product, so with or without an article it is one compound adjective, its units said in the
// singular ("two-hundred-fifty-milligram-per-five-milliliter suspension"). After "of", before a
// verb, a function word, an adverb or a clause's end it stays a rate ("dosed at 5 mg/mL daily").
// "5 mg/kg body weight" is a dose per a mass, no strength, and keeps its plural.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

// A drug's strength is in milligrams or less per a volume; grams per a liter are a substance's
// amount in a drink or a water ("38 g/L residual sugar" is no kind of sugar).
bool is_dose_mass(std::string_view unit) { return text::is_one_of(unit, {"ng", "\u00b5g", "ug", "mcg", "mg", "IU"}); }

bool is_volume(std::string_view unit) { return text::is_one_of(unit, {"mL", "ml", "L", "l", "dL", "dl", "cL", "cl"}); }

// Paper's and cloth's grammage is in grams per square meter; milligrams per square meter are a
// dose per a body's surface, which keeps its plural as a dose per a body's mass does.
bool is_square_meter(std::string_view unit) { return text::is_one_of(unit, {"m\u00b2", "m2"}); }

// A rail's, a bar's or a cable's weight per length grades it as grammage does paper ("68 kg/m
// rail", "a 60 lb/yd section").
bool is_linear_density(std::string_view head, std::string_view under) {
  return text::is_one_of(head, {"kg", "g", "lb"}) && text::is_one_of(under, {"m", "yd", "ft"});
}

// "mL", "5 mL", "0.4mL", "5": the denominator after the slash, its figure dropped.
std::string_view without_figure(std::string_view s) { return s.substr(text::number_prefix_length(s)); }

}  // namespace

bool is_strength_ratio(std::string_view head, std::string_view per) {
  std::string_view under = without_figure(per);
  return (is_dose_mass(head) && is_volume(under)) || (head == "g" && under == per && is_square_meter(under)) ||
         (under == per && is_linear_density(head, under));
}

bool strength_unit(std::string_view written) {
  std::size_t slash = written.find('/');
  if (slash == std::string_view::npos || slash == 0 || written.find('/', slash + 1) != std::string_view::npos) return false;
  return is_strength_ratio(written.substr(0, slash), written.substr(slash + 1));
}

bool plain_noun_after(const Words& words, std::size_t last) {
  std::size_t n = last + 1;
  if (n >= words.size() || !words[last].suffix.empty() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  bool hyphened = w.find('-') != std::string_view::npos && w.back() != '-' &&
                  w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos;
  if (w.size() < 3 || !text::is_lower(w[0]) || (!text::all_alpha(w) && !hyphened)) return false;
  if (is_not_noun(w) || is_time_or_count_word(w) || is_verb_in_s(w) || text::is_function_word(w)) return false;
  // "5 mg/mL daily", "10 g/m² thick": an adverb or a word of how much, no product.
  if (text::ends_with(w, "ly") && !text::is_one_of(w, {"supply"})) return false;
  // "pouches of 6 mg now making up": an adverb of time or degree, no noun.
  if (text::is_one_of(w, {"max", "maximum", "minimum", "total", "overall", "average", "thick", "deep", "was", "were",
                          "is", "are", "said", "now", "then", "still", "also", "already", "again", "alone", "only",
                          "even", "here", "there", "instead", "too", "yet", "once"})) {
    return false;
  }
  // "dosed at 5 mg/mL produced": a past tense before an object is a verb.
  return !is_verb_before_object(words, n);
}

bool strength_sizes_noun(const Words& words, std::size_t i, std::size_t last) {
  if (last + 1 >= words.size()) return false;
  // "a density of 5 mg/mL solution" is the noun's value; "20 t of 45 g/m² newsprint" grades it.
  if (i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"of"}) &&
      !grades_after_amount_of(words, i)) {
    return false;
  }
  return plain_noun_after(words, last);
}

bool strength_before_noun(const Words& words, std::size_t i, std::size_t count) {
  if (count == 0 || i + count >= words.size()) return false;
  std::string_view unit = count == 1 ? std::string_view(words[i].core).substr(text::number_prefix_length(words[i].core))
                                     : std::string_view(words[i + count - 1].core);
  return strength_unit(unit) && strength_sizes_noun(words, i, i + count - 1);
}

}  // namespace briefcast::rules
