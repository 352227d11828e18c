// An exchange rate quoted per a currency sign ("148.9/$").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PerCurrency, SoManyToTheDollar) {
  EXPECT_EQ(normalize_text("The yen ended at 148.9/$ in Tokyo."),
            "The yen ended at one hundred forty eight point nine to the dollar in Tokyo.");
  EXPECT_EQ(normalize_text("The lira traded at 35.2/\u20ac on Friday."),
            "The lira traded at thirty five point two to the euro on Friday.");
}

// Every sign money reads in an amount is read after the slash too.
TEST(PerCurrency, AnySignOfMoneysTable) {
  EXPECT_EQ(normalize_text("The taka slid to 1.41/\u20b9 this week."),
            "The taka slid to one point four one to the rupee this week.");
  EXPECT_EQ(normalize_text("a rate of 7.82/HK$"), "a rate of seven point eight two to the Hong Kong dollar");
  // The cent is no currency a rate is quoted against.
  EXPECT_EQ(normalize_text("3/\u00a2").find("to the cent"), std::string::npos);
}

// The quoted currency's sign before the figure and the one written out after the slash.
TEST(PerCurrency, SignedAmountToOneUnit) {
  EXPECT_EQ(normalize_text("Traders paid \u20b983.10/$1 at the close."),
            "Traders paid eighty three rupees ten paise to the dollar at the close.");
  // A currency against itself is no rate.
  EXPECT_EQ(normalize_text("Donors gave $2/$1 matched.").find("to the dollar"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A one-letter sign that needs money's shape ("R", "N") is money before a rate's slash.
TEST(PerCurrency, LetterSignBeforeTheSlash) {
  EXPECT_EQ(normalize_text("The rand weakened to R17.94/$ by noon."),
            "The rand weakened to seventeen rand ninety four cents to the dollar by noon.");
  EXPECT_EQ(normalize_text("The naira eased to N1,610/$ on Monday."),
            "The naira eased to one thousand six hundred ten naira to the dollar on Monday.");
  // A road or a grid slot with a slash and a word is no rate.
  EXPECT_EQ(normalize_text("Turn at the R44/Main Road corner.").find("dollar"), std::string::npos);
}

}  // namespace briefcast
