// A dart's bed by its ring and number.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DartsMarks, CheckoutListSaidByRing) {
  EXPECT_EQ(normalize_text("She took out 130 with T20, S20, D25 to break throw."),
            "She took out one hundred thirty with treble twenty, single twenty, double twenty five to break throw.");
  EXPECT_EQ(normalize_text("His nine-dart bid died on D18 after T20, T20, T20 and T20, T19."),
            "His nine-dart bid died on double eighteen after treble twenty, treble twenty, treble twenty and treble twenty, treble nineteen.");
}

TEST(DartsMarks, SingleBedAmongDartsWords) {
  EXPECT_EQ(normalize_text("He missed D16 three times at the oche."),
            "He missed double sixteen three times at the oche.");
}

TEST(DartsMarks, BestOfLegsLowercase) {
  EXPECT_EQ(normalize_text("Group games are bo5 legs at the darts festival."),
            "Group games are best of five legs at the darts festival.");
}

TEST(DartsMarks, NotCricketOrRoads) {
  // A cricket format stays itself, in a list too.
  EXPECT_EQ(normalize_text("The T20 side batted first and lost four wickets.").find("treble"), std::string::npos);
  EXPECT_EQ(normalize_text("Formats: T20, T10, ODI and Tests, with overs cut.").find("treble"), std::string::npos);
  // Roads and tax codes, with no word of darts.
  EXPECT_EQ(normalize_text("Take the D12 to the coast.").find("double"), std::string::npos);
  EXPECT_EQ(normalize_text("The bus runs on the T20 from the station.").find("treble"), std::string::npos);
}

}  // namespace briefcast
