// A company report's and a market story's shorthand.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(EarningsTerms, HalvesAndQuarters) {
  EXPECT_EQ(normalize_text("The miner's H2 revenue beat consensus."), "The miner's second-half revenue beat consensus.");
  EXPECT_EQ(normalize_text("Earnings slipped in H1 as margins shrank."), "Earnings slipped in the first half as margins shrank.");
  EXPECT_EQ(normalize_text("Revenue rose in 3Q FY25 on strong demand."),
            "Revenue rose in the third quarter of fiscal year twenty twenty five on strong demand.");
}

TEST(EarningsTerms, ReportWords) {
  EXPECT_EQ(normalize_text("The chipmaker lifted its FY outlook and FCF guidance."),
            "The chipmaker lifted its full-year outlook and free cash flow guidance.");
  EXPECT_EQ(normalize_text("One analyst set a $120 PT on the stock."),
            "One analyst set a one-hundred-twenty-dollar price target on the stock.");
  EXPECT_EQ(normalize_text("The stock trades at 20x fwd earnings after an ATH last week."),
            "The stock trades at twenty times forward earnings after an all-time high last week.");
  EXPECT_EQ(normalize_text("The token held above its 50-day MA all week."),
            "The token held above its fifty day moving average all week.");
}

TEST(EarningsTerms, ElsewhereKeepTheirReading) {
  EXPECT_EQ(normalize_text("Put the title in an H1 tag."), "Put the title in an H one tag.");
  EXPECT_EQ(normalize_text("She saw a PT after the injury."), "She saw a P.T after the injury.");
  EXPECT_EQ(normalize_text("Shares rose as the green H2 market grew."), "Shares rose as the green H two market grew.");
  EXPECT_EQ(normalize_text("The firm beat FY Q3 revenue estimates."), "The firm beat F.Y Q three revenue estimates.");
}

TEST(EarningsTerms, CapitalMillionWithAPointBesideLengthWords) {
  EXPECT_EQ(normalize_text("The coin jumped as wallets hit 4.7M and fees rose."),
            "The coin jumped as wallets hit four point seven million and fees rose.");
}

TEST(EarningsTerms, AboutSignBeforeMoney) {
  EXPECT_EQ(normalize_text("Hackers took coins worth \u2248$3.4M on Monday."),
            "Hackers took coins worth about three point four million dollars on Monday.");
}

TEST(EarningsTerms, NumberSignBeforeThousands) {
  EXPECT_EQ(normalize_text("The fork came at block #1,204,500 last night."),
            "The fork came at block number one million two hundred four thousand five hundred last night.");
}

TEST(EarningsTerms, ManagementsPossessive) {
  EXPECT_EQ(normalize_text("Rivera Capital Mgmt.'s flagship fund shut."), "Rivera Capital Management's flagship fund shut.");
}

// A half after "in" at a clause's end, with no word of earnings, and not on a line of hydrogen.
TEST(EarningsTerms, HalfOfTheYearClosingAClause) {
  EXPECT_EQ(normalize_text("Nearly 60 cinemas reopened in H2."), "Nearly sixty cinemas reopened in the second half.");
  EXPECT_EQ(normalize_text("Attendance slipped in H1, the league said."),
            "Attendance slipped in the first half, the league said.");
  EXPECT_EQ(normalize_text("The port authority will invest in H2.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("Ferries that run on H2 passed trials.").find("half"), std::string::npos);
}

// A pair of halves after "in": when one closes its clause, the other is a half of the year too.
TEST(EarningsTerms, PairOfHalvesReadAlike) {
  EXPECT_EQ(normalize_text("Bookings grew in H1 and eased in H2, the airline said."),
            "Bookings grew in the first half and eased in the second half, the airline said.");
  EXPECT_EQ(normalize_text("Sales dipped in H2 but rallied in H1 of the next year.").find("first half"), std::string::npos);
  EXPECT_EQ(normalize_text("Output fell in H1 as the H2 plant was delayed.").find("second"), std::string::npos);
}

}  // namespace briefcast
