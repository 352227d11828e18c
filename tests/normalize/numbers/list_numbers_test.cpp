// A results list's place numbers inside a sentence are said with a comma's pause, not a full stop's.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ListNumbers, PlaceNumbersAfterAColonOrASemicolonPauseAsAComma) {
  EXPECT_EQ(normalize_text("Final standings: 1. Brask 410 pts; 2. Olander 388 pts; 3. Mira Tuvik 350 pts."),
            "Final standings: one, Brask four hundred ten points; two, Olander three hundred eighty eight points; "
            "three, Mira Tuvik three hundred fifty points.");
}

TEST(ListNumbers, ALineThatOpensWithTheListCountsItsFirstNumber) {
  EXPECT_EQ(normalize_text("1. Okafor 12 wins; 2. Lindqvist 10 wins"),
            "one, Okafor twelve wins; two, Lindqvist ten wins");
  EXPECT_EQ(normalize_text("1. Élise Marnot 88 pts, 2. Petra Sole 80 pts").substr(0, 11), "one, Élise");
}

TEST(ListNumbers, SentenceEndsKeepTheirPeriod) {
  // "No. 1." ends a sentence; the capitalised word after it opens the next one.
  EXPECT_EQ(normalize_text("She is ranked No. 1. Tomlin is second."),
            "She is ranked number one. Tomlin is second.");
  EXPECT_EQ(normalize_text("The home side won by 3. Harlow scored twice."),
            "The home side won by three. Harlow scored twice.");
  // A line's first number with no next item after it is no list of this kind.
  EXPECT_EQ(normalize_text("2. Volunteers meet at noon.").substr(0, 4), "two.");
  // Before a word in lower case the number is no place in a list of names.
  EXPECT_EQ(normalize_text("Rules: 1. no phones; 2. no food").find("one,"), std::string::npos);
}

TEST(ListNumbers, ADayBeforeItsMonthAndYearIsNoListItem) {
  // Pages written in German date an item "Stand: 5. Februar 2020": the period marks the day.
  EXPECT_EQ(normalize_text("Stand: 7. Oktober 2019").find("seven,"), std::string::npos);
}

}  // namespace briefcast
