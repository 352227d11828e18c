#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Normalizer, LeavesPlainWordsAlone) {
  EXPECT_EQ(normalize_text("The cat sat."), "The cat sat.");
}

}  // namespace briefcast
