// The words of a recipe amount, shared by every rule that says one ("225g flour", "¾ cup
// sugar"): which units a cook measures in, and which word after such a unit names the
// ingredient, which English joins with "of" ("three quarters of a cup of sugar").
#include "normalize/function_words.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

// A plain lowercase word of letters and inner hyphens ("self-raising"), no part of a code.
bool is_plain_lower_word(const Word& w) {
  std::string_view core = w.core;
  if (!w.prefix.empty() || core.size() < 3 || !text::is_lower(core[0]) || core.back() == '-') return false;
  return core.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos;
}

// Words after an amount that name no ingredient: a portion, a total, a rate, a comparison.
bool names_no_ingredient(std::string_view w) {
  return text::is_one_of(w, {"serving", "servings", "portion", "portions", "slice", "slices", "each", "total",
                             "per", "daily", "weekly", "increments", "batches", "batch", "steps", "lots",
                             "heavier", "lighter", "larger", "smaller", "bigger", "higher", "lower", "greater",
                             "fewer", "later", "earlier", "faster", "slower", "longer", "shorter"});
}

}  // namespace

bool is_kitchen_unit(std::string_view w) {
  return text::is_one_of(w, {"g", "kg", "ml", "mL", "l", "L", "oz", "lb", "lbs", "tsp", "tbsp", "tbs", "cup", "cups",
                             "teaspoon", "teaspoons", "tablespoon", "tablespoons", "gram", "grams", "kilos", "kilogram",
                             "kilograms", "ounce", "ounces", "pound", "pounds", "pint", "pints", "litre", "liter",
                             "millilitre", "milliliter"});
}

bool is_ingredient_at(const Words& words, std::size_t n) {
  if (n >= words.size() || !is_plain_lower_word(words[n])) return false;
  std::string_view noun = words[n].core;
  if (text::is_function_word(noun) || is_not_noun(noun) || is_container(noun) || names_no_ingredient(noun)) return false;
  if (text::ends_with(noun, "ly")) return false;
  // A participle is the ingredient's adjective when the ingredient follows it ("sifted flour");
  // on its own it is a verb ("200 g reserved").
  if (text::ends_with(noun, "ed")) {
    return words[n].suffix.empty() && n + 1 < words.size() && is_plain_lower_word(words[n + 1]) &&
           !text::ends_with(words[n + 1].core, "ed") && is_ingredient_at(words, n + 1);
  }
  return true;
}

}  // namespace briefcast::rules
