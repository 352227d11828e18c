// How often a dose is taken, written after the dose.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DoseFrequencies, SaidAsPeopleSayThem) {
  EXPECT_EQ(normalize_text("Give 250mg b.d. with meals for five days."),
            "Give two hundred fifty milligrams twice a day with meals for five days.");
  EXPECT_EQ(normalize_text("The syrup is 10 ml t.d.s. for children."),
            "The syrup is ten milliliters three times a day for children.");
  EXPECT_EQ(normalize_text("Patients took 2 tablets q.d.s. after surgery."),
            "Patients took two tablets four times a day after surgery.");
  EXPECT_EQ(normalize_text("She was prescribed 20mg nocte by her GP."),
            "She was prescribed twenty milligrams at night by her G.P.");
}

TEST(DoseFrequencies, OnlyAfterADose) {
  EXPECT_EQ(normalize_text("The bid was rejected by the board."),
            "The bid was rejected by the board.");
  EXPECT_EQ(normalize_text("Shares in BD rose 3% on Monday."),
            "Shares in B.D rose three percent on Monday.");
}

TEST(DoseFrequencies, RouteAfterADose) {
  EXPECT_EQ(normalize_text("The dose was 40 mg i.v. on day one."), "The dose was forty milligrams intravenously on day one.");
  EXPECT_EQ(normalize_text("Insulin was given at 10 units s.c. before meals."),
            "Insulin was given at ten units subcutaneously before meals.");
}

}  // namespace briefcast

namespace briefcast {

TEST(DoseFrequencies, AfterARangeOrADosePerKilogram) {
  EXPECT_EQ(normalize_text("Give 2-4 mL q.d.s. until the fever settles."),
            "Give two to four milliliters four times a day until the fever settles.");
  EXPECT_EQ(normalize_text("Heparin runs at 75 units/kg s.c. b.d. after the operation."),
            "Heparin runs at seventy five units per kilogram subcutaneously twice a day after the operation.");
}

TEST(DoseFrequencies, IntervalsAndTheMostInADay) {
  EXPECT_EQ(normalize_text("Take 1 tablet q6h PRN, max. 4/24h."),
            "Take one tablet every six hours when needed, maximum four in twenty four hours.");
  EXPECT_EQ(normalize_text("The nurse gave 10 mg q2-4h for the pain."),
            "The nurse gave ten milligrams every two to four hours for the pain.");
  EXPECT_EQ(normalize_text("She takes 50 mcg o.m. with water."), "She takes fifty micrograms every morning with water.");
}

TEST(DoseFrequencies, ACourseInDaysWeeksOrMonths) {
  EXPECT_EQ(normalize_text("The antibiotic is 250 mg b.d. for 7/7."),
            "The antibiotic is two hundred fifty milligrams twice a day for seven days.");
  EXPECT_EQ(normalize_text("Stay on the tablets for 6/52 and then review."),
            "Stay on the tablets for six weeks and then review.");
}

TEST(DoseFrequencies, AfterTheDrugsName) {
  EXPECT_EQ(normalize_text("The cat received 5 mg/kg of marbofloxacin s.i.d. for ten days."),
            "The cat received five milligrams per kilogram of marbofloxacin once a day for ten days.");
  EXPECT_EQ(normalize_text("He was started on 500 mg metformin BID at diagnosis."),
            "He was started on five hundred milligrams metformin twice a day at diagnosis.");
  // In lower case and without periods the initials may be words; after a drug's name they stay.
  EXPECT_EQ(normalize_text("Give 250 mg of amoxicillin tid with food."),
            "Give two hundred fifty milligrams of amoxicillin tid with food.");
}

TEST(DoseFrequencies, WeeklyIntervalsAndPlacebo) {
  EXPECT_EQ(normalize_text("They got 150 mg s.c. q2w for a year."),
            "They got one hundred fifty milligrams subcutaneously every two weeks for a year.");
  EXPECT_EQ(normalize_text("Half got placebo i.v. q3w instead."), "Half got placebo intravenously every three weeks instead.");
}

}  // namespace briefcast
