// Figures of a gymnastics line: scores to three places, D/E pairs, and half-unit turns.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GymnasticsScores, TrailingZerosOfAScoreAreNotSaid) {
  EXPECT_EQ(normalize_text("The pairing posted 13.450 on the uneven bars and 12.800 on beam."),
            "The pairing posted thirteen point four five on the uneven bars and twelve point eight on beam.");
  // All zeros after the point: the whole score alone.
  EXPECT_EQ(normalize_text("Her floor routine earned a 54.000 all-around mark."),
            "Her floor routine earned a fifty four all-around mark.");
  // A score with no zero to drop keeps its three places.
  EXPECT_EQ(normalize_text("The vault final came down to 15.100 and 14.966."),
            "The vault final came down to fifteen point one and fourteen point nine six six.");
}

TEST(GymnasticsScores, DifficultyAndExecutionPairSaidOneAfterTheOther) {
  EXPECT_EQ(normalize_text("A gymnast scored 14.050 (5.9/8.150) in the vault final."),
            "A gymnast scored fourteen point o five (five point nine, eight point one five) in the vault final.");
}

TEST(GymnasticsScores, OtherFiguresToThreePlacesAreLeft) {
  // No word of a gym near it.
  EXPECT_EQ(normalize_text("The fund returned 2.350 last year, says the bank."),
            "The fund returned two point three five zero last year, says the bank.");
  // A unit after it: no judges' score.
  EXPECT_EQ(normalize_text("The vault rate is 4.250 percent on the floor."),
            "The vault rate is four point two five zero percent on the floor.");
  // "mag" in lower case is no cue.
  EXPECT_EQ(normalize_text("The mag costs 3.500 in the shop."), "The mag costs three point five zero zero in the shop.");
}

TEST(GymnasticsScores, HalfTurnsSaidAsAndAHalf) {
  EXPECT_EQ(normalize_text("The skater landed a 3.5 turn before the dismount."),
            "The skater landed a three-and-a-half turn before the dismount.");
  EXPECT_EQ(normalize_text("He tightened the bolt 1.5 turns and the diver tried a 4.5 somersault."),
            "He tightened the bolt one and a half turns and the diver tried a four-and-a-half somersault.");
  EXPECT_EQ(normalize_text("Give the valve a 0.5 turn."), "Give the valve a half turn.");
  // Not before a word of turning, or a half alone before a plural: left to the decimal rule.
  EXPECT_EQ(normalize_text("The coach rated the boat 2.5 overall."), "The coach rated the boat two point five overall.");
  EXPECT_EQ(normalize_text("They swapped 0.5 turns."), "They swapped zero point five turns.");
}

}  // namespace briefcast
