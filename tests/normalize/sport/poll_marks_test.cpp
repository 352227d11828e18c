// Poll tables, signed points and the period after an amount.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PollMarks, PartiesAbbreviatedBeforeTheirShare) {
  EXPECT_EQ(normalize_text("Con 31% Lab 29% Grn 8%"),
            "Conservative thirty one percent Labour twenty nine percent Green eight percent");
  EXPECT_EQ(normalize_text("Dem 47% Rep 45%"), "Democrat forty seven percent Republican forty five percent");
  // Without a share after it the word is left alone.
  EXPECT_EQ(normalize_text("the Lab results"), "the Lab results");
}

TEST(PollMarks, PointsAfterASignedFigure) {
  EXPECT_EQ(normalize_text("Reform (+2 pts)"), "Reform (plus two points)");
  EXPECT_EQ(normalize_text("an error of ±2.5 pts"), "an error of plus or minus two point five points");
  EXPECT_EQ(normalize_text("the Greens -1 pt"), "the Greens minus one point");
}

TEST(PollMarks, ThePlusMinusStatisticNamed) {
  EXPECT_EQ(normalize_text("a +/- of -7 this season"), "a plus-minus of minus seven this season");
  EXPECT_EQ(normalize_text("his +/- rating"), "his plus-minus rating");
  // The sign of a margin stays "plus or minus".
  EXPECT_EQ(normalize_text("within +/- 3 points"), "within plus or minus three points");
}

TEST(PollMarks, AnAmountAndThePeriodItIsPaidIn) {
  EXPECT_EQ(normalize_text("a wage of £90k p/w"), "a wage of ninety thousand pounds per week");
  EXPECT_EQ(normalize_text("a £2,400 pa ground rent"), "a two-thousand-four-hundred-pound-a-year ground rent");
  EXPECT_EQ(normalize_text("rent of £950 pcm, bills extra"), "rent of nine hundred fifty pounds per calendar month, bills extra");
  EXPECT_EQ(normalize_text("at €750 p.a. for members"), "at seven hundred fifty euros per annum for members");
}

TEST(PollMarks, UnchangedShare) {
  EXPECT_EQ(normalize_text("Reform 12% (nc), Greens 9% (n/c)."), "Reform twelve percent (no change), Greens nine percent (no change).");
  // Not after a share.
  EXPECT_EQ(normalize_text("Raleigh (NC) is the capital."), "Raleigh (N.C) is the capital.");
  EXPECT_EQ(normalize_text("Trump won 51% (NC) and 50% (GA)."), "Trump won fifty one percent (N.C) and fifty percent (G.A).");
}

TEST(PollMarks, PointsAfterAFigureAndTheNameOfATable) {
  EXPECT_EQ(normalize_text("She sits on 3,410 Order of Merit pts."), "She sits on three thousand four hundred ten Order of Merit points.");
  EXPECT_EQ(normalize_text("He banked 64 bonus pts there."), "He banked sixty four bonus points there.");
}

TEST(PollMarks, PtsWithNoFigureBeforeItsNameStays) {
  EXPECT_EQ(normalize_text("Ward pts were moved.").find("points"), std::string::npos);
  EXPECT_EQ(normalize_text("up 4, to pts").find("points"), std::string::npos);
}

TEST(PollMarks, DottedPeriodsAfterAnAmount) {
  EXPECT_EQ(normalize_text("The studio lets for £1,150 p.m. plus bills."),
            "The studio lets for one thousand one hundred fifty pounds per month plus bills.");
  EXPECT_EQ(normalize_text("Cleaners earn £410 p.w. on average."),
            "Cleaners earn four hundred ten pounds per week on average.");
  EXPECT_EQ(normalize_text("The lease costs £9,000 p.a. It rises yearly."),
            "The lease costs nine thousand pounds per annum. It rises yearly.");
  // No amount before it: a time of day.
  EXPECT_EQ(normalize_text("Doors open at 7 p.m. and close late."), "Doors open at seven PM and close late.");
}

TEST(PollMarks, AmountPerPeriodBeforeItsNoun) {
  EXPECT_EQ(normalize_text("Owners face a £4,300 p.a. ground rent."),
            "Owners face a four-thousand-three-hundred-pound-a-year ground rent.");
  EXPECT_EQ(normalize_text("Members pay a $45/mo. gym fee."), "Members pay a forty-five-dollar-a-month gym fee.");
  EXPECT_EQ(normalize_text("Dues are $45/mo., and rising."), "Dues are forty five dollars per month, and rising.");
  EXPECT_EQ(normalize_text("Dues are $45/mo. and rising."), "Dues are forty five dollars per month and rising.");
  // No article: the amount stays a sum.
  EXPECT_EQ(normalize_text("He pays £900 p.m. rent."), "He pays nine hundred pounds per month rent.");
}

}  // namespace briefcast
