// A lifeboat's number and a ship's radio identity, read as they are called.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(VesselIdentities, ALifeboatNumberIsClassAndHull) {
  EXPECT_EQ(normalize_text("The Tamar-class lifeboat 16-09 launched at dawn."),
            "The Tamar-class lifeboat sixteen oh nine launched at dawn.");
  EXPECT_EQ(normalize_text("The Trent-class lifeboat 14-05 was retired in Wicklow."),
            "The Trent-class lifeboat fourteen oh five was retired in Wicklow.");
}

TEST(VesselIdentities, ARadioIdentityIsSaidDigitByDigit) {
  EXPECT_EQ(normalize_text("The yacht's MMSI 235 118 904 was logged."),
            "The yacht's M.M.S.I two three five, one one eight, nine zero four was logged.");
  EXPECT_EQ(normalize_text("The tanker's IMO 93 12 345 was painted over."),
            "The tanker's I.M.O nine three, one two, three four five was painted over.");
}

TEST(VesselIdentities, RangesAndCountsElsewhereStayAsTheyWere) {
  EXPECT_EQ(normalize_text("the lifeboat crew worked 10-12 hours"), "the lifeboat crew worked ten to twelve hours");
  EXPECT_EQ(normalize_text("rescued 8-10 people near the lifeboat station").find("eight to ten"), 8u);
  EXPECT_EQ(normalize_text("the IMO 2020 sulphur cap").find("two zero"), std::string::npos);
  EXPECT_EQ(normalize_text("won 16-09 in the final").find("oh nine"), std::string::npos);
  EXPECT_EQ(normalize_text("the lifeboats 13-20 were built at Poole").find("thirteen twenty"), std::string::npos);
}

// Only the singular "lifeboat" names one boat, and a range before a count or a unit is a range.
TEST(VesselIdentities, ClassWordsAndCountsAfterALifeboatStayRanges) {
  EXPECT_EQ(normalize_text("Upper-class 18-24 voters swung to Labour."),
            "Upper-class eighteen to twenty four voters swung to Labour.");
  EXPECT_EQ(normalize_text("Severn-class 17-32 boats were refitted."), "Severn-class seventeen to thirty two boats were refitted.");
  EXPECT_EQ(normalize_text("The lifeboat 15-18 volunteers trained at dawn."),
            "The lifeboat fifteen to eighteen volunteers trained at dawn.");
  EXPECT_EQ(normalize_text("The new lifeboat 11-14 metres long arrived.").find("eleven to fourteen metres"), 17u);
}

// Groups that add up to another length than the label's identity, or count a plural, are a count.
TEST(VesselIdentities, GroupsOfAnotherLengthOrBeforeAPluralAreACount) {
  EXPECT_EQ(normalize_text("IMO 45 000 jobs hang on the vote."), "I.M.O forty five thousand jobs hang on the vote.");
  EXPECT_EQ(normalize_text("ENI 18 500 workers struck on Monday."), "E.N.I eighteen thousand five hundred workers struck on Monday.");
  EXPECT_EQ(normalize_text("MMSI 310 220 450 vessels were tracked.").find("three one zero"), std::string::npos);
  EXPECT_EQ(normalize_text("call sign 6 2 8 1 7").find(","), std::string::npos);
}

}  // namespace briefcast
