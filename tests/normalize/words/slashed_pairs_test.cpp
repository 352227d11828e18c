// Single capitals listed with slashes after the noun naming them, and two names with a slash
// whose two values follow "of".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedPairs, LettersNamedByTheirNoun) {
  // A lone "A" is written as eSpeak NG says the letter's name.
  EXPECT_EQ(normalize_text("Seats in zones A/C/F are sold out."), "Seats in zones Eh, C and F are sold out.");
  EXPECT_EQ(normalize_text("Only Q/H/K class fares earn points."), "Only Q, H and K class fares earn points.");
  EXPECT_EQ(normalize_text("Buckets V/W/X open on Monday."), "Buckets V, W and X open on Monday.");
  // Alone they may be a path or placeholders.
  EXPECT_EQ(normalize_text("try P/Q/R now").find(" and "), std::string::npos);
}

TEST(SlashedPairs, NamesAndTheirValues) {
  EXPECT_EQ(normalize_text("It has a width/depth of 600/450 mm overall."),
            "It has a width and depth of six hundred and four hundred fifty millimeters overall.");
  EXPECT_EQ(normalize_text("Set inlet/outlet temperatures of 18/24 today."),
            "Set inlet and outlet temperatures of eighteen and twenty four today.");
  // A ratio of the books stays a ratio.
  EXPECT_EQ(normalize_text("a debt/equity of 40/60 overall").find("debt and"), std::string::npos);
  // A choice with no values stays a choice.
  EXPECT_EQ(normalize_text("the width/depth question").find(" and "), std::string::npos);
}

TEST(SlashedPairs, ListOfClassCodes) {
  EXPECT_NE(normalize_text("She swims in the S6/SB5 classes this year.").find("S six and S.B five classes"),
            std::string::npos);
  // With no noun of classes the codes are left to the other rules.
  EXPECT_EQ(normalize_text("Take the A1/M6 north.").find("A one and"), std::string::npos);
}

}  // namespace briefcast
