// Milli- and microseconds written with a capital "S" among words of timing; a conductivity keeps its siemens.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CapitalSSeconds, AMillisecondWithACapitalSAmongWordsOfTiming) {
  EXPECT_EQ(normalize_text("Gamers saw a 30 mS lag online."), "Gamers saw a thirty-millisecond lag online.");
  EXPECT_EQ(normalize_text("The shutter stays open 8mS at most."), "The shutter stays open eight milliseconds at most.");
  EXPECT_EQ(normalize_text("Each pulse lasted 4 uS only."), "Each pulse lasted four microseconds only.");
}

TEST(CapitalSSeconds, AConductivityKeepsItsSiemens) {
  EXPECT_EQ(normalize_text("The feed ran at 2.1 mS/cm with no delay."),
            "The feed ran at two point one millisiemens per centimeter with no delay.");
  EXPECT_EQ(normalize_text("Its conductivity was 1.8 mS after a delay."), "Its conductivity was one point eight millisiemens after a delay.");
}

TEST(CapitalSSeconds, WithNoConductivityNearTheLettersStayAsWritten) {
  EXPECT_EQ(normalize_text("The Democrats need 3 dS to pass the bill."), "The Democrats need three dS to pass the bill.");
  EXPECT_EQ(normalize_text("Soil read 4 dS at the farm, its salinity high."),
            "Soil read four decisiemens at the farm, its salinity high.");
}

}  // namespace briefcast
