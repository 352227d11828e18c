// Carats of gold and of stones.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CaratMarks, InventedSentences) {
  EXPECT_EQ(normalize_text("She wore a 22k gold chain and a 0.75ct emerald ring."),
            "She wore a twenty-two-carat gold chain and a zero-point-seven-five-carat emerald ring.");
}

}  // namespace briefcast

namespace briefcast {

TEST(CaratMarks, FinenessInThousandthsBracketedBeforeTheMetal) {
  EXPECT_EQ(normalize_text("The ring is 18ct (750) gold.").find("eighteen-carat"), 12u);
  // A bracketed figure before no metal leaves the letters to the other rules.
  EXPECT_EQ(normalize_text("He sold 18ct (750) chairs.").find("carat"), std::string::npos);
}

}  // namespace briefcast
