// A price per pair, pack or item.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(UnitPrices, InventedSentences) {
  EXPECT_EQ(normalize_text("Trainers at $89/pr and socks at £6/pk sold out; cards cost 50p/ea."),
            "Trainers at eighty nine dollars a pair and socks at six pounds a pack sold out; cards cost fifty pence each.");
}

TEST(UnitPrices, PiecesAreNoPercent) {
  EXPECT_EQ(normalize_text("Bulk orders of the candles fell to €0.85/pc from €1.10."),
            "Bulk orders of the candles fell to eighty five cents a piece from one euro ten cents.");
  // Without a price before it the slash is no price per piece.
  EXPECT_EQ(normalize_text("Margins rose 5%/yr on average."), "Margins rose five percent per year on average.");
}

TEST(UnitPrices, SpacedSlashAfterAPrice) {
  EXPECT_EQ(normalize_text("Labels cost $4.20 / 100 sheets and the app €3 / mo. after a trial."),
            "Labels cost four dollars twenty cents per one hundred sheets and the app three euros per month after a trial.");
  // Two prices either side of the slash are a choice, not a rate.
  EXPECT_EQ(normalize_text("Seats are £30 / £20 for members."), "Seats are thirty pounds slash twenty pounds for members.");
}

}  // namespace briefcast
