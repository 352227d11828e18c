// The star levels of horse sport: "CSI3*", "CCI4*-L", "the 2*-S".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(EquestrianLevels, CodeWithItsLevel) {
  EXPECT_EQ(normalize_text("she won the CSI3* Grand Prix in Rome"), "she won the C.S.I three-star Grand Prix in Rome");
  EXPECT_EQ(normalize_text("the CCI4*-L at Kentucky"), "the C.C.I four-star long at Kentucky");
  EXPECT_EQ(normalize_text("a CDIO2* test"), "a C.D.I.O two-star test");
  // Spelt letter by letter: eSpeak NG says "CAIO" and "CPEDI" as words.
  EXPECT_EQ(normalize_text("drove at the CAIO4* in Aachen"), "drove at the C.A.I.O four-star in Aachen");
  EXPECT_EQ(normalize_text("a CPEDI3* win"), "a C.P.E.D.I three-star win");
}

TEST(EquestrianLevels, LevelWithItsFormat) {
  EXPECT_EQ(normalize_text("her mare was third in the 3*-S at Aston"), "her mare was third in the three-star short at Aston");
  EXPECT_EQ(normalize_text("the eventing calendar lists a 2*-L in May"), "the eventing calendar lists a two-star long in May");
}

// With no word of horse sport on the line a level and its format rate something else.
TEST(EquestrianLevels, BareLevelsOffTheHorseLineStay) {
  EXPECT_EQ(normalize_text("the hostel's 3*-S score").find("short"), std::string::npos);
  EXPECT_EQ(normalize_text("graded 4*-L by the tasting panel").find("long"), std::string::npos);
}

TEST(EquestrianLevels, FootnotesAndOtherCodesStay) {
  EXPECT_EQ(normalize_text("a 4* hotel"), "a four-star hotel");
  EXPECT_EQ(normalize_text("ABC5* applies").find("star"), std::string::npos);
  EXPECT_EQ(normalize_text("the CSI7* show").find("star"), std::string::npos);
  EXPECT_EQ(normalize_text("the 5*-X model").find("star"), std::string::npos);
}

}  // namespace briefcast
