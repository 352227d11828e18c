// A compass letter as a side or a region after "the".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CompassSides, InventedSentences) {
  EXPECT_EQ(normalize_text("Parking is on the W. side of the hall, next to the S wall."),
            "Parking is on the west side of the hall, next to the south wall.");
  EXPECT_EQ(normalize_text("Snow is likely in the NW, with showers in the SE later."),
            "Snow is likely in the northwest, with showers in the southeast later.");
  EXPECT_EQ(normalize_text("The E. coli case and the N Line were unaffected."),
            "The E. coli case and the N Line were unaffected.");
}

TEST(CompassSides, LettersBeforeSideNounAfterAnyWord) {
  EXPECT_EQ(normalize_text("Lava crept down the volcano's SW slope overnight."),
            "Lava crept down the volcano's southwest slope overnight.");
  EXPECT_EQ(normalize_text("Expect fresh NNW winds by noon."), "Expect fresh north-northwest winds by noon.");
  // After a comma the capitals are a state.
  EXPECT_EQ(normalize_text("She moved to Omaha, NE last year."), "She moved to Omaha, Nebraska last year.");
}

}  // namespace briefcast
