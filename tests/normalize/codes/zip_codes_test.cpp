// ZIP codes named as such, said digit by digit, alone, in a list and as ZIP+4.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ZipCodes, EveryCodeOfAListAfterTheName) {
  EXPECT_EQ(normalize_text("Crews flushed the mains in zip codes 70112, 70113 and 70115 overnight."),
            "Crews flushed the mains in zip codes seven zero one one two, seven zero one one three and seven zero "
            "one one five overnight.");
  EXPECT_EQ(normalize_text("Homes in ZIP codes 30305 or 30306 sold fastest."),
            "Homes in Zip codes three zero three zero five or three zero three zero six sold fastest.");
}

TEST(ZipCodes, ZipPlusFourAfterTheName) {
  EXPECT_EQ(normalize_text("Send the form to zip code 20500-0003 by Friday."),
            "Send the form to zip code two zero five zero zero zero zero zero three by Friday.");
}

TEST(ZipCodes, CountsStayCounts) {
  // A figure after other words of the clause is a count, even with ZIP codes named before.
  EXPECT_EQ(normalize_text("The 12 zip codes hold 65000 homes."), "The twelve zip codes hold sixty five thousand homes.");
  EXPECT_EQ(normalize_text("The plant shipped 43215 units."), "The plant shipped forty three thousand two hundred fifteen units.");
}

}  // namespace briefcast
