// The games of a rally-scored match, each said as its two scores.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GameScores, TheGamesOfAMatchBesideItsResult) {
  EXPECT_EQ(normalize_text("The pair sealed a 21-18, 22-20 victory in Odense."),
            "The pair sealed a twenty one eighteen, twenty two twenty victory in Odense.");
  EXPECT_EQ(normalize_text("Okoro took an 11-9, 8-11, 11-6 win over the top seed."),
            "Okoro took an eleven nine, eight eleven, eleven six win over the top seed.");
  EXPECT_EQ(normalize_text("She won 25-22, 25-19 in straight sets."), "She won twenty five twenty two, twenty five nineteen in straight sets.");
  EXPECT_EQ(normalize_text("They came back from 14-19 down."), "They came back from fourteen nineteen down.");
}

TEST(GameScores, RangesAndOtherScoresStay) {
  EXPECT_EQ(normalize_text("Voters aged 18-24, 25-34 were asked."), "Voters aged eighteen to twenty four, twenty five to thirty four were asked.");
  EXPECT_EQ(normalize_text("The hosts were 1-0 down at the break."), "The hosts were one to zero down at the break.");
}

}  // namespace briefcast
