// Reference numbers joined by slashes are said part by part with "slash".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FileNumbers, LettersAndFiguresBetweenSlashes) {
  EXPECT_EQ(normalize_text("in suit HCK/LG/07/311/2016 the judge"),
            "in suit H.C.K slash L.G slash zero seven slash three hundred eleven slash twenty sixteen the judge");
  EXPECT_EQ(normalize_text("letter MOW/PR/0042 said"), "letter M.O.W slash P.R slash zero zero four two said");
}

TEST(FileNumbers, DatesPathsAndLetterChoicesAreNotFileNumbers) {
  EXPECT_EQ(normalize_text("on 3/4/2021 we met").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("try X/Y/Z now"), "try X slash Y slash Z now");
  EXPECT_EQ(normalize_text("see docs/api/v2 there").find("D.O"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(FileNumbersFigures, AFigureAndALongOrZeroLedFigureAfterItsSlash) {
  EXPECT_EQ(normalize_text("quoting incident 31/770412"), "quoting incident thirty one slash seven seven zero four one two");
  EXPECT_EQ(normalize_text("case 2023/0098 was heard"), "case twenty twenty three slash zero zero nine eight was heard");
  // A power of ten under the slash is still a fraction.
  EXPECT_EQ(normalize_text("1/10000 of a second").find("slash"), std::string::npos);
}

}  // namespace briefcast
