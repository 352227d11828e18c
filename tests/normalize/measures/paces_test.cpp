// A runner's minutes and seconds per a distance, written like a clock before the unit's slash.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Paces, MinutesAndSecondsPerADistance) {
  EXPECT_EQ(normalize_text("She held 3:58/km on the climb."), "She held three fifty eight per kilometer on the climb.");
  EXPECT_EQ(normalize_text("His easy runs sit near 7:12/mi these days."),
            "His easy runs sit near seven twelve per mile these days.");
  // Seconds under ten keep their zero; a whole minute is said as minutes.
  EXPECT_EQ(normalize_text("The group ran 4:07/km."), "The group ran four oh seven per kilometer.");
  EXPECT_EQ(normalize_text("Target 5:00/km for the long run."), "Target five minutes per kilometer for the long run.");
}

TEST(Paces, TheUnitInAWordOfItsOwn) {
  EXPECT_EQ(normalize_text("The tempo block was at 4:22 min/km."), "The tempo block was at four twenty two per kilometer.");
  // A rower's split is per five hundred meters.
  EXPECT_EQ(normalize_text("Her split dropped to 1:49/500m."), "Her split dropped to one forty nine per five hundred meters.");
}

TEST(Paces, AClockWithoutADistanceIsNoPace) {
  EXPECT_EQ(normalize_text("The train left at 4:15 on Sunday.").find("per"), std::string::npos);
}

TEST(Paces, SecondsPerADistance) {
  EXPECT_EQ(normalize_text("He held 31s/100m on the rower."), "He held thirty one seconds per one hundred meters on the rower.");
  EXPECT_EQ(normalize_text("The squad averaged 33.4 s/50m in the kick set."),
            "The squad averaged thirty three point four seconds per fifty meters in the kick set.");
}

// Past the pace rule's two figures of seconds, or with the distance in a word of its own, the
// measure rules read the "s" with the pace rule's own test.
TEST(Paces, SecondsBeforeADistanceInTheMeasureRules) {
  EXPECT_EQ(normalize_text("The long set ran at 128.5 s/200m for the juniors."),
            "The long set ran at one hundred twenty eight point five seconds per two hundred meters for the juniors.");
  EXPECT_EQ(normalize_text("Her kick held 52 s/100 m all week."),
            "Her kick held fifty two seconds per one hundred meters all week.");
}

TEST(Paces, ASplitToATenthOfASecond) {
  EXPECT_EQ(normalize_text("She pulled a 1:45.6/500m split on the erg."),
            "She pulled a one forty five point six per five hundred meters split on the erg.");
}

}  // namespace briefcast
