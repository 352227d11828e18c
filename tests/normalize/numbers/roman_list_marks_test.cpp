// Lower-case Roman numerals marking a list's items or a document's parts.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RomanListMarks, ListMarksInBrackets) {
  EXPECT_NE(normalize_text("Permits of kinds (i) and (ii) were issued.").find("(one) and (two)"), std::string::npos);
  EXPECT_NE(normalize_text("Items (iii) and (iv) remain open.").find("(three) and (four)"), std::string::npos);
  // A lone letter in brackets with no list around it stays.
  EXPECT_EQ(normalize_text("The answer (i) is unclear.").find("one"), std::string::npos);
  // Letters of a list in letters, and one drip noted twice, are no numerals.
  EXPECT_EQ(normalize_text("The list ran (a) to (x) with (i) in the middle.").find("ten"), std::string::npos);
  EXPECT_EQ(normalize_text("She was given fluids (iv) and morphine (iv) overnight.").find("four"), std::string::npos);
  // A document's part names its item alone.
  EXPECT_NE(normalize_text("He relied on paragraph (iv) of the deal.").find("paragraph (four)"), std::string::npos);
}

}  // namespace briefcast
