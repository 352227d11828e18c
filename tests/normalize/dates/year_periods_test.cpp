// Periods of a year written as codes: quarters, calendar years, split years and fashion seasons.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(YearPeriods, AQuarterWithItsYearGluedOn) {
  EXPECT_EQ(normalize_text("Output fell in 2Q25 at the smelter."),
            "Output fell in the second quarter of twenty twenty five at the smelter.");
  EXPECT_EQ(normalize_text("Its 4Q2023 margin slipped."), "Its fourth quarter twenty twenty three margin slipped.");
  // A code label before it keeps it a code.
  EXPECT_EQ(normalize_text("Fit part 3Q24 to the pump.").find("quarter"), std::string::npos);
}

TEST(YearPeriods, ACalendarYear) {
  EXPECT_EQ(normalize_text("Chip sales may peak in CY2026."), "Chip sales may peak in calendar year twenty twenty six.");
  EXPECT_EQ(normalize_text("Shipments for CY27 look firm."), "Shipments for calendar year twenty twenty seven look firm.");
}

TEST(YearPeriods, AYearAndTheNextWithASlash) {
  EXPECT_EQ(normalize_text("Rainfall was low in 2021/22 across the basin."),
            "Rainfall was low in twenty twenty one to twenty two across the basin.");
  EXPECT_EQ(normalize_text("the 1999/00 winter"), "the nineteen ninety nine to two thousand winter");
  // Two years that do not follow each other are no season.
  EXPECT_EQ(normalize_text("a ratio of 2021/25").find(" to "), std::string::npos);
}

TEST(YearPeriods, AFashionSeasonBesideWordsOfTheTrade) {
  EXPECT_EQ(normalize_text("The label showed its SS26 collection in Milan."),
            "The label showed its spring-summer twenty six collection in Milan.");
  EXPECT_EQ(normalize_text("Wholesale orders for AW25 menswear rose."),
            "Wholesale orders for autumn-winter twenty five menswear rose.");
  // Elsewhere the letters stay.
  EXPECT_EQ(normalize_text("The tug SS26 towed the barge.").find("spring"), std::string::npos);
}

TEST(YearPeriods, FiscalYearsOverSeveralYears) {
  EXPECT_NE(normalize_text("The plan caps spending for FY2025\u201329 at current levels.")
                .find("fiscal years twenty twenty five to twenty nine"),
            std::string::npos);
  EXPECT_NE(normalize_text("Targets for FY26-30 were cut.").find("fiscal years twenty twenty six to thirty"), std::string::npos);
  // One year and the next is one fiscal year.
  EXPECT_EQ(normalize_text("Profit for FY2023-24 rose.").find("fiscal years"), std::string::npos);
}

TEST(YearPeriods, APartOfAFiscalYearGluedToIt) {
  EXPECT_NE(normalize_text("The miner's revenue doubled in 3QFY2023.").find("the third quarter of fiscal year twenty twenty three"),
            std::string::npos);
  EXPECT_NE(normalize_text("Margins narrowed in H2FY26 as costs rose.").find("the second half of fiscal year twenty twenty six"),
            std::string::npos);
  EXPECT_NE(normalize_text("Sales for 6MFY25 topped forecasts.").find("the first six months of fiscal year twenty twenty five"),
            std::string::npos);
  EXPECT_NE(normalize_text("Its Q1CY2027 guide was cut.").find("first quarter of calendar year twenty twenty seven"),
            std::string::npos);
  // A code label before it, or letters that are no period, keep it as written.
  EXPECT_EQ(normalize_text("Order part 2QFY2024 from the depot.").find("quarter"), std::string::npos);
  EXPECT_EQ(normalize_text("The 5QFY2024 filing was late.").find("quarter"), std::string::npos);
}

TEST(YearPeriods, NoTheAfterAnOwnerAndAnyCountOfMonths) {
  EXPECT_NE(normalize_text("Wipro's Q2FY25 margin slipped.").find("Wipro's second quarter of fiscal"), std::string::npos);
  EXPECT_NE(normalize_text("Brokers raised their 2HFY24 view.").find("their second half of fiscal"), std::string::npos);
  EXPECT_NE(normalize_text("Mahindra Finance' 3QFY2026 loans grew.").find("Finance' third quarter"), std::string::npos);
  EXPECT_NE(normalize_text("Sales in 11MFY23 beat the plan.").find("the first eleven months of fiscal year"),
            std::string::npos);
  EXPECT_NE(normalize_text("Exports in 1MFY27 fell.").find("the first month of fiscal year"), std::string::npos);
  EXPECT_EQ(normalize_text("Units 14MFY24 and 0MFY24 were coded.").find("months"), std::string::npos);
}

// A glued half ("2H27") is a half-year only beside a strong word of company figures; beside
// "sales", "demand" or "production" alone, after a determiner or a verb of lasting or racing,
// the same shape is hours and minutes, a headcode or a race time.
TEST(YearPeriods, GluedHalfOnlyBesideCompanyFigures) {
  EXPECT_NE(normalize_text("Analysts expect margins to recover in 2H27.").find("in the second half of twenty twenty seven"), std::string::npos);
  EXPECT_NE(normalize_text("Revenue guidance for 1H2026 was raised.").find("for the first half of twenty twenty six"), std::string::npos);
  EXPECT_EQ(normalize_text("The opera lasted 2H40 and the production won praise.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("The documentary runs 1H52 and its box-office results were strong.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("The ferry to Bastia takes 1H20, and demand for cabins is rising.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("The 2H18 to Leeds left late as ticket sales fell.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("The call with analysts lasted 1H30 on Tuesday.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("He won the Berlin race in 2H03 as the sponsor's revenue rose.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("The 1H26 forecast from Leeds ran late.").find("half"), std::string::npos);
}

TEST(YearPeriods, GluedHalfAfterAPossessive) {
  EXPECT_NE(normalize_text("The retailer trimmed its 1H26 guidance.").find("its first half twenty twenty six guidance"),
            std::string::npos);
  EXPECT_NE(normalize_text("Their 2H23 margin beat analysts' forecasts.").find("second half twenty twenty three margin"),
            std::string::npos);
  // A possessive without a company's words keeps the shape as written.
  EXPECT_EQ(normalize_text("The film kept its 2H10 running time.").find("half"), std::string::npos);
  // After "its" only a noun of the company's figures; a revenue word elsewhere is not enough.
  EXPECT_EQ(normalize_text("The line cut its 1H40 service, hitting revenue.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("The studio sold its 2H15 epic, lifting sales revenue.").find("half"), std::string::npos);
}

}  // namespace briefcast
