// One notion of a kitchen unit and of the ingredient after it, for whole amounts and parts of one.
#include <gtest/gtest.h>

#include "normalize/measures/measures.h"
#include "normalize/normalizer.h"
#include "normalize/text_util.h"

namespace briefcast {

TEST(KitchenWords, AParticipleBeforeTheIngredientKeepsTheOf) {
  EXPECT_EQ(normalize_text("Fold in 150 g toasted almonds and bake for an hour."),
            "Fold in one hundred fifty grams of toasted almonds and bake for an hour.");
  EXPECT_EQ(normalize_text("Whisk ¾ cup melted butter into the batter."),
            "Whisk three quarters of a cup of melted butter into the batter.");
}

TEST(KitchenWords, AParticipleOnItsOwnIsAVerb) {
  EXPECT_EQ(normalize_text("Stir the sauce; 100 ml reserved for the glaze."),
            "Stir the sauce; one hundred milliliters reserved for the glaze.");
}

TEST(KitchenWords, PartsOfOneUnitAndWholeAmountsAgree) {
  // The same word after the unit is an ingredient both ways, or neither.
  EXPECT_EQ(normalize_text("Add ½ cup each of the oats."), "Add half a cup each of the oats.");
  EXPECT_EQ(normalize_text("Add 2 cups each of the oats and stir."), "Add two cups each of the oats and stir.");
  EXPECT_EQ(normalize_text("Pour in ½ tsp sifted cocoa."), "Pour in half a teaspoon of sifted cocoa.");
}

TEST(KitchenWords, TheListAndTheCheck) {
  EXPECT_TRUE(rules::is_kitchen_unit("tbsp"));
  EXPECT_TRUE(rules::is_kitchen_unit("pint"));
  EXPECT_FALSE(rules::is_kitchen_unit("km"));
  auto words = text::split_words("flour jar heavier sifted rye quickly");
  EXPECT_TRUE(rules::is_ingredient_at(words, 0));
  EXPECT_FALSE(rules::is_ingredient_at(words, 1));
  EXPECT_FALSE(rules::is_ingredient_at(words, 2));
  EXPECT_TRUE(rules::is_ingredient_at(words, 3));  // "sifted" before "rye"
  EXPECT_TRUE(rules::is_ingredient_at(words, 4));
  EXPECT_FALSE(rules::is_ingredient_at(words, 5));
  EXPECT_FALSE(rules::is_ingredient_at(words, words.size()));
}

}  // namespace briefcast
