// A term written short in finance copy.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Tenors, MonthsAndYearsBeforeAWordOfRates) {
  EXPECT_EQ(normalize_text("Banks cut the 24M fixed price."), "Banks cut the twenty-four-month fixed price.");
  EXPECT_EQ(normalize_text("6M Sonia edged up."), "six-month Sonia edged up.");
  EXPECT_EQ(normalize_text("The 30Y yield hit a high."), "The thirty-year yield hit a high.");
}

TEST(Tenors, ElsewhereMillions) {
  EXPECT_EQ(normalize_text("a 12M budget"), "a twelve million budget");
}

}  // namespace briefcast

namespace briefcast {

TEST(Tenors, YearsBeforeABondsName) {
  EXPECT_EQ(normalize_text("The 5Y OAT auction went well."), "The five-year O.A.T auction went well.");
  EXPECT_EQ(normalize_text("They sold 5M bonds."), "They sold five million bonds.");
}

}  // namespace briefcast
