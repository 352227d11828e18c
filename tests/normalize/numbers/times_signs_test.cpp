// A figure times a power of ten ("3.1 × 10^5").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TimesSigns, ScientificNotationIsTimes) {
  EXPECT_EQ(normalize_text("The rate was 3.1 \u00d7 10^5 per year."),
            "The rate was three point one times ten to the power of five per year.");
  EXPECT_EQ(normalize_text("About 2 x 10^9 cells were counted."), "About two times ten to the power of nine cells were counted.");
}

}  // namespace briefcast
