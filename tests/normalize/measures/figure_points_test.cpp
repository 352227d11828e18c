// "pt" after a figure: a printer's point, a margin's or a score's points, a pint.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FigurePoints, OneAdjectiveOnlyBeforeANounOfPoints) {
  EXPECT_NE(normalize_text("a 3-pt shot at the buzzer").find("three-point shot"), std::string::npos);
  EXPECT_NE(normalize_text("after three 7-pt losses in a row").find("seven-point losses"), std::string::npos);
  EXPECT_NE(normalize_text("two 5-pt tries in the first half").find("five-point tries"), std::string::npos);
  EXPECT_NE(normalize_text("a 12-pt cushion at the break").find("twelve-point cushion"), std::string::npos);
  EXPECT_NE(normalize_text("a 3-pt buzzer-beater won it").find("three-point buzzer-beater"), std::string::npos);
  // A pint of cream, a part of a series, a scale: "pt" is no point count there.
  EXPECT_EQ(normalize_text("a 6-pt tub of cream").find("point"), std::string::npos);
  EXPECT_EQ(normalize_text("ITV ordered a 4-pt thriller").find("point"), std::string::npos);
  EXPECT_EQ(normalize_text("on a 7-pt grading scale").find("point"), std::string::npos);
}

}  // namespace briefcast
