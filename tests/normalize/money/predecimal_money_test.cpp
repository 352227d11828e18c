// Pence and shillings before 1971 among the words of stamps and coins.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PredecimalMoney, PenceAndShillings) {
  EXPECT_EQ(normalize_text("The dealer sold a 4d stamp and a 5s stamp."),
            "The dealer sold a fourpenny stamp and a five shilling stamp.");
  EXPECT_EQ(normalize_text("A 1s coin and 3d coins were found."),
            "A one shilling coin and threepenny coins were found.");
  EXPECT_EQ(normalize_text("The stamp cost her 1d in 1890."), "The stamp cost her one penny in eighteen ninety.");
  // A dealer's catalogue and its plate numbers are words of stamps too.
  EXPECT_EQ(normalize_text("Her catalogue prices the 3d lilac at ten pounds."), "Her catalogue prices the threepenny lilac at ten pounds.");
}

TEST(PredecimalMoney, ShillingsAndPenceTogether) {
  EXPECT_EQ(normalize_text("Bids opened at 10/6 for the postal cover."),
            "Bids opened at ten and six for the postal cover.");
  EXPECT_EQ(normalize_text("Rent was 7s 9d a week."), "Rent was seven shillings and ninepence a week.");
}

TEST(PredecimalMoney, NoCueNoMoney) {
  EXPECT_EQ(normalize_text("The 2d Battalion moved north.").find("penny"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// Whole shillings written "5/-" before the noun they price are one adjective.
TEST(PredecimalMoney, SlashDashShillingsBeforeANoun) {
  EXPECT_EQ(normalize_text("The mint struck a 5/- coin for the jubilee."), "The mint struck a five-shilling coin for the jubilee.");
  EXPECT_EQ(normalize_text("The coin sold for 5/- in mint state."), "The coin sold for five shillings in mint state.");
}

}  // namespace briefcast
