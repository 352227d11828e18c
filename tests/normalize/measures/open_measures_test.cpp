// A plus sign after a temperature that closes its phrase is a lower bound, "or more".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(OpenMeasures, TemperatureOrMore) {
  EXPECT_EQ(normalize_text("Nights stay at 25°C+ in July."), "Nights stay at twenty five degrees Celsius or more in July.");
  EXPECT_EQ(normalize_text("Expect 90°F+."), "Expect ninety degrees Fahrenheit or more.");
}

TEST(OpenMeasures, OtherMeasuresKeepPlus) {
  EXPECT_EQ(normalize_text("Rides of 50 km+ earn a badge.").find("or more"), std::string::npos);
  EXPECT_EQ(normalize_text("Ages 18+ only.").find("or more"), std::string::npos);
}

}  // namespace briefcast
