// A slash between a measure and what it is counted per is "per", whatever the trade.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedBases, UnitOverAFigureAndAUnit) {
  EXPECT_EQ(normalize_text("The bar holds 210 mg/100 g of calcium."),
            "The bar holds two hundred ten milligrams per one hundred grams of calcium.");
  EXPECT_EQ(normalize_text("Swabs showed 4 CFU/10 g on the belt."),
            "Swabs showed four C.F.U per ten grams on the belt.");
}

TEST(SlashedBases, UnitOverACountedNoun) {
  EXPECT_EQ(normalize_text("The hoist is rated 900 kg/12 persons."),
            "The hoist is rated nine hundred kilograms per twelve persons.");
}

TEST(SlashedBases, UnitsWithNoFigureBefore) {
  EXPECT_EQ(normalize_text("Sugar is listed in mg/100 g on the label."),
            "Sugar is listed in milligrams per one hundred grams on the label.");
}

TEST(SlashedBases, QualifierInCapitalsBeforeTheSlash) {
  EXPECT_EQ(normalize_text("The ration gives 2,900 kcal DE/kg to each sow."),
            "The ration gives twenty nine hundred kilocalories D.E per kilogram to each sow.");
}

TEST(SlashedBases, ShortenedCountOverAnHour) {
  EXPECT_EQ(normalize_text("The new line moves 30,000 pax/h at peak."),
            "The new line moves thirty thousand passengers per hour at peak.");
}

TEST(SlashedBases, OneAmountInTwoUnitsStaysAChoice) {
  // A conversion changes units; only a share of one unit over a round base is a content.
  EXPECT_EQ(normalize_text("Stir in 225 g/8 oz of sugar."), "Stir in two hundred twenty five grams or eight ounces of sugar.");
  EXPECT_EQ(normalize_text("The snack has 12 g/100 g of fat."),
            "The snack has twelve grams per one hundred grams of fat.");
}

}  // namespace briefcast
