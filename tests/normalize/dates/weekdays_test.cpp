// Days of the week: abbreviated before a date or after a preposition of time, and with their
// day of the month.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Weekday, AbbreviatedWeekdayBeforeAMonth) {
  EXPECT_EQ(normalize_text("on Tue., Mar. 4"), "on Tuesday, March fourth");
  EXPECT_EQ(normalize_text("Thurs. Aug. 21"), "Thursday August twenty first");
}

TEST(Weekday, WeekdayWithoutItsPeriodBeforeADayAndMonth) {
  EXPECT_EQ(normalize_text("on Thurs 8th June"), "on Thursday the eighth of June");
  EXPECT_EQ(normalize_text("they Sat 4 exams"), "they Sat four exams");  // no date follows
}

TEST(Weekday, WeekdayAndOrdinalDayTakeThe) {
  EXPECT_EQ(normalize_text("due on Thursday 14th at noon"), "due on Thursday the fourteenth at noon");
  EXPECT_EQ(normalize_text("on Saturday 2nd March"), "on Saturday the second of March");
  EXPECT_EQ(normalize_text("from Wed 21st onwards"), "from Wednesday the twenty first onwards");
}

TEST(Weekday, AbbreviatedWeekdayAfterAPrepositionOfTime) {
  EXPECT_EQ(normalize_text("the board meets on Thur. to vote"), "the board meets on Thursday to vote");
  EXPECT_EQ(normalize_text("bids are due by Mon."), "bids are due by Monday.");
  EXPECT_EQ(normalize_text("rain is forecast for Tues. and later"), "rain is forecast for Tuesday and later");
  EXPECT_EQ(normalize_text("the vote at 2 p.m. Wed. in the hall"), "the vote at two PM Wednesday in the hall");
  EXPECT_EQ(normalize_text("polls close Tues. at 8 p.m."), "polls close Tuesday at eight PM.");
  EXPECT_EQ(normalize_text("a game Sat. night"), "a game Saturday night");
  EXPECT_EQ(normalize_text("closed until Sat. The park"), "closed until Saturday. The park");
  // Without a preposition of time a capital word with a period is left alone.
  EXPECT_EQ(normalize_text("an article in the Sun."), "an article in the Sun.");
}

