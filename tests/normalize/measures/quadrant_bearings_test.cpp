// A surveyor's quadrant bearing.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(QuadrantBearings, InventedSentences) {
  EXPECT_EQ(normalize_text("From the oak, the fence runs S 72°10' W for 88.5 ft to a stake."),
            "From the oak, the fence runs south seventy two degrees ten minutes west for eighty eight point five feet to a stake.");
  EXPECT_EQ(normalize_text("The old chart gives the line as N12°E from the mill."),
            "The old chart gives the line as north twelve degrees east from the mill.");
}

}  // namespace briefcast
