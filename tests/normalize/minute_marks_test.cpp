// Minute and second marks in race results.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MinuteMarks, SecondsAfterTheMinuteMark) {
  EXPECT_EQ(normalize_text("she won the descent by 2'41\" from Kim"), "she won the descent by two minutes forty one seconds from Kim");
  EXPECT_NE(normalize_text("the chasers were at +4'07\" at the top").find("plus four minutes seven seconds"),
            std::string::npos);
}

TEST(MinuteMarks, AHeightStaysAHeight) {
  EXPECT_EQ(normalize_text("a 6'2\" lock forward").find("minute"), std::string::npos);
  EXPECT_EQ(normalize_text("he stands 5'11\"").find("minute"), std::string::npos);
}

}  // namespace briefcast
