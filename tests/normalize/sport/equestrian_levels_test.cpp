// The star levels of horse sport: "CSI3*", "CCI4*-L", "the 2*-S".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(EquestrianLevels, CodeWithItsLevel) {
  EXPECT_EQ(normalize_text("she won the CSI3* Grand Prix in Rome"), "she won the CSI three-star Grand Prix in Rome");
  EXPECT_EQ(normalize_text("the CCI4*-L at Kentucky"), "the CCI four-star long at Kentucky");
  EXPECT_EQ(normalize_text("a CDIO2* test"), "a CDIO two-star test");
}

TEST(EquestrianLevels, LevelWithItsFormat) {
  EXPECT_EQ(normalize_text("third in the 3*-S at Aston"), "third in the three-star short at Aston");
}

TEST(EquestrianLevels, FootnotesAndOtherCodesStay) {
  EXPECT_EQ(normalize_text("a 4* hotel"), "a four-star hotel");
  EXPECT_EQ(normalize_text("ABC5* applies").find("star"), std::string::npos);
  EXPECT_EQ(normalize_text("the CSI7* show").find("star"), std::string::npos);
  EXPECT_EQ(normalize_text("the 5*-X model").find("star"), std::string::npos);
}

}  // namespace briefcast
