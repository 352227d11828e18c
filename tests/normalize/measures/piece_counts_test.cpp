// A count of pieces before a set, a kit or a pack; "pc" elsewhere stays percent.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PieceCounts, PiecesBeforeASet) {
  EXPECT_EQ(normalize_text("She bought a 12-pc set of pans."), "She bought a twelve-piece set of pans.");
  EXPECT_EQ(normalize_text("A 40pc toolkit is on offer."), "A forty-piece toolkit is on offer.");
  EXPECT_EQ(normalize_text("The 6 pc pack sold out."), "The six-piece pack sold out.");
  EXPECT_EQ(normalize_text("It sold 24-pc sets."), "It sold twenty-four-piece sets.");
}

TEST(PieceCounts, PercentElsewhere) {
  // The British papers' percent: before a rise, a fall or nothing.
  EXPECT_EQ(normalize_text("Shares saw a 12pc rise."), "Shares saw a twelve-percent rise.");
  EXPECT_EQ(normalize_text("Sales fell 6 pc, the firm said."), "Sales fell six percent, the firm said.");
}

}  // namespace briefcast
