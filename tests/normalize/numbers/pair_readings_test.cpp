// Slashed pairs that their noun reads figure by figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PairReadings, AcuityGasesChainringsAndSignalReports) {
  EXPECT_EQ(normalize_text("Pilots need 6/9 vision or better."), "Pilots need six nine vision or better.");
  EXPECT_EQ(normalize_text("His eyesight fell to 20/200 after the crash."),
            "His eyesight fell to twenty two hundred after the crash.");
  EXPECT_EQ(normalize_text("They breathed trimix 15/55 on the descent."),
            "They breathed trimix fifteen fifty five on the descent.");
  EXPECT_EQ(normalize_text("Fit 46/30 chainrings for hills."), "Fit forty six thirty chainrings for hills.");
  EXPECT_EQ(normalize_text("The signals from Japan were 5/7 by morning."),
            "The signals from Japan were five seven by morning.");
  // A share without those words stays a fraction.
  EXPECT_EQ(normalize_text("About 2/3 of riders agreed."), "About two thirds of riders agreed.");
}

TEST(PairReadings, SieveGradesOfSand) {
  EXPECT_EQ(normalize_text("The well took 30/50 frac sand."), "The well took thirty fifty frac sand.");
  // A size in inches and a share stay as they were.
  EXPECT_EQ(normalize_text("Lay 3/4 gravel first.").find("three four"), std::string::npos);
}

}  // namespace briefcast
