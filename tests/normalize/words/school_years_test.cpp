// The stages and years of English schooling: "KS3", "Y9".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SchoolYears, StagesAndYearsBesideSchoolWords) {
  EXPECT_EQ(normalize_text("Maths scores for KS3 pupils improved"), "Maths scores for Key Stage three pupils improved");
  EXPECT_EQ(normalize_text("pupils in Y9 choose their exam options"), "pupils in Year nine choose their exam options");
}

TEST(SchoolYears, CodesElsewhereStay) {
  EXPECT_EQ(normalize_text("the Y9 smartphone went on sale"), "the Y nine smartphone went on sale");
}

}  // namespace briefcast
