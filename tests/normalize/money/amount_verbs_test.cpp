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
  // After an article or a number word the amount sizes the noun.
  EXPECT_EQ(normalize_text("it is a $45 set for children"), "it is a forty-five-dollar set for children");
  EXPECT_EQ(normalize_text("a \u00a33m set up charge"), "a three-million-pound set up charge");
  EXPECT_EQ(normalize_text("held a $7bn set aside for claims"), "held a seven-billion-dollar set aside for claims");
  // Measures share the test: a word between the article and the measure changes nothing.
  EXPECT_EQ(normalize_text("the cost of a spare 10 L set to refill").find("liters set"), std::string::npos);
  EXPECT_EQ(normalize_text("a $5 fee"), "a five-dollar fee");
}

TEST(AmountVerbs, APricePerUnitBeforeItsNoun) {
  EXPECT_EQ(normalize_text("the $60/tonne levy on exports"), "the sixty-dollar-a-tonne levy on exports");
  EXPECT_EQ(normalize_text("prices of $60/tonne in May"), "prices of sixty dollars per tonne in May");
  // The article goes by the unit's sound.
  EXPECT_EQ(normalize_text("the $1,500/oz ceiling"), "the one-thousand-five-hundred-dollar-an-ounce ceiling");
  EXPECT_EQ(normalize_text("a $250/acre grant"), "a two-hundred-fifty-dollar-an-acre grant");
  EXPECT_EQ(normalize_text("the $40/item charge"), "the forty-dollar-an-item charge");
}

TEST(AmountVerbs, ACodeWithGluedScaleBeforeItsNoun) {
  EXPECT_EQ(normalize_text("the GBP 3.2bn merger"), "the three-point-two-billion-pound merger");
  EXPECT_EQ(normalize_text("raised GBP 3.2bn in May"), "raised three point two billion pounds in May");
}

TEST(AmountVerbs, ATwoWordCurrencyWithCentsStaysOneAdjective) {
  EXPECT_EQ(normalize_text("the A$3.20 tram fare").find("three Australian dollars twenty cents"), std::string::npos);
  EXPECT_EQ(normalize_text("a $12.30 fee"), "a twelve-dollar-thirty fee");
}

// A participle and its particle before a noun are one compound adjective: the amount stays one.
TEST(AmountVerbs, ParticipleAndParticleBeforeANounKeepTheAdjective) {
  EXPECT_EQ(normalize_text("The $75 set up charge was dropped."), "The seventy-five-dollar set up charge was dropped.");
  EXPECT_EQ(normalize_text("the €3m set up fund").find("million euros"), std::string::npos);
  // Before "in", "on" or a word of time the participle still goes on.
  EXPECT_NE(normalize_text("the $6m spent on roads").find("six million dollars"), std::string::npos);
  EXPECT_NE(normalize_text("the $9m set aside last year").find("nine million dollars"), std::string::npos);
}

TEST(AmountVerbs, AnAdverbAfterTheParticleIsNoNoun) {
  EXPECT_NE(normalize_text("The $4m set aside originally ran out.").find("four million dollars set aside"), std::string::npos);
  EXPECT_NE(normalize_text("The £8m paid back quickly helped.").find("eight million pounds paid back"), std::string::npos);
  EXPECT_NE(normalize_text("The $3bn set aside later was larger.").find("three billion dollars"), std::string::npos);
}

}  // namespace briefcast
