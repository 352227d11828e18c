// Signed figures on either side of a slash keep their signs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SignedPairs, SignsKept) {
  EXPECT_EQ(normalize_text("The spec allows -4/+6 s/day."), "The spec allows minus four to plus six seconds per day.");
  EXPECT_EQ(normalize_text("Lows of -2/-6C are likely."), "Lows of minus two to minus six degrees Celsius are likely.");
  EXPECT_EQ(normalize_text("His lenses are -1.25/-0.75 now."), "His lenses are minus one point two five, minus zero point seven five now.");
  // Unsigned pairs are left to the other rules.
  EXPECT_EQ(normalize_text("open 24/7"), "open twenty four seven");
}

TEST(SignedPairs, PrescriptionWithTypesetMinusAndAxis) {
  EXPECT_EQ(normalize_text("Her glasses: \u22122.25/\u22121.25\u00d790 each side."),
            "Her glasses: minus two point two five, minus one point two five, axis ninety each side.");
  EXPECT_EQ(normalize_text("He wears -0.50/-0.25x10 lenses."),
            "He wears minus zero point five zero, minus zero point two five, axis ten lenses.");
}

TEST(SignedPairs, ContactLensThreeFigures) {
  EXPECT_EQ(normalize_text("Fit 8.6/14.2/-2.75 lenses."), "Fit eight point six, fourteen point two, minus two point seven five lenses.");
  // Unsigned, three figures are another thing (a date, a list).
  EXPECT_EQ(normalize_text("Fit 8.6/14.2/2.75 lenses.").find("minus"), std::string::npos);
}

}  // namespace briefcast
