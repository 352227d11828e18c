// A television listing's Eastern and Central air times.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TvListings, TheEasternHourThenTheCentralOne) {
  EXPECT_EQ(normalize_text("The finale goes out at 8/7c on CBS."), "The finale goes out at eight, seven central on C.B.S.");
  EXPECT_EQ(normalize_text("Catch it Thursdays, 11:35/10:35c."), "Catch it Thursdays, eleven thirty five, ten thirty five central.");
  EXPECT_EQ(normalize_text("A special runs 1/12c tonight."), "A special runs one, twelve central tonight.");
}

TEST(TvListings, OtherSlashedPairsWithACKeepTheirReading) {
  // Not an hour apart, or minutes that differ: no pair of zones.
  EXPECT_EQ(normalize_text("Stir in 2/3c milk.").find("central"), std::string::npos);
  EXPECT_EQ(normalize_text("It aired at 6/4c.").find("central"), std::string::npos);
  EXPECT_EQ(normalize_text("It aired at 9:30/8:15c.").find("central"), std::string::npos);
  EXPECT_EQ(normalize_text("It aired at 13/12c.").find("central"), std::string::npos);
}

}  // namespace briefcast
