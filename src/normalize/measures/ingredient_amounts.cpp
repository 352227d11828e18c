// An amount of an ingredient in a recipe or a food label, said as a cook says it: "225g
// self-raising flour" -> "two hundred twenty five grams of self-raising flour", "2 tsp baking
// powder" -> "two teaspoons of baking powder", "21 g fat" -> "twenty one grams of fat". Without
// the "of" the unit and the noun ran together ("grams flour"). Only a kitchen unit, only before a
// plain lower-case noun, and only among words of cooking or food, so "a 500 g jar" stays one
// adjective (a container) and "weighs 120 g while" an amount.
#include "normalize/match.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 12;

bool is_cooking_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"flour", "sugar", "butter", "salt", "milk", "water", "cream", "egg", "eggs",
                                        "bake", "baking", "mix", "stir", "whisk", "oven", "recipe", "add", "dough",
                                        "yeast", "cook", "simmer", "boil", "oil", "fat", "fats", "protein", "fibre",
                                        "fiber", "carbohydrate", "carbohydrates", "sauce", "pan", "bowl", "knead",
                                        "ingredients", "chocolate", "vanilla", "cocoa", "honey", "rice", "pasta"});
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
  if (!is_kitchen_unit(unit) || !is_ingredient_at(words, n)) return std::nullopt;
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
