// Fractions with an inch mark and pairs of marked sizes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DimensionMarks, InventedSentences) {
  EXPECT_EQ(normalize_text("Measure the gap with a 5/8\" spacer, then fit the 1-3/4\" hinge."),
            "Measure the gap with a five-eighths-inch spacer, then fit the one-and-three-quarter-inch hinge.");
  EXPECT_EQ(normalize_text("The studio is 12' x 20' and the desk is 30\" x 60\"."),
            "The studio is twelve feet by twenty feet and the desk is thirty inches by sixty inches.");
}

// A plus after an inch mark keeps the mark: the size is said in inches, then "plus".
TEST(DimensionMarks, APlusAfterAnInchMark) {
  EXPECT_EQ(normalize_text("Screens of 65\"+ are selling."), "Screens of sixty five inches plus are selling.");
  EXPECT_EQ(normalize_text("the 27\"+ monitors"), "the twenty seven inches plus monitors");
  EXPECT_EQ(normalize_text("Sizes run 40\"+, mostly."), "Sizes run forty inches plus, mostly.");
}

TEST(DimensionMarks, JoinedSidesWithAMark) {
  EXPECT_EQ(normalize_text("Grease the 8x8\" tin well."), "Grease the eight-by-eight-inch tin well.");
  EXPECT_EQ(normalize_text("The canvas is 16x20\"."), "The canvas is sixteen by twenty inches.");
}

TEST(DimensionMarks, FractionSignOfAnInchBeforeItsNoun) {
  EXPECT_EQ(normalize_text("Solder a ¼\" BSP elbow to the tank."), "Solder a quarter-inch B.S.P elbow to the tank.");
  EXPECT_EQ(normalize_text("Fit a ½\" to 15 mm reducer here."), "Fit a half-inch to fifteen-millimeter reducer here.");
  EXPECT_EQ(normalize_text("Lay 3/4\" MDF on the joists."), "Lay three-quarter-inch M.D.F on the joists.");
  EXPECT_EQ(normalize_text("Trim ½\" off the end."), "Trim half an inch off the end.");
}

TEST(DimensionMarks, PrimeAfterAWholeFigureIsFeet) {
  EXPECT_EQ(normalize_text("The shed has 32\u2032 eaves and a 10\u2032 door."),
            "The shed has thirty-two-foot eaves and a ten-foot door.");
  EXPECT_EQ(normalize_text("Waves came in 20\u2032 high."), "Waves came in twenty feet high.");
}

TEST(DimensionMarks, PrimeAfterADegreeOrAtAClauseEndIsNoFoot) {
  EXPECT_EQ(normalize_text("The buoy sits at 51\u00b0 30\u2032 north.").find("foot"), std::string::npos);
  EXPECT_EQ(normalize_text("He scored in the 78\u2032 and the crowd rose.").find("foot"), std::string::npos);
}

TEST(DimensionMarks, ScrewThreadSizeAndPitch) {
  EXPECT_EQ(normalize_text("Use 5/16\"-18 UNC cap screws on the bracket."),
            "Use five-sixteenths-inch eighteen U.N.C cap screws on the bracket.");
  EXPECT_EQ(normalize_text("The 1/2\"-20 fine thread holds better."), "The half-inch twenty fine thread holds better.");
  EXPECT_EQ(normalize_text("The tripod head takes a 3/8\"-16 plate."), "The tripod head takes a three-eighths-inch sixteen plate.");
  // With no fastener near, a quotation closing before a hyphen or a range of screens is no thread.
  EXPECT_EQ(normalize_text("The \"Top 10\"-20 split in the charts is narrowing.").find("inch"), std::string::npos);
  EXPECT_EQ(normalize_text("The sign said \"Exit 12\"-13 closed.").find("inch"), std::string::npos);
}

TEST(DimensionMarks, MetricThreadsDiameterByPitch) {
  EXPECT_EQ(normalize_text("Use M10 \u00d7 1.5 bolts on the bracket."), "Use M ten by one point five bolts on the bracket.");
  EXPECT_EQ(normalize_text("The kit has M5x0.8 screws."), "The kit has M five by zero point eight screws.");
  // A motorway and a count are no thread.
  EXPECT_EQ(normalize_text("Queues on the M6 x 2 lanes grew.").find(" by "), std::string::npos);
  EXPECT_EQ(normalize_text("Drive the M4 \u00d7 1.5 hours west.").find(" by "), std::string::npos);
}

TEST(DimensionMarks, AFractionOfInchesBeforeANameAndItsNoun) {
  EXPECT_EQ(normalize_text("A 2\u00bd\" Rapala lure and a 6\" Wusthof knife."),
            "A two-and-a-half-inch Rapala lure and a six-inch Wusthof knife.");
}

}  // namespace briefcast
