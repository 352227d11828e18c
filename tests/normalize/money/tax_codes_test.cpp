// A UK tax code after the word "code".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TaxCodes, InventedSentences) {
  EXPECT_EQ(normalize_text("Her new tax code is 1185L, up from BR."),
            "Her new tax code is eleven eighty five L, up from B.R.");
}

}  // namespace briefcast
