// An amount with "plus" before a noun it sizes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MoneyPlus, AnAmountPlusBeforeOneNounSizesIt) {
  EXPECT_EQ(normalize_text("They agreed a £25m plus package."), "They agreed a twenty-five-million-pound-plus package.");
  EXPECT_EQ(normalize_text("It is an $800 plus phone."), "It is an eight-hundred-dollar-plus phone.");
}

TEST(MoneyPlus, AnAmountPlusAnAdditionStaysTwoThings) {
  EXPECT_EQ(normalize_text("She owes a £3m plus interest."), "She owes a three million pounds plus interest.");
  EXPECT_EQ(normalize_text("He got £2m plus shares."), "He got two million pounds plus shares.");
  EXPECT_EQ(normalize_text("a $9m plus bonuses"), "a nine million dollars plus bonuses");
}

}  // namespace briefcast

namespace briefcast {

// An amount with "+" that ends its phrase is a floor the price itself meets: that amount or more.
TEST(MoneyPlus, AmountAndMoreEndingItsPhrase) {
  EXPECT_EQ(normalize_text("seats went for \u00a3250+ each"), "seats went for two hundred fifty pounds or more each");
  EXPECT_EQ(normalize_text("passes at \u20b9799+ a month"), "passes at seven hundred ninety nine rupees or more a month");
  EXPECT_EQ(normalize_text("Donors who gave $5m+."), "Donors who gave five million dollars or more.");
  EXPECT_EQ(normalize_text("Mugs go for $12+ apiece."), "Mugs go for twelve dollars or more apiece.");
  // "or more" already written: the amount alone.
  EXPECT_EQ(normalize_text("Gifts of \u00a315+ or more help."), "Gifts of fifteen pounds or more help.");
  // Before a noun the "+" may add it: left as "plus".
  EXPECT_EQ(normalize_text("She paid $24.99+ postage."), "She paid twenty four dollars ninety nine cents plus postage.");
  // Before "the", "a" and more words, or any other word, the "+" adds what follows.
  EXPECT_EQ(normalize_text("Entry is $15+ the parking charge."), "Entry is fifteen dollars plus the parking charge.");
  EXPECT_EQ(normalize_text("A ride costs $3.25+ a small toll."), "A ride costs three dollars twenty five cents plus a small toll.");
  EXPECT_EQ(normalize_text("Give $5+ to the fund."), "Give five dollars plus to the fund.");
}

// Floors listed together are each said alike, wherever the list ends.
TEST(MoneyPlus, AListOfFloorsIsSaidAlike) {
  EXPECT_EQ(normalize_text("Pledges of $25+, $50+ and $100+ came in."),
            "Pledges of twenty five dollars or more, fifty dollars or more and one hundred dollars or more came in.");
  EXPECT_EQ(normalize_text("Seats cost \u20ac30+ or \u20ac45+ by the stage."),
            "Seats cost thirty euros or more or forty five euros or more by the stage.");
}

}  // namespace briefcast
