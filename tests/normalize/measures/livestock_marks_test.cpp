// A livestock or dairy report's shorthand.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LivestockMarks, WeightAPriceIsQuotedOn) {
  EXPECT_EQ(normalize_text("Heifers sold to 281p/kg lw at the mart."),
            "Heifers sold to two hundred eighty one pence per kilogram liveweight at the mart.");
  EXPECT_EQ(normalize_text("Lamb prices eased to 690p/kg dw this week."),
            "Lamb prices eased to six hundred ninety pence per kilogram deadweight this week.");
}

TEST(LivestockMarks, LettersAwayFromLivestock) {
  EXPECT_EQ(normalize_text("The parcel weighed 2kg lw said."), "The parcel weighed two kilograms lw said.");
}

TEST(LivestockMarks, CrossBredBeast) {
  EXPECT_EQ(normalize_text("A Charolais x heifer topped the sale at the mart."),
            "A Charolais-cross heifer topped the sale at the mart.");
}

TEST(LivestockMarks, TwoBreedsCrossed) {
  EXPECT_EQ(normalize_text("A Simmental x Angus steer led the mart."), "A Simmental cross Angus steer led the mart.");
}

TEST(LivestockMarks, CrossAwayFromLivestock) {
  EXPECT_EQ(normalize_text("The Ferrari x Pirelli tyres arrived."), "The Ferrari x Pirelli tyres arrived.");
}

TEST(LivestockMarks, DailyLiveweightGain) {
  EXPECT_EQ(normalize_text("Calves hit their DLWG target."), "Calves hit their daily liveweight gain target.");
}

TEST(LivestockMarks, PencePerLitre) {
  EXPECT_EQ(normalize_text("The milk price rises to 41.5ppl in May."), "The milk price rises to forty one point five pence per litre in May.");
  EXPECT_EQ(normalize_text("Diesel fell 3 ppl last month."), "Diesel fell three pence per litre last month.");
}

}  // namespace briefcast
