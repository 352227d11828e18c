// Two speeds of a broadband line, slashed: down and up.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LineSpeeds, DownThenUp) {
  EXPECT_EQ(normalize_text("The fibre tier gives 900/110 Mbps."),
            "The fibre tier gives nine hundred megabits per second down and one hundred ten up.");
  EXPECT_EQ(normalize_text("Rural homes get 25Mbps/5Mbps at best."),
            "Rural homes get twenty five megabits per second down and five up at best.");
  EXPECT_EQ(normalize_text("Users saw 1 Gbps/1 Gbps on launch day."),
            "Users saw one gigabit per second down and one up on launch day.");
}

TEST(LineSpeeds, BeforeANounThePairIsOnePlan) {
  EXPECT_EQ(normalize_text("The firm sells 150/30 Mbps plans."),
            "The firm sells one hundred fifty by thirty megabits per second plans.");
}

TEST(LineSpeeds, ASmallerFirstSpeedIsAChoice) {
  EXPECT_EQ(normalize_text("an old 10/100 Mbps port"), "an old ten or one hundred megabits per second port");
  EXPECT_EQ(normalize_text("a card of 100/1000/2500 Mbps"),
            "a card of one hundred, one thousand or two thousand five hundred megabits per second");
  // Falling speeds in a row are no choice the rule knows.
  EXPECT_EQ(normalize_text("a 100/10/1 Mbps mess").find(" or "), std::string::npos);
}

TEST(LineSpeeds, OtherUnitsAreNoSpeeds) {
  EXPECT_EQ(normalize_text("It was 135/85 mmHg."), "It was one hundred thirty five over eighty five millimeters of mercury.");
  EXPECT_EQ(normalize_text("It runs on 110/220 V mains."), "It runs on one hundred ten or two-hundred-twenty-volt mains.");
}

}  // namespace briefcast
