// Attributive money: a participle after an amount, a price per unit before its noun, a code with
// glued scale letters before its noun, and a two-word currency with cents.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AmountVerbs, AParticipleAfterTheAmountKeepsItPlural) {
  EXPECT_EQ(normalize_text("beat the record $7,200 set in 2019"), "beat the record seven thousand two hundred dollars set in twenty nineteen");
  EXPECT_EQ(normalize_text("the \u00a3300 spent on repairs"), "the three hundred pounds spent on repairs");
  EXPECT_EQ(normalize_text("the $4m held back for claims"), "the four million dollars held back for claims");
}

TEST(AmountVerbs, TheSameWordAsAnAdjectiveStaysInTheCompound) {
  EXPECT_EQ(normalize_text("a $30 set menu"), "a thirty-dollar set menu");
  EXPECT_EQ(normalize_text("a $5 fee"), "a five-dollar fee");
}

TEST(AmountVerbs, APricePerUnitBeforeItsNoun) {
  EXPECT_EQ(normalize_text("the $60/tonne levy on exports"), "the sixty-dollar-a-tonne levy on exports");
  EXPECT_EQ(normalize_text("prices of $60/tonne in May"), "prices of sixty dollars per tonne in May");
}

TEST(AmountVerbs, ACodeWithGluedScaleBeforeItsNoun) {
  EXPECT_EQ(normalize_text("the GBP 3.2bn merger"), "the three-point-two-billion-pound merger");
  EXPECT_EQ(normalize_text("raised GBP 3.2bn in May"), "raised three point two billion pounds in May");
}

TEST(AmountVerbs, ATwoWordCurrencyWithCentsIsSaidPlainly) {
  EXPECT_EQ(normalize_text("the usual HK$14.30 fare").find("-fare"), std::string::npos);
  EXPECT_EQ(normalize_text("a $12.30 fee"), "a twelve-dollar-thirty fee");
}

}  // namespace briefcast
