// Imaging names said partly as a word.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ImagingTerms, ReportingScales) {
  EXPECT_EQ(normalize_text("The lesion was graded PI-RADS 4."), "The lesion was graded Pie-rads four.");
  EXPECT_EQ(normalize_text("a BI-RADS category"), "a Bye-rads category");
}

TEST(ImagingTerms, HybridScans) {
  EXPECT_EQ(normalize_text("She had a PET/CT in May."), "She had a pet C.T in May.");
  EXPECT_EQ(normalize_text("a PET-MRI unit"), "a pet M.R.I unit");
  // Other hyphenated capitals are not scans.
  EXPECT_NE(normalize_text("the PET-XL plastic"), "the pet X.L plastic");
}

}  // namespace briefcast
