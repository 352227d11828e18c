// A nutrition facts table run into one line: "Calories 2150 Calories from Fat 1340 Total Fat 149g
// Sodium 1880mg". Each figure after a nutrient's label is an amount of it, so four figures there
// are a count ("one thousand three hundred forty"), never a year ("thirteen forty") as they are
// after a capitalised name ("Office 2007"). The label alone does not say so ("Fat 1782" may name a
// year in a title), so the line must read as such a table: two labels of nutrients or more; a
// label of food energy ("Calories") says so alone.
#include "normalize/match.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_nutrient_label(std::string_view core) {
  return text::is_one_of(core, {"Calories", "Calorie", "Kcal", "Kilojoules", "Fat", "Protein", "Carbohydrate",
                                "Carbohydrates", "Carbs", "Sodium", "Cholesterol", "Fiber", "Fibre", "Sugar", "Sugars",
                                "Salt", "Potassium", "Calcium", "Iron", "Energy"});
}

// Two labels of nutrients or more on the line ("Calories ... Fat"), read once per line.
bool is_nutrition_table(const Words& words) {
  std::size_t labels = 0;
  std::string_view first;
  for (const Word& w : words) {
    if (!is_nutrient_label(w.core)) continue;
    if (labels == 0 || w.core != first) ++labels;
    if (labels == 1) first = w.core;
    if (labels >= 2) return true;
  }
  return false;
}

// "Calories 1782" on a line of its own, a table's row: a label of food energy names a unit of its
// own, and no year or edition is numbered after it, so its figure is an amount on any line.
bool is_energy_label(std::string_view core) {
  return text::is_one_of(core, {"Calories", "Calorie", "Kcal", "Kilojoules"});
}

}  // namespace

bool counts_after_nutrient_label(const Words& words, std::size_t label) {
  if (is_energy_label(words[label].core)) return true;
  return is_nutrient_label(words[label].core) && text::line_fact(words, is_nutrition_table);
}

}  // namespace briefcast::rules
