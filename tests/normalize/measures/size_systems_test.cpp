// Sizes: a pair of whole sizes slashed before the parts they size.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SizePairs, ConsecutiveSizesBeforeTheirPartsAreAPair) {
  EXPECT_EQ(normalize_text("Shirts with 32/33 sleeves sold first."), "Shirts with thirty two, thirty three sleeves sold first.");
  EXPECT_EQ(normalize_text("in 15/16 collars"), "in fifteen, sixteen collars");
}

TEST(SizePairs, OtherSlashedFiguresAreLeft) {
  // Not consecutive, one figure, or no noun of a sized part.
  EXPECT_EQ(normalize_text("with 32/36 sleeves").find("thirty two, thirty six"), std::string::npos);
  EXPECT_EQ(normalize_text("cut 1/2 sleeves").find("one, two"), std::string::npos);
  EXPECT_EQ(normalize_text("about 32/33 people").find("thirty two, thirty three"), std::string::npos);
}

}  // namespace briefcast
