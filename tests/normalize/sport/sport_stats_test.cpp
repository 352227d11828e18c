// Box-score shorthand: stats after their figures, stats joined by slashes, rounds.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SportStats, HockeyGoalsAndAssistsSideBySide) {
  EXPECT_EQ(normalize_text("Larsen posted 2G, 1A against Ottawa."), "Larsen posted two goals, one assist against Ottawa.");
  EXPECT_EQ(normalize_text("The rookie had 1G 3A on the night."), "The rookie had one goal three assists on the night.");
}

TEST(SportStats, ALetterAloneIsNoStat) {
  EXPECT_EQ(normalize_text("Phones on 5G are faster."), "Phones on five G are faster.");
  EXPECT_EQ(normalize_text("Gates 1A, 2A are shut."), "Gates one Eh, two Eh are shut.");
}

TEST(SportStats, BasketballStatsAfterTheirFigures) {
  EXPECT_EQ(normalize_text("Okafor added 14 reb, 6 blk in the loss."),
            "Okafor added fourteen rebounds, six blocks in the loss.");
  EXPECT_EQ(normalize_text("She had 9 ast and 3 stl."), "She had nine assists and three steals.");
  EXPECT_EQ(normalize_text("He finished with 1 reb."), "He finished with one rebound.");
}

TEST(SportStats, StatsJoinedBySlashes) {
  EXPECT_EQ(normalize_text("Her pts/reb/ast line was the best."), "Her points, rebounds and assists line was the best.");
  EXPECT_EQ(normalize_text("a leader in stl/blk"), "a leader in steals and blocks");
}

TEST(SportStats, RoundBeforeItsNumber) {
  EXPECT_EQ(normalize_text("Tickets for Rd 9 go on sale."), "Tickets for Round nine go on sale.");
  EXPECT_EQ(normalize_text("the Rnd 21 fixture"), "the Round twenty one fixture");
  EXPECT_EQ(normalize_text("before NRL Rd 7 kicks off"), "before N.R.L Round seven kicks off");
  EXPECT_EQ(normalize_text("at 9 Station Rd 2 miles away"), "at nine Station Road two miles away");
}

TEST(SportStats, Interceptions) {
  EXPECT_EQ(normalize_text("He threw 2 INTs in the first half."), "He threw two interceptions in the first half.");
  EXPECT_EQ(normalize_text("The rookie had 1 TD and 1 INT."), "The rookie had one T.D and one interception.");
}

TEST(SportStats, ShootingSplits) {
  EXPECT_EQ(normalize_text("The guard posted 51/42/91 shooting splits."),
            "The guard posted fifty one, forty two, ninety one shooting splits.");
  EXPECT_EQ(normalize_text("Few have joined the 50/40/90 club."), "Few have joined the fifty, forty, ninety club.");
}

}  // namespace briefcast
