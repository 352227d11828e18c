// Dates: spans of days within and across months, abbreviated months, dates in
// figures, and a date after an article (decades and shortened years: decades_test.cpp).
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DateSpan, AcrossMonths) {
  EXPECT_EQ(normalize_text("open Aug. 30-Sept. 4 daily"), "open August thirtieth to September fourth daily");
  EXPECT_EQ(normalize_text("from April 29\u2013May 3"), "from April twenty ninth to May third");
  EXPECT_EQ(normalize_text("on Oct. 7-9 only"), "on October seventh to ninth only");
}

TEST(MonthAbbreviation, WithoutADay) {
  EXPECT_EQ(normalize_text("prices fell in Feb. and rose"), "prices fell in February and rose");
  EXPECT_EQ(normalize_text("open until Nov."), "open until November.");
  EXPECT_EQ(normalize_text("he may. Then"), "he may. Then");
}

}  // namespace briefcast

namespace briefcast {

TEST(Date, DottedFiguresPutTheDayFirst) {
  EXPECT_EQ(normalize_text("on 03.08.2021"), "on the third of August twenty twenty one");
  EXPECT_EQ(normalize_text("on 28.02.2016"), "on the twenty eighth of February twenty sixteen");
}

TEST(Date, TwoFigureYearWithSlashes) {
  EXPECT_EQ(normalize_text("dated 11/30/07"), "dated November thirtieth two thousand seven");
  EXPECT_EQ(normalize_text("dated 7/4/76"), "dated July fourth nineteen seventy six");
}

}  // namespace briefcast

namespace briefcast {

TEST(Date, SpansOfWeekdaysAndMonths) {
  EXPECT_EQ(normalize_text("open Tue-Sat"), "open Tuesday to Saturday");
  EXPECT_EQ(normalize_text("Thursday\u2013Sunday"), "Thursday to Sunday");
  EXPECT_EQ(normalize_text("the Apr-Jun quarter"), "the April to June quarter");
  // An abbreviation's period inside the line is not a sentence end; at the end it stays.
  EXPECT_EQ(normalize_text("open Thu.-Sat. till late"), "open Thursday to Saturday till late");
  EXPECT_EQ(normalize_text("open Thu.-Sat."), "open Thursday to Saturday.");
  // Not names of days or months, or not capitalised: left alone.
  EXPECT_EQ(normalize_text("the Sun-Times"), "the Sun-Times");
  EXPECT_EQ(normalize_text("wed-sat"), "wed-sat");
}

}  // namespace briefcast

namespace briefcast {

TEST(Date, SpanOfDaysBeforeItsMonth) {
  EXPECT_EQ(normalize_text("held 3-5 October"), "held the third to the fifth of October");
  EXPECT_EQ(normalize_text("on 20\u201322 April 2025,"), "on the twentieth to the twenty second of April twenty twenty five,");
  EXPECT_EQ(normalize_text("the 8-9 July talks"), "the eighth to the ninth of July talks");
}

}  // namespace briefcast

namespace briefcast {

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Date, NoSecondArticle) {
  EXPECT_EQ(say("a 14 March 2021 memo"), "a March fourteenth twenty twenty one memo");
  EXPECT_EQ(say("since 14 March 2021"), "since the fourteenth of March twenty twenty one");
}

}  // namespace briefcast

namespace briefcast {

TEST(Date, ApostropheBeforeTwoFiguresAfterAMonthIsAYear) {
  EXPECT_EQ(normalize_text("rates rose after June '19 and"), "rates rose after June twenty nineteen and");
  EXPECT_EQ(normalize_text("in May \u201907"), "in May oh seven");
  EXPECT_EQ(normalize_text("on June 19 and"), "on June nineteenth and");  // without it, a day
}

}  // namespace briefcast

namespace briefcast {

}  // namespace briefcast

namespace briefcast {

TEST(Date, YearAndMonthInIsoForm) {
  EXPECT_EQ(normalize_text("rents rose (2023-06) again"), "rents rose (June twenty twenty three) again");
  EXPECT_EQ(normalize_text("the 2022-11 figure"), "the November twenty twenty two figure");
  // A span of years counts forward: these stay spans.
  EXPECT_EQ(normalize_text("the 2011-12 season"), "the twenty eleven to twelve season");
  EXPECT_EQ(normalize_text("in 2000-09"), "in two thousand to oh nine");
}

TEST(Date, ALaterDayAfterAJoiningWordIsAnOrdinal) {
  EXPECT_EQ(normalize_text("The fair runs from June 3 to 19 this year."), "The fair runs from June third to nineteenth this year.");
  EXPECT_EQ(normalize_text("Polls open Sept. 8 and 9."), "Polls open September eighth and ninth.");
  EXPECT_EQ(normalize_text("It ran May 2 through 6, 2022."), "It ran May second through sixth twenty twenty two.");
}

TEST(Date, AFigureAfterADayThatCountsStays) {
  EXPECT_EQ(normalize_text("On March 3 to 5 people came."), "On March third to five people came.");
  EXPECT_EQ(normalize_text("from July 9 to 4 degrees"), "from July ninth to four degrees");
}

TEST(Date, DayBeforeTheMonthAfterTheIsTheDayOfTheMonth) {
  EXPECT_EQ(normalize_text("closed on the 9th June 2021."), "closed on the ninth of June twenty twenty one.");
  EXPECT_EQ(normalize_text("by the 14 March vote"), "by the fourteenth of March vote");
  // "a" can take no "the": the month comes first.
  EXPECT_NE(normalize_text("a 2 April hearing").find("April second hearing"), std::string::npos);
}

TEST(Date, DayBeforeMonthAfterAPossessive) {
  EXPECT_EQ(normalize_text("At its 14 March board meeting"), "At its March fourteenth board meeting");
  EXPECT_EQ(normalize_text("their 2 May vote"), "their May second vote");
  EXPECT_EQ(normalize_text("held on 9 June"), "held on the ninth of June");
}

}  // namespace briefcast

