// An amount before a noun, with one modifier between, said as one compound adjective.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AdjectivalQuantities, AWordOfHowOftenBetweenTheAmountAndItsNoun) {
  EXPECT_EQ(normalize_text("Guests pay a $30 nightly parking charge."), "Guests pay a thirty-dollar nightly parking charge.");
  EXPECT_EQ(normalize_text("The clinic set a 15mg daily dose."), "The clinic set a fifteen-milligram daily dose.");
  EXPECT_EQ(normalize_text("Members face a £12 weekly levy."), "Members face a twelve-pound weekly levy.");
}

TEST(AdjectivalQuantities, AnAdverbAfterTheAmountKeepsThePlural) {
  // No determiner before the amount: "daily" says how often it is paid.
  EXPECT_EQ(normalize_text("Commuters spend $18 daily on fares."), "Commuters spend eighteen dollars daily on fares.");
  // No noun after the word of how often.
  EXPECT_EQ(normalize_text("It costs a $22 weekly."), "It costs a twenty two dollars weekly.");
  // An adverb in -ly that is no adjective.
  EXPECT_EQ(normalize_text("the $8 million originally set aside"), "the eight million dollars originally set aside");
}

TEST(AdjectivalQuantities, ARatingThroughAParticipleOrAnAdjectiveInLess) {
  EXPECT_EQ(normalize_text("The tablet adds 33W wired charging."), "The tablet adds thirty-three-watt wired charging.");
  EXPECT_EQ(normalize_text("It also has 10W wireless charging."), "It also has ten-watt wireless charging.");
}

TEST(AdjectivalQuantities, ARatingBeforeAModifierWithNoNounKeepsThePlural) {
  EXPECT_EQ(normalize_text("It takes 27W wired and 7W wireless."), "It takes twenty seven watts wired and seven watts wireless.");
}

TEST(AdjectivalQuantities, APlantsRatingBeforeAPluralSizesEachOne) {
  EXPECT_EQ(normalize_text("The firm will build six 470 MWe units."), "The firm will build six four-hundred-seventy-megawatt-electric units.");
  EXPECT_EQ(normalize_text("They run two 150MWth boilers."), "They run two one-hundred-fifty-megawatt-thermal boilers.");
  // No noun after the rating: an amount.
  EXPECT_EQ(normalize_text("The reactor gave 320 MWe last week."), "The reactor gave three hundred twenty megawatts electric last week.");
}

}  // namespace briefcast
