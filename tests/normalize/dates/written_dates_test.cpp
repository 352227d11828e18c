// Dates written short: apostrophe years, halves of a year, dotted dates with a two-figure year.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(WrittenDates, MonthOrQuarterWithAnApostropheYear) {
  EXPECT_EQ(normalize_text("orders fell after Nov'19 and Aug '23"),
            "orders fell after November twenty nineteen and August twenty twenty three");
  EXPECT_EQ(normalize_text("margins in Q2'25 held"), "margins in Q two twenty five held");
  EXPECT_EQ(normalize_text("since Dec\u201908"), "since December oh eight");
  // A short year no day shares keeps its short form; one that a day shares is said in full.
  EXPECT_EQ(normalize_text("a peak in March '98"), "a peak in March ninety eight");
  EXPECT_EQ(normalize_text("costs rose since Sept. '14 in the region"), "costs rose since September twenty fourteen in the region");
}

TEST(WrittenDates, HalfOfAYear) {
  EXPECT_EQ(normalize_text("sales slowed in 2H 2022."), "sales slowed in the second half of twenty twenty two.");
  // Before a noun the half qualifies it and is read as written.
  EXPECT_EQ(normalize_text("over the H1 2026 period").find("half of"), std::string::npos);
  EXPECT_EQ(normalize_text("expected by the 1H 2027"), "expected by the first half of twenty twenty seven");
  // After a preposition the half is when something happened, even before a verb.
  EXPECT_EQ(normalize_text("Output in H2 2025 climbed"), "Output in the second half of twenty twenty five climbed");
  EXPECT_EQ(normalize_text("during 1H 2023 margins held"), "during the first half of twenty twenty three margins held");
}

TEST(WrittenDates, DottedDateWithATwoFigureYear) {
  EXPECT_EQ(normalize_text("signed on 14.03.21 in Bonn"), "signed on the fourteenth of March twenty twenty one in Bonn");
  // Without a word that places a date, the figures may be a version.
  EXPECT_EQ(normalize_text("build 14.03.21 fixes it").find("March"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(WrittenDates, AVersionReachedByAnUpgradeIsNoDate) {
  EXPECT_EQ(normalize_text("phones updated to 11.02.21 crash").find("February"), std::string::npos);
  EXPECT_EQ(normalize_text("routers upgraded from 03.07.19 last week").find("July"), std::string::npos);
  EXPECT_EQ(normalize_text("the fair moved to 11.02.21"), "the fair moved to the eleventh of February twenty twenty one");
}

TEST(GluedMonthYear, AbbreviatedMonthWithTwoFiguresIsAMonthAndItsYear) {
  EXPECT_EQ(normalize_text("prices last seen in Nov21"), "prices last seen in November twenty twenty one");
  EXPECT_EQ(normalize_text("the FEB26 contract rose"), "the February twenty twenty six contract rose");
  EXPECT_EQ(normalize_text("since Aug98 at least"), "since August nineteen ninety eight at least");
}

TEST(GluedMonthYear, FullNamesAndMixedCaseStay) {
  EXPECT_EQ(normalize_text("since May21").find("twenty twenty one"), std::string::npos);
  EXPECT_EQ(normalize_text("code DeC21 here").find("December"), std::string::npos);
}

TEST(GluedMonthYear, CodesInCapitalsStayCodes) {
  // In capitals only a market word makes it a contract month; a word naming a code blocks it.
  EXPECT_EQ(normalize_text("enter voucher NOV24 at the till").find("November"), std::string::npos);
  EXPECT_EQ(normalize_text("the ferry JUN30 sails at noon").find("June"), std::string::npos);
  EXPECT_EQ(normalize_text("wheat for SEP27 delivery"), "wheat for September twenty twenty seven delivery");
  EXPECT_EQ(normalize_text("batch Jan19 was recalled").find("January"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A half glued to its year goes the way of a quarter glued to its year.
TEST(YearPeriods, HalfGluedToItsYear) {
  EXPECT_EQ(normalize_text("Revenue should recover in 1H27."), "Revenue should recover in the first half of twenty twenty seven.");
  EXPECT_EQ(normalize_text("guidance for 2H2026 was cut"), "guidance for the second half of twenty twenty six was cut");
  EXPECT_EQ(normalize_text("margins in 1H FY27 were thin"), "margins in the first half of fiscal year twenty twenty seven were thin");
  // A part code or a half before a plain figure stays a code.
  EXPECT_EQ(normalize_text("part 2H26").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("the 3H44 bolt").find("half"), std::string::npos);
}

TEST(YearPeriods, GluedHalfOnlyInALineOfCompanyFigures) {
  EXPECT_EQ(normalize_text("Profits should pick up in 2H27."), "Profits should pick up in the second half of twenty twenty seven.");
  // Headcodes, flats, routes and race times share the shape; without a word of period figures,
  // or after such a word, they stay as they were.
  EXPECT_EQ(normalize_text("The 1H31 from Ipswich was cancelled.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("Train 2H34 waited outside Diss.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("Flat 1H18 had no heating.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("He finished in 2H19, a personal best.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("Route 2H22 carried record sales of tickets.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("She clocked in 2H31 while revenue from races grew.").find("half"), std::string::npos);
  EXPECT_EQ(normalize_text("Output in 1H88 was low.").find("half"), std::string::npos);
  // A quarter or a half before a noun qualifies it, after a preposition too.
  EXPECT_EQ(normalize_text("Traders looked through 2Q26 earnings."), "Traders looked through second quarter twenty twenty six earnings.");
  EXPECT_EQ(normalize_text("Analysts cut 1H27 margins."), "Analysts cut first half twenty twenty seven margins.");
  EXPECT_EQ(normalize_text("H1 FY27 sales rose."), "first half of fiscal year twenty twenty seven sales rose.");
}

}  // namespace briefcast
