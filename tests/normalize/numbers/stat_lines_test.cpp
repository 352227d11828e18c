// Kills, deaths and assists in an esports line, never a date.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(StatLines, SlashedFiguresBesideTheirName) {
  EXPECT_NE(normalize_text("The jungler ended on a 7/2/11 KDA.").find("seven, two, eleven K"), std::string::npos);
  EXPECT_NE(normalize_text("She went 12/3/8 in kills, deaths and assists.").find("twelve, three, eight"), std::string::npos);
}

TEST(StatLines, DateElsewhere) {
  EXPECT_NE(normalize_text("The law took effect on 7/2/11 in Ohio.").find("July"), std::string::npos);
}

}  // namespace briefcast
