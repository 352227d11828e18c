// A lamp's colour temperature in kelvin.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ColourTemperature, InventedSentences) {
  EXPECT_EQ(normalize_text("The warehouse fitted LED strips rated 3000K for a warm white glow."),
            "The warehouse fitted L.E.D strips rated three thousand kelvin for a warm white glow.");
  EXPECT_EQ(normalize_text("Daylight lamps at 6,500K help with winter blues, the clinic says."),
            "Daylight lamps at six thousand five hundred kelvin help with winter blues, the clinic says.");
}

TEST(ColourTemperature, LanternsAndFloodlights) {
  EXPECT_EQ(normalize_text("The pier's floodlights were swapped for 3500K ones."),
            "The pier's floodlights were swapped for three thousand five hundred kelvin ones.");
}

}  // namespace briefcast
