// A size before a plural noun, or a rating before a singular one, with no article ("makes 5nm
// wafers", "with 2ms input lag"), qualifies the noun too.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

// A size before a plural noun, with no article, sizes each of them; a weight is an amount.
TEST(MeasureSizedPlurals, ASizeBeforeAPluralIsOneAdjective) {
  EXPECT_EQ(normalize_text("The fab will make 5nm wafers."), "The fab will make five-nanometer wafers.");
  EXPECT_EQ(normalize_text("stacks of 40ft crates"), "stacks of forty-foot crates");
  EXPECT_EQ(normalize_text("it sells 256GB handsets"), "it sells two-hundred-fifty-six-gigabyte handsets");
  EXPECT_EQ(normalize_text("add 300g carrots"), "add three hundred grams of carrots");
  EXPECT_EQ(normalize_text("The 5W model costs less than 8W costs elsewhere.").find("eight-watt"), std::string::npos);
}

// A rating before a singular noun, with no article, qualifies it too; an amount stays plural.
TEST(MeasureSizedPlurals, ARatingBeforeASingularNounIsOneAdjective) {
  EXPECT_EQ(normalize_text("The monitor has 2ms input lag."), "The monitor has two-millisecond input lag.");
  EXPECT_EQ(normalize_text("a tablet with 90Hz display and 45W charging"),
            "a tablet with ninety-hertz display and forty-five-watt charging");
  EXPECT_EQ(normalize_text("ships with 12V adapter"), "ships with twelve-volt adapter");
  // How much, not of what: a quantity word, a comparative or a mass noun after the rating.
  EXPECT_EQ(normalize_text("the lamp draws 9W maximum"), "the lamp draws nine watts maximum");
  EXPECT_EQ(normalize_text("the reply came 3ms sooner"), "the reply came three milliseconds sooner");
  EXPECT_EQ(normalize_text("it collected 40mm rain"), "it collected forty millimeters rain");
}

TEST(MeasureSizedPlurals, AWeightBeforePortionsSizesEachOne) {
  EXPECT_EQ(normalize_text("Patients took 25mg capsules daily."), "Patients took twenty-five-milligram capsules daily.");
  EXPECT_EQ(normalize_text("They handed out 2-5kg sacks."), "They handed out two-to-five-kilogram sacks.");
  EXPECT_EQ(normalize_text("Use 250g mushrooms."), "Use two hundred fifty grams mushrooms.");
}

TEST(SizedPlurals, WeightBeforeWoundPutUps) {
  EXPECT_EQ(normalize_text("Buy 100g balls of cotton."), "Buy one-hundred-gram balls of cotton.");
  EXPECT_EQ(normalize_text("Knit on 4mm DPNs."), "Knit on four-millimeter D.P.N.'s.");
}

TEST(SizedPlurals, MemoryDensityBeforeItsTypeAndParts) {
  EXPECT_EQ(normalize_text("Prices for 8Gb LPDDR4 chips rose."), "Prices for eight-gigabit L.P.D.D.R four chips rose.");
  EXPECT_EQ(normalize_text("The firm makes 1Tb NAND dies."), "The firm makes one-terabit NAND dies.");
}

TEST(SizedPlurals, ARangeOfWeightsGradesAnimals) {
  EXPECT_EQ(normalize_text("Buyers want 5–6 kg salmon this week."), "Buyers want five-to-six-kilogram salmon this week.");
  EXPECT_EQ(normalize_text("The boat landed 2-3 lb lobsters."), "The boat landed two-to-three-pound lobsters.");
  // One weight alone is the amount landed.
  EXPECT_EQ(normalize_text("They shipped 500 kg fish to Lagos."), "They shipped five hundred kilograms fish to Lagos.");
}

}  // namespace briefcast
