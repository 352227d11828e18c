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

}  // namespace briefcast
