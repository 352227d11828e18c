// A figure after a nutrient's label in a nutrition facts table is an amount, not a year.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NutritionLabels, FiguresInATableAreAmounts) {
  EXPECT_EQ(normalize_text("Calories 1950 Calories from Fat 1210 Protein 88g"),
            "Calories one thousand nine hundred fifty Calories from Fat one thousand two hundred ten Protein eighty eight "
            "grams");
  EXPECT_EQ(normalize_text("Energy 1450 Sodium 1990"), "Energy one thousand four hundred fifty Sodium one thousand nine "
                                                      "hundred ninety");
}

// A label of food energy needs no other label: nothing is dated after it.
TEST(NutritionLabels, AFigureAfterAnEnergyLabelAloneIsAnAmount) {
  EXPECT_EQ(normalize_text("Calories 1864"), "Calories one thousand eight hundred sixty four");
  EXPECT_EQ(normalize_text("Kcal 1590 per serving"), "Kcal one thousand five hundred ninety per serving");
}

TEST(NutritionLabels, ALabelAloneMayStillNameAYear) {
  EXPECT_EQ(normalize_text("the Energy 2030 plan"), "the Energy twenty thirty plan");
  EXPECT_EQ(normalize_text("a film called Fat 1999"), "a film called Fat nineteen ninety nine");
}

}  // namespace briefcast
