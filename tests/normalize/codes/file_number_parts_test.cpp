// File and archive references of three or more slashed parts: a point inside a part and a run
// of items closing the reference are said too.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FileNumberParts, EveryPartIsSaid) {
  EXPECT_EQ(normalize_text("The letters are filed as QS/HAL/7/23 in the county store."),
            "The letters are filed as Q.S slash H.A.L slash seven slash twenty three in the county store.");
}

TEST(FileNumberParts, PointsInsideAndAClosingRange) {
  EXPECT_EQ(normalize_text("See bundle CH/NT.A/3/4-9, which survives."),
            "See bundle C.H slash N.T dot Eh slash three slash four to nine, which survives.");
  EXPECT_EQ(normalize_text("Maps ref. T/KEW/5/201\u2013230 were lent."),
            "Maps reference T slash K.E.W slash five slash two hundred one to two hundred thirty were lent.");
}

TEST(FileNumberParts, OtherSlashedWordsAreNotReferences) {
  EXPECT_EQ(normalize_text("Sizes S/M/L are sold out.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("A 4G/LTE/5G phone.").find("slash four"), std::string::npos);
  // A year and a serial after a dash are no run of items.
  EXPECT_EQ(normalize_text("Tender ref. ABC/BUS/2024-017 closes.").find("to zero"), std::string::npos);
  // A range anywhere but at the end, or of words, is not such a reference.
  EXPECT_EQ(normalize_text("The 9-5/Mon/Fri shift starts.").find("nine to five slash"), std::string::npos);
  EXPECT_EQ(normalize_text("Read pages 3-7/10/12 tonight.").find("three to seven slash"), std::string::npos);
}

}  // namespace briefcast