namespace briefcast {

TEST(DayFirstDates, AfterAQuantifierTheMonthComesFirst) {
  EXPECT_EQ(normalize_text("Every 9 March the town parades"), "Every March ninth the town parades");
  EXPECT_EQ(normalize_text("each 1 July"), "each July first");
  EXPECT_EQ(normalize_text("on 9 March we met"), "on the ninth of March we met");
}

}  // namespace briefcast

namespace briefcast {

TEST(DateSlashed, MonthAndDayAfterAWordThatPlacesADay) {
  EXPECT_EQ(normalize_text("closed on 11/28 for the holiday"), "closed on November twenty eighth for the holiday");
  EXPECT_EQ(normalize_text("open until 3/31."), "open until March thirty first.");
  // Elsewhere, or before "of", the figures are a fraction, and 9/11 keeps its name.
  EXPECT_EQ(normalize_text("cut by 2/3 this year"), "cut by two thirds this year");
  EXPECT_EQ(normalize_text("on 3/4 of the sites"), "on three quarters of the sites");
  EXPECT_EQ(normalize_text("since 9/11 it has"), "since nine eleven it has");
  EXPECT_EQ(normalize_text("built on 1/2 acre lots").find("January"), std::string::npos);
  EXPECT_EQ(normalize_text("On 6/14 Congress voted"), "On June fourteenth Congress voted");
}

}  // namespace briefcast

namespace briefcast {

TEST(DateStamp, IsoDateAndClock) {
  EXPECT_EQ(normalize_text("updated 2023-10-09T14:30Z"), "updated October ninth twenty twenty three at fourteen thirty U.T.C");
  EXPECT_EQ(normalize_text("updated 2023-10-09T08:05:12"), "updated October ninth twenty twenty three at eight oh five");
}

TEST(DateSpan, TwoDatesJoinedByASpacedDash) {
  EXPECT_EQ(normalize_text("open from April 2nd - May 14th for comment"), "open from April second to May fourteenth for comment");
  EXPECT_EQ(normalize_text("runs 6 June \u2013 9 July."), "runs the sixth of June to the ninth of July.");
  // Plain-text copy types the dash as two hyphens.
  EXPECT_EQ(normalize_text("the fair, August 3rd -- August 9th, returns"), "the fair, August third to August ninth, returns");
}

}  // namespace briefcast

namespace briefcast {

TEST(DateSlashed, DayFirstWhenTheFirstPartCannotBeAMonth) {
  EXPECT_EQ(normalize_text("The offer ends on 28/2 for members."), "The offer ends on the twenty eighth of February for members.");
  EXPECT_EQ(normalize_text("Rates rise from 15/9, the bank said."), "Rates rise from the fifteenth of September, the bank said.");
  EXPECT_EQ(normalize_text("She starts on 3/10 in the role."), "She starts on March tenth in the role.");
}

TEST(DateSlashed, DayFirstInALineAboutADayFirstCountry) {
  EXPECT_EQ(normalize_text("Voting in Australia closes on 3/5/2026."), "Voting in Australia closes on the third of May twenty twenty six.");
  EXPECT_EQ(normalize_text("The UK rule applies from 6/4/2025."), "The U.K rule applies from the sixth of April twenty twenty five.");
  EXPECT_EQ(normalize_text("Indian tax returns are due on 1/8 this year."), "Indian tax returns are due on the first of August this year.");
  EXPECT_EQ(normalize_text("The US rule applies from 6/4/2025."), "The U.S rule applies from June fourth twenty twenty five.");
  EXPECT_EQ(normalize_text("The bill cut costs by 1/8 in Britain."), "The bill cut costs by one eighth in Britain.");
}

TEST(Date, SlashedFiguresBeforeAUnitAreNoDate) {
  // A month and a day after "on" end their phrase; a unit's symbol after them makes a choice of
  // measures instead.
  EXPECT_EQ(normalize_text("The pump runs on 12/24 V from a battery."),
            "The pump runs on twelve or twenty four volts from a battery.");
  EXPECT_EQ(normalize_text("The shop reopens on 11/28 Monday."), "The shop reopens on November twenty eighth Monday.");
  EXPECT_EQ(normalize_text("They met on 3/14 for lunch."), "They met on March fourteenth for lunch.");
}

TEST(Date, DayMonthNameAndATwoFigureYearWithDashes) {
  EXPECT_EQ(normalize_text("The valve was replaced on 07-Mar-23."),
            "The valve was replaced on the seventh of March twenty twenty three.");
  // The date's own "the" takes the article's place.
  EXPECT_EQ(normalize_text("The 21-Oct-19 audit found gaps."), "The twenty first of October twenty nineteen audit found gaps.");
  // Figures only: left to the other readings.
  EXPECT_EQ(normalize_text("Codes 07-13-23 and up").find("March"), std::string::npos);
}

}  // namespace briefcast
