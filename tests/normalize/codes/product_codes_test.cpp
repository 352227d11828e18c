// A product's code in hyphened groups after its register's letters or "part no.": group by group.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ProductCodes, GroupByGroup) {
  EXPECT_EQ(normalize_text("the pack (NDC 50742-118-30) was"), "the pack (N.D.C five zero seven four two, one one eight, three zero) was");
  EXPECT_EQ(normalize_text("replace part no. 5520-314-17 first"),
            "replace part number five five two zero, three one four, one seven first");
}

TEST(ProductCodes, NotAScoreAfterPart) {
  EXPECT_EQ(normalize_text("played its part in a 2-1 win"), "played its part in a two to one win");
}

}  // namespace briefcast
