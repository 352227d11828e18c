// A unit's symbol alone after "a" or "an" is one of that unit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ArticleUnits, SymbolAfterAnArticleIsOneUnit) {
  EXPECT_EQ(normalize_text("Whisk in the butter a tbsp at a time."), "Whisk in the butter a tablespoon at a time.");
  EXPECT_EQ(normalize_text("Pour the syrup in a tsp at a time."), "Pour the syrup in a teaspoon at a time.");
  EXPECT_EQ(normalize_text("The path climbs for a km or so."), "The path climbs for a kilometer or so.");
}

TEST(ArticleUnits, LettersAndWordsStay) {
  EXPECT_EQ(normalize_text("He got a B in maths."), "He got a B in maths.");
  EXPECT_EQ(normalize_text("She drew a g on the board."), "She drew a g on the board.");
}

// After the other words that count one of a thing, a bare symbol is the unit's name.
TEST(ArticleUnits, AfterWordsThatCountOne) {
  EXPECT_EQ(normalize_text("Couriers add 40 cents for each extra kg carried."),
            "Couriers add forty cents for each extra kilogram carried.");
  EXPECT_EQ(normalize_text("The toll is 9 cents per km and rises for every additional km."),
            "The toll is nine cents per kilometer and rises for every additional kilometer.");
  EXPECT_EQ(normalize_text("Each further kWh costs more."), "Each further kilowatt hour costs more.");
}

}  // namespace briefcast
