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

TEST(MillionTonnes, AScaleSpeltElsewhereLeavesACargoInMetricTons) {
  // "million tonnes" spelt out in another clause says nothing of a ship's load.
  EXPECT_EQ(normalize_text("Exports rose to 4.1 million tonnes in May across the region's northern ports and rail hubs, "
                           "while one small ship loaded 0.08 mt of premium tea.")
                .find("zero point o eight million tonnes"),
            std::string::npos);
}

TEST(MillionTonnes, MetricTonsStay) {
  // A decimal figure in a line of no volume or scale is a cargo's weight.
  EXPECT_EQ(normalize_text("The barge carried 3.5 mt of sand."), "The barge carried three point five metric tons of sand.");
  EXPECT_EQ(normalize_text("Premiums rose to $85/mt in the week."), "Premiums rose to eighty five dollars per metric ton in the week.");
  // A grouped figure, or one after "million", counts metric tons.
  EXPECT_EQ(normalize_text("exports of 1.3 million mt"), "exports of one point three million metric tons");
}

}  // namespace briefcast
