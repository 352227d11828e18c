// Shares of a hundred and clinical spans written with slashes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedShares, SharesOfAHundredBeforeANoun) {
  EXPECT_EQ(normalize_text("Their 60/30/10 grain bill of barley, wheat and oats gives a pale beer."),
            "Their sixty, thirty, ten grain bill of barley, wheat and oats gives a pale beer.");
  EXPECT_EQ(normalize_text("A 50/25/25 split of the prize went to the three crews."),
            "A fifty, twenty five, twenty five split of the prize went to the three crews.");
  EXPECT_EQ(normalize_text("The 40/20/20/20 blend sells well."), "The forty, twenty, twenty, twenty blend sells well.");
}

TEST(SlashedShares, NotOtherSlashes) {
  // Not adding to a hundred, no noun after, or a date's place.
  EXPECT_EQ(normalize_text("a 10/20/30 blend").find("ten, twenty"), std::string::npos);
  EXPECT_EQ(normalize_text("The marks were 40/30/30.").find("forty, thirty"), std::string::npos);
  EXPECT_EQ(normalize_text("filed on 10/30/60 records").find("ten, thirty"), std::string::npos);
}

TEST(SlashedShares, ClinicalDaysAndWeeks) {
  EXPECT_EQ(normalize_text("Apply the cream twice daily for 7/7 and review."),
            "Apply the cream twice daily for seven days and review.");
  EXPECT_EQ(normalize_text("The vet prescribed antibiotic tabs for 10/7 after the bite."),
            "The vet prescribed antibiotic tabs for ten days after the bite.");
  EXPECT_EQ(normalize_text("Keep the dressing dry, finish the course and review in 2/52."),
            "Keep the dressing dry, finish the course and review in two weeks.");
}

TEST(SlashedShares, ClinicalMonthsAndDoseCues) {
  EXPECT_EQ(normalize_text("The GP prescribed iron tablets for 3/12 then a blood test."),
            "The G.P prescribed iron tablets for three months then a blood test.");
  EXPECT_EQ(normalize_text("Give paracetamol as needed for 2/7."), "Give paracetamol as needed for two days.");
  // A share of a year's months stays a fraction.
  EXPECT_EQ(normalize_text("Sales fell in 5/12 of the months.").find("months of"), std::string::npos);
}

TEST(SlashedShares, ClinicalSpanNeedsItsLine) {
  EXPECT_EQ(normalize_text("He covered 3/7 of the distance for 5/7 of the time."),
            "He covered three sevenths of the distance for five sevenths of the time.");
  EXPECT_EQ(normalize_text("The walkers rested for 4/7 of the route.").find("days"), std::string::npos);
}

TEST(SlashedShares, ACountOfPeopleIsNoSpan) {
  EXPECT_EQ(normalize_text("Pain eased in 4/7 patients given the new dose.").find("days"), std::string::npos);
}

TEST(SlashedShares, DividedShares) {
  EXPECT_EQ(normalize_text("The prize money is split 50/25/15 among the top three."),
            "The prize money is split fifty, twenty five and fifteen percent among the top three.");
  EXPECT_EQ(normalize_text("Custody is split 30/20/10 by the court."), "Custody is split thirty, twenty, ten by the court.");
  // Rising figures after "split" are no shares: a date or a score.
  EXPECT_NE(normalize_text("they split 10/12/25 at dawn"), "they split ten, twelve, twenty five at dawn");
}

TEST(SlashedShares, CountOfTotalBeforePeople) {
  EXPECT_EQ(normalize_text("The drug helped 7/9 patients in the pilot."),
            "The drug helped seven of nine patients in the pilot.");
  EXPECT_EQ(normalize_text("Support for Python 2/3 users ends."), normalize_text("Support for Python 2/3 users ends."));
  EXPECT_NE(normalize_text("Support for Python 2/3 users ends."), "Support for Python two of three users ends.");
}

TEST(SlashedShares, PercentagesOfAList) {
  EXPECT_EQ(normalize_text("Turnout was 61/55/48% in the three wards."), "Turnout was sixty one, fifty five and forty eight percent in the three wards.");
  EXPECT_EQ(normalize_text("Yields of 3/4.5/6 percent were offered."), "Yields of three, four point five and six percent were offered.");
  // Two figures are a split or a ratio, left to their rules.
  EXPECT_EQ(normalize_text("a 70/30% blend").find(" and "), std::string::npos);
}

TEST(SlashedShares, SizesInPairs) {
  EXPECT_EQ(normalize_text("The hinge comes in 30/40 and 45/55 sizes."),
            "The hinge comes in thirty forty and forty five fifty five sizes.");
  EXPECT_EQ(normalize_text("Both 10/12 sizes sold out."), "Both ten twelve sizes sold out.");
  // A fraction of single figures is a size of its own: "three quarter size".
  EXPECT_EQ(normalize_text("She plays a 3/4 size cello.").find("three four"), std::string::npos);
  // Not before "sizes", the pair keeps its other readings.
  EXPECT_EQ(normalize_text("The vote was 30/40 against.").find("thirty forty"), std::string::npos);
}

// A word of time or price between the pair and a plural of attempts makes the pair a fraction
// of a ticket or a price ("one half day passes"), never a tally; a sport's modifier still tallies.
TEST(SlashedShares, TimeOrPriceModifierIsNoTally) {
  EXPECT_EQ(normalize_text("Visitors may buy 1/2 week passes online."), "Visitors may buy one half week passes online.");
  EXPECT_EQ(normalize_text("The pub serves 1/2 price shots on Fridays.").find("of two"), std::string::npos);
  EXPECT_EQ(normalize_text("The gym sells 3/4 month passes.").find("of four"), std::string::npos);
  EXPECT_NE(normalize_text("Farrell landed 5/7 penalty kicks on Sunday.").find("five"), std::string::npos);
  EXPECT_EQ(normalize_text("Farrell landed 5/7 penalty kicks on Sunday.").find("fifth"), std::string::npos);
}

}  // namespace briefcast
