// Variants of genes in their standard notation, and the same letters elsewhere.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GeneVariants, DnaAndProteinChanges) {
  EXPECT_EQ(normalize_text("Her c.845C>T variant was new."), "Her c dot eight hundred forty five C to T variant was new.");
  EXPECT_EQ(normalize_text("It encodes p.Gly12Asp in the protein."),
            "It encodes p dot glycine twelve aspartate in the protein.");
}

TEST(GeneVariants, OtherDottedWordsStay) {
  EXPECT_EQ(normalize_text("See p.12 for details."), normalize_text("See p.12 for details."));
  EXPECT_NE(normalize_text("See p.12 for details."), "See p dot twelve for details.");
  EXPECT_NE(normalize_text("The house was built c.1900 by hand."), "The house was built c dot one thousand nine hundred by hand.");
}

}  // namespace briefcast
