// A steam locomotive's wheel arrangement among words of railways, zero said "oh".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(WheelArrangements, CountsOfWheelsAmongRailwayWords) {
  EXPECT_EQ(normalize_text("The 4-4-0 locomotive ran fast."), "The four-four-oh locomotive ran fast.");
  EXPECT_EQ(normalize_text("a 2-10-0 freight loco"), "a two-ten-oh freight loco");
  EXPECT_EQ(normalize_text("The line bought three 2-6-2s for the steam service."),
            "The line bought three two-six-twos for the steam service.");
  EXPECT_EQ(normalize_text("Two 4-8-8-4 engines hauled the coal on the railroad."),
            "Two four-eight-eight-four engines hauled the coal on the railroad.");
}

TEST(WheelArrangements, TankLettersNeedNoOtherWord) {
  EXPECT_EQ(normalize_text("It was a 0-6-0PT from Swindon."), "It was an oh-six-oh P.T from Swindon.");
  EXPECT_EQ(normalize_text("the 2-6-4T"), "the two-six-four T");
}

TEST(WheelArrangements, TheTypeNameAfterIt) {
  EXPECT_EQ(normalize_text("Their 4-6-4 Hudson set a record."), "Their four-six-four Hudson set a record.");
  EXPECT_EQ(normalize_text("two 2-8-0 Consolidations"), "two two-eight-oh Consolidations");
}

TEST(WheelArrangements, OtherShapesAreLeft) {
  // A football formation and a score with the same shape.
  EXPECT_EQ(normalize_text("They lined up 4-4-2 again."), "They lined up four four two again.");
  // An odd count of wheels is no arrangement.
  EXPECT_EQ(normalize_text("the steam fair ran 3-5-1"), "the steam fair ran three five one");
}

}  // namespace briefcast
