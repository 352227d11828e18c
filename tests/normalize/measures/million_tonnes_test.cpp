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

TEST(MillionTonnes, MetricTonsStay) {
  // A grouped figure, or one after "million", counts metric tons.
  EXPECT_EQ(normalize_text("exports of 1.3 million mt"), "exports of one point three million metric tons");
}

}  // namespace briefcast
