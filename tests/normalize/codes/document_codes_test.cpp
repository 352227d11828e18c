// A document's number in two zero-padded parts after its series' capitals.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DocumentCodes, ZeroPaddedPartsAfterALabelAreOneCode) {
  EXPECT_EQ(normalize_text("The ward followed HBN 04-01 on isolation."), "The ward followed H.B.N oh four oh one on isolation.");
  EXPECT_EQ(normalize_text("under QRS 02-07 guidance"), "under Q.R.S oh two oh seven guidance");
}

TEST(DocumentCodes, NoLabelNoCode) {
  EXPECT_EQ(normalize_text("The shop reopens on 03-04 this year.").find("oh three"), std::string::npos);
  EXPECT_EQ(normalize_text("Rovers won 03-01 at home.").find("oh three"), std::string::npos);
  EXPECT_EQ(normalize_text("The HBN 14-01 note").find(" oh "), std::string::npos);
}

TEST(DocumentCodes, StandardNamedAfterItsCapitals) {
  EXPECT_EQ(normalize_text("The GH 12-347 manual is the field guide for the survey."),
            "The G.H twelve three forty seven manual is the field guide for the survey.");
  // A score, a round figure or a range of small figures is no standard's name.
  EXPECT_EQ(normalize_text("BOS 99-101 was the final tally.").find("one oh one"), std::string::npos);
  EXPECT_EQ(normalize_text("the PM 10-100 band").find("one oh"), std::string::npos);
  EXPECT_EQ(normalize_text("the XY 12-20 run").find("twelve twenty"), std::string::npos);
}

}  // namespace briefcast
