// A surname in capitals between a given name and a bracketed country code, as results tables
// write it, is said as a name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ResultsNames, CapitalSurnameBeforeACountryCode) {
  EXPECT_NE(normalize_text("1. Lena HOLM (SWE) 2:21:05").find("Lena Holm ("), std::string::npos);
  EXPECT_EQ(normalize_text("won by Karl BRANDT (GER) today").find("B.R"), std::string::npos);
  EXPECT_NE(normalize_text("won by Karl BRANDT (GER) today").find("Brandt"), std::string::npos);
}

TEST(ResultsNames, AgenciesAndLooseCapitalsStay) {
  EXPECT_NE(normalize_text("Agent FBI (USA) files").find("F.B.I"), std::string::npos);
  EXPECT_NE(normalize_text("the RAHM plan (ESP)").find("R.A.H.M"), std::string::npos);
}

}  // namespace briefcast
