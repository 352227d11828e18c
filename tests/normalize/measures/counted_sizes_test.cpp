// A count of things of one size ("3 x 500ml bottles").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CountedSizes, InventedSentences) {
  EXPECT_EQ(normalize_text("The hamper has 4 x 250g jars of jam."),
            "The hamper has four two-hundred-fifty-gram jars of jam.");
  // Before no plural noun it stays a dimension or a relay.
  EXPECT_EQ(normalize_text("She anchored the 4 x 400m relay."), "She anchored the four-by-four-hundred-meter relay.");
}

TEST(CountedSizes, UnitApartFromItsFigure) {
  EXPECT_EQ(normalize_text("The squad ran 8 x 200 m reps on Tuesday."),
            "The squad ran eight two-hundred-meter reps on Tuesday.");
  EXPECT_EQ(normalize_text("The title fight is 10 x 2 min rounds."), "The title fight is ten two-minute rounds.");
}

}  // namespace briefcast
