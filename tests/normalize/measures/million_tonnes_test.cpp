// "mt" after a figure below a thousand beside words of a volume: million tonnes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MillionTonnes, VolumeOfANationOrAMine) {
  EXPECT_EQ(normalize_text("Australia's coal exports fell to 27.5mt last quarter"),
            "Australia's coal exports fell to twenty seven point five million tonnes last quarter");
  EXPECT_EQ(normalize_text("the mine has a capacity of 4 mt a year"),
            "the mine has a capacity of four million tonnes a year");
}

TEST(MillionTonnes, DecimalFigureFarFromTheVolumeWord) {
  // The volume word opens the line; a figure given to a point near its end keeps the reading.
  EXPECT_EQ(normalize_text("Sugar production is seen at 31.2 mt this season, against a forecast last month of 29.85 mt."),
            "Sugar production is seen at thirty one point two million tonnes this season, against a forecast last month of "
            "twenty nine point eight five million tonnes.");
  EXPECT_EQ(normalize_text("Pulses reached 27.4 million tonnes, with chickpeas alone accounting for a share of 12.6 mt."),
            "Pulses reached twenty seven point four million tonnes, with chickpeas alone accounting for a share of twelve "
            "point six million tonnes.");
}

TEST(MillionTonnes, MetricTonsStay) {
  // A decimal figure in a line of no volume or scale is a cargo's weight.
  EXPECT_EQ(normalize_text("The barge carried 3.5 mt of sand."), "The barge carried three point five metric tons of sand.");
  EXPECT_EQ(normalize_text("Premiums rose to $85/mt in the week."), "Premiums rose to eighty five dollars per metric ton in the week.");
  // A grouped figure, or one after "million", counts metric tons.
  EXPECT_EQ(normalize_text("exports of 1.3 million mt"), "exports of one point three million metric tons");
}

}  // namespace briefcast
