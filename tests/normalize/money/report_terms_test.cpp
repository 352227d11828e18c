// Short forms of financial, legal and trade reports: fiscal years, "YE", courts, units after
// "per", initialisms joined by "&".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ReportTerms, FiscalYears) {
  EXPECT_EQ(normalize_text("FY12 profit fell"), "fiscal year twenty twelve profit fell");
  EXPECT_EQ(normalize_text("in FY07 and FY 2031"), "in fiscal year two thousand seven and fiscal year twenty thirty one");
  EXPECT_EQ(normalize_text("the FY2026 budget"), "the fiscal year twenty twenty six budget");
}

TEST(ReportTerms, YearEndingBeforeAMonth) {
  EXPECT_EQ(normalize_text("In the YE March 2021 sales rose."), "In the year ending March twenty twenty one sales rose.");
  EXPECT_EQ(normalize_text("targets for YE 2027"), "targets for year end twenty twenty seven");
  EXPECT_EQ(normalize_text("YE said hello"), "Y.E said hello");
}

TEST(ReportTerms, CourtsAbbreviatedAsLawReportsDo) {
  EXPECT_EQ(normalize_text("the Dist. Ct. erred in part"), "the District Court erred in part");
  EXPECT_EQ(normalize_text("as the 2nd Cir. held"), "as the second Circuit held");
  EXPECT_EQ(normalize_text("the Superior Ct. agreed"), "the Superior Court agreed");
}

TEST(ReportTerms, UnitSymbolAfterPer) {
  EXPECT_EQ(normalize_text("paid $52 per MWh"), "paid fifty two dollars per megawatt hour");
  EXPECT_EQ(normalize_text("12 cents per kWh"), "twelve cents per kilowatt hour");
  EXPECT_EQ(normalize_text("one per cent per head"), "one per cent per head");
}

TEST(ReportTerms, CapitalsJoinedByAnAmpersandAreSpelt) {
  EXPECT_EQ(normalize_text("AT&T rose"), "A.T and T rose");
  EXPECT_EQ(normalize_text("BT&T's network"), "B.T and T's network");
  EXPECT_EQ(normalize_text("Q&A"), "Q and Eh");
  EXPECT_EQ(normalize_text("Barnes&Noble"), "Barnes and Noble");
}

TEST(ReportTerms, LawReportCitations) {
  EXPECT_EQ(normalize_text("Doe, 412 N.E.2d 98 (1990)"), "Doe, four hundred twelve N.E second ninety eight (nineteen ninety)");
  EXPECT_EQ(normalize_text("see 27 So. 3d 310"), "see twenty seven Southern third three hundred ten");
  EXPECT_EQ(normalize_text("in 9 F.4th 120"), "in nine F fourth one hundred twenty");
  EXPECT_EQ(normalize_text("and 61 A.2d 7"), "and sixty one Eh second seven");
  // No volume and page around it: a film's dimension, not a series.
  EXPECT_EQ(normalize_text("shot in 3D for the A.3d fans").find("third"), std::string::npos);
}

TEST(Tickers, ExchangeAndTickerSpelt) {
  EXPECT_EQ(normalize_text("Acme Corp. (TSX:ACM). Energy."), "Acme Corporation (T.S.X: A.C.M). Energy.");
  EXPECT_EQ(normalize_text("Brightline (TSX:BRL.A) rose"), "Brightline (T.S.X: B.R.L.A) rose");
  EXPECT_EQ(normalize_text("Zeta Mining (OTCPK:ZTMN) said"), "Zeta Mining (O.T.C.P.K: Z.T.M.N) said");
  EXPECT_EQ(normalize_text("Pioneer (NYSE: PNRX) fell"), "Pioneer (N.Y.S.E: P.N.R.X) fell");
  EXPECT_EQ(normalize_text("Orbital (Nasdaq:ORBT) fell"), "Orbital (Nasdaq: O.R.B.T) fell");
}

TEST(Tickers, NotOtherColons) {
  EXPECT_EQ(normalize_text("won 3:1 at 10:30"), "won three to one at ten thirty");
  EXPECT_EQ(normalize_text("see Note:ABC below").find("A.B.C"), std::string::npos);
}

TEST(ReportTerms, FiscalYearAcrossTwoCalendarYears) {
  EXPECT_EQ(normalize_text("FY2025/26 guidance"), "fiscal year twenty twenty five to twenty six guidance");
  EXPECT_EQ(normalize_text("in FY19-20"), "in fiscal year twenty nineteen to twenty");
  EXPECT_EQ(normalize_text("FY 2006/07 sales"), "fiscal year two thousand six to oh seven sales");
}

TEST(ReportTerms, EnergySymbolAfterACountingWord) {
  EXPECT_EQ(normalize_text("a levy on every MWh sold"), "a levy on every megawatt hour sold");
  EXPECT_EQ(normalize_text("How many TWh will it need?"), "How many terawatt hours will it need?");
  EXPECT_EQ(normalize_text("the GWh figure"), "the GWh figure");
}

TEST(ReportTerms, OfWhichBetweenATotalAndItsPart) {
  EXPECT_EQ(normalize_text("Group sales were \u20ac6.4bn, o/w Asia \u20ac1.9bn."),
            "Group sales were six point four billion euros, of which Asia one point nine billion euros.");
  EXPECT_EQ(normalize_text("Capex of $700m (o/w $250m maintenance) is planned."),
            "Capex of seven hundred million dollars (of which two hundred fifty million dollars maintenance) is planned.");
}

TEST(ReportTerms, OSlashWWithNoPartAfterItStays) {
  EXPECT_EQ(normalize_text("Tickets from $89 o/w on the new route.").find("of which"), std::string::npos);
}

TEST(ReportTerms, LikeForLikeBesideSales) {
  EXPECT_EQ(normalize_text("The grocer's LFL sales fell 1.2%."), "The grocer's like-for-like sales fell one point two percent.");
  EXPECT_EQ(normalize_text("Stores grew 6% LFL over Christmas."), "Stores grew six percent like-for-like over Christmas.");
  EXPECT_EQ(normalize_text("LFL Holdings named a chair.").find("like"), std::string::npos);
}

// A fiscal year across two calendar years joined by an en dash, as by a hyphen.
TEST(ReportTerms, FiscalYearAcrossTwoYearsWithAnEnDash) {
  EXPECT_EQ(normalize_text("Exports fell in FY2019–20, it said."), "Exports fell in fiscal year twenty nineteen to twenty, it said.");
  EXPECT_EQ(normalize_text("Its FY21–22 loss narrowed."), "Its fiscal year twenty twenty one to twenty two loss narrowed.");
  // Several years stay a span of fiscal years.
  EXPECT_EQ(normalize_text("The FY2024–28 plan was set."), "The fiscal years twenty twenty four to twenty eight plan was set.");
}

TEST(ReportTerms, AYearEndGluedToItsYear) {
  EXPECT_NE(normalize_text("Deposits reached $41bn at YE2023, the lender said.").find("at year-end twenty twenty three"),
            std::string::npos);
  // Letters that only begin a longer word or code stay.
  EXPECT_EQ(normalize_text("The YEOMAN 2023 trial ended.").find("year-end"), std::string::npos);
}

}  // namespace briefcast
