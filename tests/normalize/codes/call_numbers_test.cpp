// Library call numbers: a class mark and its Cutter marks, the points said "dot".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CallNumbers, ClassMarkAndCutters) {
  EXPECT_EQ(normalize_text("The map is shelved at GA405 .B62 1822 in the annex."),
            "The map is shelved at G.A four oh five dot B sixty two eighteen twenty two in the annex.");
  EXPECT_EQ(normalize_text("Look under QA76.73 .P98 on the second floor."),
            "Look under Q.A seventy six point seven three dot P ninety eight on the second floor.");
  EXPECT_EQ(normalize_text("It sits at PR6045 .O72 .Z5 now."), "It sits at P.R sixty forty five dot O seventy two dot Z five now.");
}

TEST(CallNumbers, OtherPointsAreNotCutters) {
  // A calibre and a market's code are not after a class mark.
  EXPECT_EQ(normalize_text("a .45 pistol").find("dot"), std::string::npos);
  EXPECT_EQ(normalize_text("The A4 .PDF file opened.").find("dot P"), std::string::npos);
  EXPECT_EQ(normalize_text("Room B12. The hall").find("dot"), std::string::npos);
  // A road, a plane or a group of one or two figures starts no call number outside a library.
  EXPECT_EQ(normalize_text("The M4 .T5 junction was closed after a crash.").find("dot"), std::string::npos);
  EXPECT_EQ(normalize_text("The G7 .N225 index fell in Tokyo.").find("N two"), std::string::npos);
  // In a library it does.
  EXPECT_NE(normalize_text("The library shelves it at E78 .C15 now.").find("E seventy eight dot C fifteen"),
            std::string::npos);
}

}  // namespace briefcast
