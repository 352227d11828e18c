// Steel grades before their metal, and the "by" between two named sizes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MaterialGrades, SteelGradeBesideItsMetal) {
  EXPECT_EQ(normalize_text("The sink is 304L stainless."), "The sink is three oh four L stainless.");
  EXPECT_EQ(normalize_text("Bolts of grade 316L resist salt."), "Bolts of grade three sixteen L resist salt.");
  // A volume stays a volume.
  EXPECT_NE(normalize_text("The tank holds 200L of water.").find("liters"), std::string::npos);
}

TEST(MaterialGrades, ByBetweenTwoNamedSizes) {
  EXPECT_EQ(normalize_text("The swatch was 20 sts x 28 rows."), "The swatch was twenty stitches by twenty eight rows.");
  EXPECT_EQ(normalize_text("We cut it 2 ft x 3 ft today."), "We cut it two feet by three feet today.");
  // Not between sizes: a letter.
  EXPECT_EQ(normalize_text("Vote for x or y."), "Vote for x or y.");
}

}  // namespace briefcast
