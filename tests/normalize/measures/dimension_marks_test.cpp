// Fractions with an inch mark and pairs of marked sizes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DimensionMarks, InventedSentences) {
  EXPECT_EQ(normalize_text("Measure the gap with a 5/8\" spacer, then fit the 1-3/4\" hinge."),
            "Measure the gap with a five-eighths-inch spacer, then fit the one-and-three-quarter-inch hinge.");
  EXPECT_EQ(normalize_text("The studio is 12' x 20' and the desk is 30\" x 60\"."),
            "The studio is twelve feet by twenty feet and the desk is thirty inches by sixty inches.");
}

}  // namespace briefcast
