// A measure and its conversion in brackets before the noun they describe.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ConvertedMeasures, AMeasureAndItsConversionBeforeTheNoun) {
  EXPECT_EQ(normalize_text("Visitors face a 54\" (137 cm) height rule."),
            "Visitors face a fifty-four-inch (one-hundred-thirty-seven-centimeter) height rule.");
  EXPECT_EQ(normalize_text("She bought a 10 ft (3 m) ladder."), "She bought a ten-foot (three-meter) ladder.");
  EXPECT_EQ(normalize_text("The 1,200 sq ft (111 m\u00b2) loft sold."),
            "The twelve-hundred-square-foot (one-hundred-eleven-square-meter) loft sold.");
  EXPECT_EQ(normalize_text("It needs a 6mm (0.25in) drill bit."), "It needs a six-millimeter (zero-point-two-five-inch) drill bit.");
}

TEST(ConvertedMeasures, WithNoNounAfterItIsAnAmount) {
  EXPECT_EQ(normalize_text("Rain totalled 40 mm (4 cm) overnight."), "Rain totalled forty millimeters (four centimeters) overnight.");
  EXPECT_EQ(normalize_text("The wall is 2 m (6.5 ft) high."), "The wall is two meters (six point five feet) high.");
  EXPECT_EQ(normalize_text("They cleared the 3 m (10 ft) of snow."), "They cleared the three meters (ten feet) of snow.");
}

TEST(ConvertedMeasures, WithNoArticleBeforeANounItSizes) {
  EXPECT_EQ(normalize_text("Seedlings go into 9 cm (3.5\") pots in March."),
            "Seedlings go into nine-centimeter (three-point-five-inch) pots in March.");
  EXPECT_EQ(normalize_text("Cuttings sit in 7 cm (3 in) cells."),
            "Cuttings sit in seven-centimeter (three-inch) cells.");
  // With no noun after the bracket they stay amounts.
  EXPECT_EQ(normalize_text("The river rose 40 cm (16\") overnight."),
            "The river rose forty centimeters (sixteen inches) overnight.");
  EXPECT_EQ(normalize_text("Snow fell 10 cm (4 in) by noon."), "Snow fell ten centimeters (four inches) by noon.");
}

TEST(ConvertedMeasures, HowARatingIsMadeUpIsAnAside) {
  EXPECT_EQ(normalize_text("The 48 V (4 \u00d7 12 V) battery bank powers the boat."),
            "The forty-eight-volt (four-by-twelve-volt) battery bank powers the boat.");
  // With no noun after the bracket the rating is an amount.
  EXPECT_EQ(normalize_text("The pack gives 36 V (2 \u00d7 18 V) in total."),
            "The pack gives thirty six volts (two by eighteen volts) in total.");
}

}  // namespace briefcast
