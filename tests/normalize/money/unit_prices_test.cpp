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
            "Bulk orders of the candles fell to eighty five euro cents a piece from one euro ten cents.");
  // Without a price before it the slash is no price per piece.
  EXPECT_EQ(normalize_text("Margins rose 5%/yr on average."), "Margins rose five percent per year on average.");
}

TEST(UnitPrices, SpacedSlashAfterAPrice) {
  EXPECT_EQ(normalize_text("Labels cost $4.20 / 100 sheets and the app €3 / mo. after a trial."),
            "Labels cost four dollars twenty cents per one hundred sheets and the app three euros per month after a trial.");
  // Two prices either side of the slash are a choice, not a rate.
  EXPECT_EQ(normalize_text("Seats are £30 / £20 for members."), "Seats are thirty pounds slash twenty pounds for members.");
}

TEST(UnitPrices, SpacedSlashBeforeAListIsNoRate) {
  // A word after the slash that is no unit opens the next item of a list of prices.
  EXPECT_EQ(normalize_text("Entry is €12 / pupils €6 at the castle."), "Entry is twelve euros slash pupils six euros at the castle.");
  EXPECT_EQ(normalize_text("The ferry costs $3.50 / free for pensioners."),
            "The ferry costs three dollars fifty cents slash free for pensioners.");
  // A bare count with no goods after it is a second price.
  EXPECT_EQ(normalize_text("Stalls cost £40 / 25 for charities."), "Stalls cost forty pounds slash twenty five for charities.");
  EXPECT_EQ(normalize_text("Day tickets are 9 € / 7 € for students."), "Day tickets are nine euros slash seven euros for students.");
  // What the price counts, and "each", which needs no "per".
  EXPECT_EQ(normalize_text("Cabins go for €85 / night and towels €2 / each."),
            "Cabins go for eighty five euros per night and towels two euros each.");
}

TEST(UnitPrices, SpacedSlashAfterAContinentalPrice) {
  EXPECT_EQ(normalize_text("The flat in Porto rents at €1.350 / month."),
            "The flat in Porto rents at one thousand three hundred fifty euros per month.");
  EXPECT_EQ(normalize_text("Olive oil sold at 8,40 € / l in Bari."), "Olive oil sold at eight euros forty cents per liter in Bari.");
}

}  // namespace briefcast
