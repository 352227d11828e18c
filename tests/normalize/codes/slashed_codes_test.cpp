// Identifiers in two groups of figures with a slash, after capitals or with them glued on.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedCodes, LicenceNumberAfterCapitals) {
  EXPECT_EQ(normalize_text("It is licensed as MA 30512/0081 in Malta."),
            "It is licensed as M.A three zero five one two slash oh oh eight one in Malta.");
}

TEST(SlashedCodes, SeriesGluedOn) {
  EXPECT_EQ(normalize_text("Read notice AD-19/04 first."), "Read notice A.D nineteen slash oh four first.");
}

TEST(SlashedCodes, FractionsAndSeasonsAreNoCodes) {
  EXPECT_EQ(normalize_text("The UK 3/4 share fell.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("in the EPL 2023/24 season").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("COVID-19/20 waves").find("slash"), std::string::npos);
}

}  // namespace briefcast