TEST(Weekday, AbbreviatedWeekdayWithACommaBeforeADate) {
  EXPECT_EQ(normalize_text("Updated Thu, March 7"), "Updated Thursday, March seventh");
  EXPECT_EQ(normalize_text("Sat, 9 Nov 2024"), "Saturday, the ninth of November twenty twenty four");
  // No date after it, or a paper's name: left as written.
  // ("Fri" is no word, so it is the day wherever it stands: news_shorthand.cpp.)
  EXPECT_EQ(normalize_text("open Mon, Wed and Sat"), "open Mon, Wed and Sat");
  EXPECT_EQ(normalize_text("in The Sun, May 2 issue").find("Sunday"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Weekdays, AbbreviatedDaysInAPair) {
  EXPECT_EQ(normalize_text("Lessons run Tues. to Thurs. each week."), "Lessons run Tuesday to Thursday each week.");
  EXPECT_EQ(normalize_text("Closed Sat. and Sun. for repairs."), "Closed Saturday and Sunday for repairs.");
  EXPECT_EQ(normalize_text("open from Wed. this week"), "open from Wednesday this week");
  // After a clock with its "pm" glued on, as after "p.m.".
  EXPECT_EQ(normalize_text("ends at 9pm Fri. with fireworks"), "ends at nine PM Friday with fireworks");
  // A paper's name before a sentence end is no day.
  EXPECT_EQ(normalize_text("It was in the Sun. To be fair, it ran."), "It was in the Sun. To be fair, it ran.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Weekdays, UndottedDayBeforeAMonthAndItsDay) {
  EXPECT_EQ(normalize_text("Posted Thu May 9, 2024"), "Posted Thursday May ninth twenty twenty four");
}

}  // namespace briefcast

namespace briefcast {

TEST(Weekdays, AbbreviatedDayAfterWasOrIs) {
  EXPECT_EQ(normalize_text("The vote was Tues.; the count is Fri."), "The vote was Tuesday; the count is Friday.");
  EXPECT_EQ(normalize_text("Today is Sat. Tomorrow we rest."), "Today is Saturday. Tomorrow we rest.");
  // Without a period "Wed" after "was" stays as written.
  EXPECT_EQ(normalize_text("She was Wed to him"), "She was Wed to him");
}

TEST(Weekdays, TwoDaysJoinedBySlash) {
  EXPECT_EQ(normalize_text("The pool opens late on Fri/Sat in summer."), "The pool opens late on Friday and Saturday in summer.");
  // Lower case is no day's name.
  EXPECT_EQ(normalize_text("He sat/sun bathed.").find("Saturday"), std::string::npos);
}

// Two short day names joined without periods are both days.
TEST(Weekdays, ShortDaysJoinedWithoutPeriods) {
  EXPECT_EQ(normalize_text("The clinic opens Tue to Thu from 9am."), "The clinic opens Tuesday to Thursday from nine AM.");
  EXPECT_EQ(normalize_text("Lines are staffed from Mon to Sat."), "Lines are staffed from Monday to Saturday.");
  // A short name beside no other stays as written.
  EXPECT_EQ(normalize_text("Sat on the bench to wait.").find("Saturday"), std::string::npos);
}

TEST(Weekday, DottedDayWhosePeriodGoesOn) {
  EXPECT_EQ(normalize_text("The crowd on Wed., after the game, left."), "The crowd on Wednesday, after the game, left.");
  EXPECT_EQ(normalize_text("Half-price seats run Mon. and Sat. nights."),
            "Half-price seats run Monday and Saturday nights.");
  EXPECT_NE(normalize_text("a 3-for-2 Thu. offer").find("Thursday offer"), std::string::npos);
  // A paper's name after "the", and a period that ends the sentence, stay.
  EXPECT_EQ(normalize_text("The Sun., which had the story, said no.").find("Sunday"), std::string::npos);
  EXPECT_EQ(normalize_text("She reads The Sun. Her brother reads the Times.").find("Sunday"), std::string::npos);
}

TEST(Weekday, DayLettersSpanBesideHours) {
  EXPECT_NE(normalize_text("Call M-F 9am to 5pm on the helpline.").find("Call Monday to Friday"), std::string::npos);
  EXPECT_NE(normalize_text("The desk is staffed M\u2013Sa, 10 a.m. to 4 p.m.").find("Monday to Saturday"),
            std::string::npos);
  EXPECT_NE(normalize_text("Staffed M-F 07:30-16:00 by nurses.").find("Monday to Friday"), std::string::npos);
  // Without a time written as one near, the letters are something else.
  EXPECT_EQ(normalize_text("The M-F ratio in the class was 3:2.").find("Monday"), std::string::npos);
  EXPECT_EQ(normalize_text("Her M\u2013W results came back.").find("Monday"), std::string::npos);
  EXPECT_EQ(normalize_text("The M-F split stood at 5:3 in the office.").find("Monday"), std::string::npos);
  EXPECT_EQ(normalize_text("Call the M-F unit about the study.").find("Monday"), std::string::npos);
  // Only Monday opens a span: other letter pairs are towns and firms ("W-S" Winston-Salem).
  EXPECT_EQ(normalize_text("Firefighters in W-S were called at 3am.").find("Wednesday"), std::string::npos);
  EXPECT_EQ(normalize_text("The F-S line runs at 6pm.").find("Friday"), std::string::npos);
}

TEST(Weekday, ShortDayAfterACapitalIsAPlaceOrAPaper) {
  EXPECT_EQ(normalize_text("a farm near Usk, Mon., was sold").find("Monday"), std::string::npos);
  EXPECT_EQ(normalize_text("the Sydney Sun. printed it").find("Sunday"), std::string::npos);
  EXPECT_NE(normalize_text("Gates open Fri. 6pm for the fair.").find("Friday"), std::string::npos);
}

}  // namespace briefcast
