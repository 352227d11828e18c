// An amount of an ingredient in a recipe or a food label, said as a cook says it: "225g
// self-raising flour" -> "two hundred twenty five grams of self-raising flour", "2 tsp baking
// powder" -> "two teaspoons of baking powder", "21 g fat" -> "twenty one grams of fat". Without
// the "of" the unit and the noun ran together ("grams flour"). Only a kitchen unit, only before a
// plain lower-case noun, and only among words of cooking or food, so "a 500 g jar" stays one
// adjective (a container) and "weighs 120 g while" an amount.
#include "normalize/function_words.h"
#include "normalize/measures/measures.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 12;

bool is_kitchen_symbol(std::string_view w) {
  return text::is_one_of(w, {"g", "kg", "ml", "mL", "l", "L", "oz", "lb", "lbs", "tsp", "tbsp", "tbs", "cup", "cups",
                             "teaspoon", "teaspoons", "tablespoon", "tablespoons", "grams", "gram", "kilos"});
}

bool is_cooking_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"flour", "sugar", "butter", "salt", "milk", "water", "cream", "egg", "eggs",
                                        "bake", "baking", "mix", "stir", "whisk", "oven", "recipe", "add", "dough",
                                        "yeast", "cook", "simmer", "boil", "oil", "fat", "fats", "protein", "fibre",
                                        "fiber", "carbohydrate", "carbohydrates", "sauce", "pan", "bowl", "knead",
                                        "ingredients", "chocolate", "vanilla", "cocoa", "honey", "rice", "pasta"});
}

// Words after an amount that are no ingredient: a portion, a comparison, an adverb, a verb form.
bool is_ingredient(const Word& w) {
  std::string_view noun = w.core;
  if (!w.prefix.empty() || noun.size() < 3 || !text::is_lower(noun[0])) return false;
  if (noun.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string_view::npos || noun.back() == '-') return false;
  if (text::is_function_word(noun) || is_not_noun(noun) || is_container(noun)) return false;
  if (text::ends_with(noun, "ly") || text::ends_with(noun, "ed")) return false;
  // A comparative says how much more ("120 g heavier"); "butter", "water", "caster" are ingredients.
  return !text::is_one_of(noun, {"serving", "servings", "portion", "portions", "slice", "slices", "each", "total",
                                 "per", "daily", "weekly", "increments", "batches", "batch", "steps", "lots",
                                 "heavier", "lighter", "larger", "smaller", "bigger", "higher", "lower", "greater",
                                 "fewer", "later", "earlier", "faster", "slower", "longer", "shorter"});
}

}  // namespace

std::optional<Match> match_ingredient_amount(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || !text::is_digit(core[0]) || !words[i].suffix.empty()) return std::nullopt;
  std::size_t figure = text::number_prefix_length(core);
  if (figure == 0) return std::nullopt;
  bool glued = figure < core.size();
  std::size_t count = glued ? 1 : 2;
  if (!glued && (i + 1 >= words.size() || !words[i + 1].prefix.empty() || !words[i + 1].suffix.empty())) return std::nullopt;
  std::string_view unit = glued ? core.substr(figure) : words[i + 1].core;
  std::size_t n = i + count;
  if (!is_kitchen_symbol(unit) || n >= words.size() || !is_ingredient(words[n])) return std::nullopt;
  if (!text::any_word_near(words, i, kSpan, is_cooking_word)) return std::nullopt;
  // The measure as the measure rules say it; an adjective ("a 500 g jar") is left to them.
  std::optional<std::string> said;
  if (glued) {
    said = speak_measure(core);
  } else if (auto m = match_measure(words, i); m && m->count == count && !m->eat_period) {
    said = m->spoken;
  }
  if (!said || said->find('-') != std::string::npos) return std::nullopt;
  return Match{count, *said + " of", false};
}

}  // namespace briefcast::rules
