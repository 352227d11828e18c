// One core of counted people and things serves every rule that reads a count from the noun
// after it, so a noun added once is a count for each of them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "normalize/numbers/counted_nouns.h"

namespace briefcast {

TEST(CountedNouns, CoreHoldsPeopleAnimalsAndWholeThings) {
  EXPECT_TRUE(rules::is_counted_thing("spectators"));
  EXPECT_TRUE(rules::is_counted_thing("heifers"));
  EXPECT_TRUE(rules::is_counted_thing("parcels"));
  // Races are named after "100m": these stay with the rules that may take them.
  EXPECT_FALSE(rules::is_counted_thing("women"));
  EXPECT_FALSE(rules::is_counted_thing("runners"));
  // Measures are no whole things: "1.250 grams" keeps its decimals.
  EXPECT_FALSE(rules::is_counted_thing("grams"));
}

TEST(CountedNouns, OneNounCountsForEveryRule) {
  // A four-figure count rather than a year.
  EXPECT_EQ(normalize_text("The derby drew 1236 spectators."),
            "The derby drew one thousand two hundred thirty six spectators.");
  // Thousands parted off with points.
  EXPECT_EQ(normalize_text("The derby drew 8.500 spectators."), "The derby drew eight thousand five hundred spectators.");
  // Millions after a lower-case m.
  EXPECT_EQ(normalize_text("The tour drew 1.2m spectators."), "The tour drew one point two million spectators.");
}

TEST(CountedNouns, CurrenciesCountInThousandsWithPoints) {
  EXPECT_EQ(normalize_text("The fine was 5.000 pesos."), "The fine was five thousand pesos.");
}

}  // namespace briefcast
