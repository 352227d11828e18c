// A tied place on a golf leaderboard.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GolfPlaces, TiedPlaceBesideGolfWords) {
  EXPECT_EQ(normalize_text("Lowry birdied the last two holes to climb to T6."),
            "Lowry birdied the last two holes to climb to tied sixth.");
  EXPECT_EQ(normalize_text("a T22 finish at 3-over par"), "a tied twenty second finish at three over par");
}

TEST(GolfPlaces, CodesElsewhereStay) {
  EXPECT_EQ(normalize_text("the bus runs on route T6 to the airport"), "the bus runs on route T six to the airport");
}

}  // namespace briefcast
