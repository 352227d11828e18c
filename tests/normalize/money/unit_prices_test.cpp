// A price per pair, pack or item.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(UnitPrices, InventedSentences) {
  EXPECT_EQ(normalize_text("Trainers at $89/pr and socks at £6/pk sold out; cards cost 50p/ea."),
            "Trainers at eighty nine dollars a pair and socks at six pounds a pack sold out; cards cost fifty pence each.");
}

}  // namespace briefcast
