// A bond or currency desk's shorthand.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MarketMarks, RatingWithItsNotch) {
  EXPECT_EQ(normalize_text("Fitch cut the issuer to BBB- on Tuesday."), "Fitch cut the issuer to triple-B-minus on Tuesday.");
  EXPECT_EQ(normalize_text("Demand for AA+ rated paper held up."), "Demand for double-A-plus rated paper held up.");
  EXPECT_EQ(normalize_text("Moody's kept the city's debt at A- with a stable outlook."),
            "Moody's kept the city's debt at single-A-minus with a stable outlook.");
}

TEST(MarketMarks, GradesElsewhereKeepTheirReading) {
  EXPECT_EQ(normalize_text("She got a B+ in chemistry."), "She got a B plus in chemistry.");
  EXPECT_EQ(normalize_text("The film was rated A- by one critic."), "The film was rated A- by one critic.");
}

TEST(MarketMarks, SpreadOverMidSwaps) {
  EXPECT_EQ(normalize_text("The lender sold a five-year bond at MS+130 bp on Monday."),
            "The lender sold a five-year bond at mid-swaps plus one hundred thirty basis points on Monday.");
  EXPECT_EQ(normalize_text("Guidance on the tranche tightened to MS+85."), "Guidance on the tranche tightened to mid-swaps plus eighty five.");
}

TEST(MarketMarks, CurveSpreadBetweenTenors) {
  EXPECT_EQ(normalize_text("The 5s30s curve steepened as Treasuries sold off."),
            "The fives thirties curve steepened as Treasuries sold off.");
}

TEST(MarketMarks, BondNamedByItsCoupon) {
  EXPECT_EQ(normalize_text("Dealers sold the 3\u00bds as the bond market slid."),
            "Dealers sold the three and a half as the bond market slid.");
}

TEST(MarketMarks, CouponAndMaturity) {
  EXPECT_EQ(normalize_text("The 2¼s of 2036 led the bond rally."), "The two and a quarter of twenty thirty six led the bond rally.");
}

TEST(MarketMarks, PricePointsBesideBondWords) {
  EXPECT_EQ(normalize_text("The junk bond index fell \u00bd pt on Friday."), "The junk bond index fell half a point on Friday.");
  EXPECT_EQ(normalize_text("Treasuries gained 1 pt after the data."), "Treasuries gained one point after the data.");
}

TEST(MarketMarks, PintsAwayFromBonds) {
  EXPECT_EQ(normalize_text("Add \u00bd pt of milk to the pan."), "Add one half pt of milk to the pan.");
}

TEST(MarketMarks, VolatilityInVols) {
  EXPECT_EQ(normalize_text("Euro-yen implied volatility hit 11.2 vols."), "Euro-yen implied volatility hit eleven point two vols.");
  EXPECT_EQ(normalize_text("The library holds 40 vols of letters."), "The library holds forty volumes of letters.");
}

TEST(MarketMarks, TreasuryPriceInThirtySeconds) {
  EXPECT_EQ(normalize_text("The note slipped to 101-04 as yields rose."),
            "The note slipped to one hundred one oh four as yields rose.");
}

TEST(MarketMarks, ScoresStayScores) {
  EXPECT_EQ(normalize_text("The Celtics won at 98-16 in the fourth."), "The Celtics won at ninety eight to sixteen in the fourth.");
}

TEST(MarketMarks, MoodysGrades) {
  EXPECT_EQ(normalize_text("Moody's lifted the utility to Baa1 from Ba2."), "Moody's lifted the utility to B-double-A-one from B-A-two.");
  EXPECT_EQ(normalize_text("Print it on A3 paper."), "Print it on A-three paper.");
}

TEST(MarketMarks, SlashedCurveAndDecimalCoupon) {
  EXPECT_EQ(normalize_text("The 5s/30s spread flattened."), "The fives thirties spread flattened.");
  EXPECT_EQ(normalize_text("The 4.5s of 2033 led the bond rally."), "The four point five of twenty thirty three led the bond rally.");
}

TEST(MarketMarks, SpacedMidSwaps) {
  EXPECT_EQ(normalize_text("The note priced at MS + 70 bp."), "The note priced at mid-swaps plus seventy basis points.");
}

TEST(MarketMarks, HighYieldBeforeBondWords) {
  EXPECT_EQ(normalize_text("HY funds saw outflows."), "High yield funds saw outflows.");
}

TEST(MarketMarks, HighYieldIndex) {
  EXPECT_EQ(normalize_text("The CDX HY gauge widened."), "The C.D.X high yield gauge widened.");
}

TEST(MarketMarks, AgencyNamedRatingsAndTheMinusSign) {
  EXPECT_EQ(normalize_text("Halden Ratings moved the lender to BB+ from BB\u2212."),
            "Halden Ratings moved the lender to double-B-plus from double-B-minus.");
  EXPECT_EQ(normalize_text("The show's ratings gave it a B+ grade."), "The show's ratings gave it a B plus grade.");
}

TEST(MarketMarks, TwoAgenciesGradesJoinedBySlash) {
  EXPECT_EQ(normalize_text("The county's AA-/Aa3-rated notes sold well."), "The county's double-A-minus, double-A-three rated notes sold well.");
  EXPECT_EQ(normalize_text("The utility's bonds, rated BB/Ba2, slipped."), "The utility's bonds, rated double-B, B-A-two, slipped.");
  EXPECT_EQ(normalize_text("Only AAA-rated paper qualifies."), "Only triple-A rated paper qualifies.");
  // Away from credit, a slash between letters is no grade.
  EXPECT_EQ(normalize_text("Pack AA/AAA cells in the kit.").find("double"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A two-sided quote with a slash between a side's word and the other side's price.
TEST(MarketMarks, QuoteSideSlashPrice) {
  EXPECT_EQ(normalize_text("Coins changed hands at R31,900 bid/R32,450 ask."),
            "Coins changed hands at thirty one thousand nine hundred rand bid, thirty two thousand four hundred fifty rand ask.");
  // A side's word before a slash and a road or a plain word is no quote.
  EXPECT_EQ(normalize_text("Turn at the close/R5 road.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("The bid/ask spread widened."), "The bid ask spread widened.");
  // A plain figure for the other side, between a figure and a side's word.
  EXPECT_EQ(normalize_text("Dealers quoted 1,240 bid/1,275 offer."),
            "Dealers quoted one thousand two hundred forty bid, one thousand two hundred seventy five offer.");
  // Not after a word, nor before one that is no side.
  EXPECT_EQ(normalize_text("The low/2 setting is quieter.").find("low,"), std::string::npos);
  EXPECT_EQ(normalize_text("Lot 7 bid/2024 rules apply.").find("bid,"), std::string::npos);
}

}  // namespace briefcast
