// A day and a month with a slash and no year: after a weekday, in a span, a day over twelve
// after a lead word, and the expiry abbreviation before a date.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedDayMonths, AfterAWeekday) {
  EXPECT_EQ(normalize_text("The market opens Sunday 14/09 in the square."),
            "The market opens Sunday the fourteenth of September in the square.");
  EXPECT_EQ(normalize_text("Doors at Thu 23/10 for the quiz."), "Doors at Thursday the twenty third of October for the quiz.");
  // The period of a short name is not a sentence's end.
  EXPECT_EQ(normalize_text("Heats on Fri. 18/07 at the lake."), "Heats on Friday the eighteenth of July at the lake.");
  // Month first where the figures say so.
  EXPECT_EQ(normalize_text("Kickoff is Mon 9/15 at the stadium."), "Kickoff is Monday September fifteenth at the stadium.");
}

TEST(SlashedDayMonths, SpansOfTwo) {
  EXPECT_EQ(normalize_text("Fares apply to trips 03/11-19/12 only."),
            "Fares apply to trips the third of November to the nineteenth of December only.");
  EXPECT_EQ(normalize_text("The pool shuts from 02/08 to 27/08 for works."),
            "The pool shuts from the second of August to the twenty seventh of August for works.");
  // The shared figure is the month.
  EXPECT_EQ(normalize_text("Camps run 04/08-08/08 at the club."),
            "Camps run the fourth of August to the eighth of August at the club.");
}

TEST(SlashedDayMonths, DayOverTwelveAfterALeadWord) {
  EXPECT_EQ(normalize_text("Entries close by 30/11 of each year."),
            "Entries close by the thirtieth of November of each year.");
  EXPECT_EQ(normalize_text("The bins change on 17/03 this spring."),
            "The bins change on the seventeenth of March this spring.");
}

TEST(SlashedDayMonths, ExpiryBeforeADate) {
  EXPECT_EQ(normalize_text("The vials, exp. 11/2027, were recalled."),
            "The vials, expiry November twenty twenty seven, were recalled.");
  EXPECT_EQ(normalize_text("Exp. 02/2029 is printed on the tin."), "Expiry February twenty twenty nine is printed on the tin.");
  // "exp." before no date is left alone.
  EXPECT_EQ(normalize_text("The exp. growth was fast.").find("expiry"), std::string::npos);
}

TEST(SlashedDayMonths, TwoFullDatesInOneWord) {
  EXPECT_EQ(normalize_text("The licence runs 14/05/2026\u201313/05/2027 in full."),
            "The licence runs the fourteenth of May twenty twenty six to the thirteenth of May twenty twenty seven in full.");
  // A year's window ending the day before the start's date places the day first.
  EXPECT_EQ(normalize_text("Entries count 06/09/2026-05/09/2027 only."),
            "Entries count the sixth of September twenty twenty six to the fifth of September twenty twenty seven only.");
  // Else the piece's order: month first with no cue.
  EXPECT_EQ(normalize_text("The sale ran 03/02/2026-03/09/2026 online."),
            "The sale ran March second twenty twenty six to March ninth twenty twenty six online.");
  // An end before its start is no span.
  EXPECT_EQ(normalize_text("Codes 05/06/2027-04/06/2026 were void.").find("June"), std::string::npos);
}

TEST(SlashedDayMonths, FractionsAndValuesStay) {
  EXPECT_EQ(normalize_text("Stir in 2/3 of the sugar."), "Stir in two thirds of the sugar.");
  EXPECT_EQ(normalize_text("a span of 3/16-5/16 in. bolts").find("March"), std::string::npos);
  // A weekday before a fraction with no padding or figure over twelve: no date.
  EXPECT_EQ(normalize_text("Friday 3/4 of the staff left.").find("March"), std::string::npos);
  // A unit after the figures makes them values.
  EXPECT_EQ(normalize_text("Tuesday 13/06 kg loads").find("June"), std::string::npos);
  // Dates with years keep their reading.
  EXPECT_EQ(normalize_text("On 23/04/2024 it rained."), "On the twenty third of April twenty twenty four it rained.");
}

// A day over twelve with a padded month is a date after any mark; after a determiner and a
// describing word the date takes no second "the".
TEST(SlashedDayMonth, PaddedMonthAndDescribedDate) {
  EXPECT_EQ(normalize_text("Forms are due by noon, 19/03."), "Forms are due by noon, the nineteenth of March.");
  EXPECT_EQ(normalize_text("The delayed 21/05 sailing left."), "The delayed twenty first of May sailing left.");
  // A fraction without a padded part stays a fraction.
  EXPECT_EQ(normalize_text("Mix in 3/4 of the flour."), "Mix in three quarters of the flour.");
}

// After "w/e", "w/c" and "y/e" a day and a month are a date, day first as the trade writes them.
TEST(SlashedDayMonth, TradePeriodsBeforeADayAndMonth) {
  EXPECT_EQ(normalize_text("Box office takings for w/e 14/9 fell."),
            "Box office takings for week ending the fourteenth of September fell.");
  EXPECT_EQ(normalize_text("The roster for w/c 6/4 is out."), "The roster for week commencing the sixth of April is out.");
  EXPECT_EQ(normalize_text("Accounts for y/e 30/6 were filed."), "Accounts for year ending the thirtieth of June were filed.");
}

}  // namespace briefcast
