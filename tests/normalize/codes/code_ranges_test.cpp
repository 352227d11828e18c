// Ranges of codes of letters and figures: "to" between the ends.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CodeRanges, LotsAndSerialsAreARange) {
  EXPECT_EQ(normalize_text("Batches 25C210\u201325C214 were withdrawn."),
            "Batches twenty five C two ten to twenty five C two fourteen were withdrawn.");
  EXPECT_NE(normalize_text("Units KX2201A-KX2209A need a patch.").find(" to "), std::string::npos);
}

TEST(CodeRanges, NamesPairingsAndMeasuresStay) {
  // Ends that differ in their opening run, or in two runs, are no range.
  EXPECT_EQ(normalize_text("R2-D2 waved.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("The H1N1-H3N2 mix spread.").find(" to "), std::string::npos);
  // A high end first is no range.
  EXPECT_EQ(normalize_text("Lots 25C214-25C210 were kept.").find(" to "), std::string::npos);
}

}  // namespace briefcast
