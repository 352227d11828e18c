// A grade in one system and its match in another, a spaced slash between them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GradePairs, SlashOffersTheOtherSystemsGrade) {
  // A newsreader offers the second name: "or".
  EXPECT_NE(normalize_text("The game is rated USK 16 / PEGI 16 in Europe.").find("sixteen or "), std::string::npos);
  EXPECT_NE(normalize_text("Spindles use ABEC 9 / P2 parts.").find("nine or P two"), std::string::npos);
}

TEST(GradePairs, BarePairsStay) {
  // No system's capitals before the first figure: a span, a score or two roads.
  EXPECT_EQ(normalize_text("open 24 / 7 all year").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("Take the A1 / M1 north.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("The GDP 2 / 3 split held.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("Columns GS KFT / FTO SM follow.").find(" or "), std::string::npos);
}

}  // namespace briefcast
