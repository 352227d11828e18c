// Scales, falls and mixtures written with a colon.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ColonRatios, InventedSentences) {
  EXPECT_EQ(normalize_text("A 1:12 scale dolls' house sold for a record sum."),
            "A one to twelve scale dolls' house sold for a record sum.");
  EXPECT_EQ(normalize_text("Drains should be laid at 1:60 to carry waste away, the inspector said."),
            "Drains should be laid at one in sixty to carry waste away, the inspector said.");
  EXPECT_EQ(normalize_text("Dilute the concentrate 1:10 with cold water before spraying."),
            "Dilute the concentrate one to ten with cold water before spraying.");
}

}  // namespace briefcast
