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
