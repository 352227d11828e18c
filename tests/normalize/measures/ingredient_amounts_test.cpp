// An amount of an ingredient takes "of" before it, as a cook says it; containers and other words keep their readings.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(IngredientAmounts, AKitchenUnitBeforeAnIngredientTakesOf) {
  EXPECT_EQ(normalize_text("Melt 50 g butter with 20 ml water."), "Melt fifty grams of butter with twenty milliliters of water.");
  EXPECT_EQ(normalize_text("Rub in 120g cold butter, then add the flour."),
            "Rub in one hundred twenty grams of cold butter, then add the flour.");
  EXPECT_EQ(normalize_text("Stir in 3 tbsp maple syrup and bake."),
            "Stir in three tablespoons of maple syrup and bake.");
  EXPECT_EQ(normalize_text("Each bar has 9 g protein and 4 g fibre."),
            "Each bar has nine grams of protein and four grams of fibre.");
}

TEST(IngredientAmounts, NotBeforeAContainerAPortionOrAFunctionWord) {
  EXPECT_EQ(normalize_text("Add the sugar from a 500 g bag of flour."), "Add the sugar from a five-hundred-gram bag of flour.");
  EXPECT_EQ(normalize_text("This loaf is 80 g lighter than the last batch of dough."),
            "This loaf is eighty grams lighter than the last batch of dough.");
  EXPECT_EQ(normalize_text("The dough weighs 900 g when you add the salt."),
            "The dough weighs nine hundred grams when you add the salt.");
  // No word of cooking near: the amount is left as the measure rules say it.
  EXPECT_EQ(normalize_text("The probe carried 40 kg instruments aloft."), "The probe carried forty kilograms instruments aloft.");
}

}  // namespace briefcast
