// "exp." before a date, "cal." after a calibre's figure, "cat. no." before a code.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CueAbbreviations, ExpiryBeforeADate) {
  EXPECT_EQ(normalize_text("Each vial, exp. 2028, was returned."), "Each vial, expiry twenty twenty eight, was returned.");
  EXPECT_EQ(normalize_text("Exp. March 2027 on the carton"), "Expiry March twenty twenty seven on the carton");
}

TEST(CueAbbreviations, ExpNotBeforeOtherWords) {
  EXPECT_EQ(normalize_text("the exp. value rose").find("expiry"), std::string::npos);
}

TEST(CueAbbreviations, CaliberAfterCalibreFigure) {
  EXPECT_NE(normalize_text("a .308 cal. rifle").find("caliber rifle"), std::string::npos);
  // After a plain count "cal" is a calorie.
  EXPECT_EQ(normalize_text("eats 250 cal. daily").find("caliber"), std::string::npos);
}

TEST(CueAbbreviations, CatalogNumber) {
  EXPECT_EQ(normalize_text("Order cat. no. 4410-27 now."), "Order catalog number four four one zero, two seven now.");
}

}  // namespace briefcast
