// A running back's or a receiver's three-part line: attempts, yards, touchdowns.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RushingLines, ThreeHyphenedCountsAfterAVerbOfCarrying) {
  EXPECT_EQ(normalize_text("the rookie ran 17-94-1 against Detroit"),
            "the rookie ran seventeen for ninety four and one touchdown against Detroit");
  EXPECT_EQ(normalize_text("Ortiz carried 26-131-3 in the rain"),
            "Ortiz carried twenty six for one hundred thirty one and three touchdowns in the rain");
  EXPECT_EQ(normalize_text("the tight end caught 5-61-0"), "the tight end caught five for sixty one and no touchdowns");
}

TEST(RushingLines, RecordsDatesAndFormationsAreNoTally) {
  EXPECT_EQ(normalize_text("the Colts went 9-7-1 last season").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("the vote ran 5-3-1 in favour").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("he ran 4-4-2 at Everton").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("the lines were 12-94-1 at the half").find("touchdown"), std::string::npos);
  EXPECT_EQ(normalize_text("the squad ran 10-15-2 drills daily").find("touchdown"), std::string::npos);
}

}  // namespace briefcast
