// Carats of gold and of stones.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CaratMarks, InventedSentences) {
  EXPECT_EQ(normalize_text("She wore a 22k gold chain and a 0.75ct emerald ring."),
            "She wore a twenty-two-carat gold chain and a zero-point-seven-five-carat emerald ring.");
}

}  // namespace briefcast
