// A figure times a power of ten ("3.1 × 10^5").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TimesSigns, ScientificNotationIsTimes) {
  EXPECT_EQ(normalize_text("The rate was 3.1 \u00d7 10^5 per year."),
            "The rate was three point one times ten to the fifth per year.");
  EXPECT_EQ(normalize_text("About 2 x 10^9 cells were counted."), "About two times ten to the ninth cells were counted.");
}

TEST(TimesSigns, AFigureTimesAWordIsTimes) {
  EXPECT_EQ(normalize_text("Centrifuge the lysate at 9,000 x g twice."),
            "Centrifuge the lysate at nine thousand times g twice.");
  EXPECT_EQ(normalize_text("Valves are tested to 1.25 x rated load."),
            "Valves are tested to one point two five times rated load.");
  EXPECT_EQ(normalize_text("The new chip is 3 x faster."), "The new chip is three times faster.");
}

TEST(TimesSigns, ACountBeforeAProductInCapitalsIsACount) {
  EXPECT_EQ(normalize_text("The mixer offers 8 x HDMI inputs."), "The mixer offers eight H.D.M.I inputs.");
  // A decimal before capitals is still a multiple.
  EXPECT_EQ(normalize_text("about 1.5 x RMS power"), "about one point five times R.M.S power");
}

TEST(TimesSigns, ArithmeticBesideAnEqualsSign) {
  EXPECT_EQ(normalize_text("Pupils learn that 6 \u00d7 8 = 48 by heart."), "Pupils learn that six times eight equals forty eight by heart.");
  EXPECT_EQ(normalize_text("The key is 35 = 5 x 7."), "The key is thirty five equals five times seven.");
  // Without an equals sign two bare figures stay a size.
  EXPECT_EQ(normalize_text("He cut a 2 x 6 for the frame.").find("times"), std::string::npos);
}

TEST(TimesSigns, CountOfASizedThing) {
  EXPECT_EQ(normalize_text("Each family got 1 \u00d7 10kg sack of rice."), "Each family got one ten-kilogram sack of rice.");
  EXPECT_EQ(normalize_text("Bring 1 x 2L bottle of water."), "Bring one two-liter bottle of water.");
  // A relay's legs keep their "by".
  EXPECT_NE(normalize_text("They won the 4 x 200m relay.").find("four-by"), std::string::npos);
}

TEST(TimesSigns, ALengthOrAnArticleKeepsTheDimension) {
  // A length is a second side, never the size of one thing counted.
  EXPECT_EQ(normalize_text("Fans hung a 1 x 2m flag from the stand."), "Fans hung a one-by-two-meter flag from the stand.");
  EXPECT_EQ(normalize_text("He bought 1 x 4m pole for the tent.").find("one four"), std::string::npos);
  // After an article the figures are the thing's dimensions, a volume too.
  EXPECT_EQ(normalize_text("The shed holds a 1 x 30L bin and a rake.").find("a one thirty"), std::string::npos);
}

}  // namespace briefcast
