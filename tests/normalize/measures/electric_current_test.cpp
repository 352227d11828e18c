// A bare "A" after a figure is the amp beside words of electricity, else a label's letter.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ElectricCurrent, AmpsBesideWordsOfElectricity) {
  EXPECT_EQ(normalize_text("The oven needs a 32A circuit."), "The oven needs a thirty two-amp circuit.");
  EXPECT_EQ(normalize_text("The charger gives 2.4A at 5V."), "The charger gives two point four amps at five volts.");
  EXPECT_EQ(normalize_text("Swap the fuse for one rated 1A."), "Swap the fuse for one rated one amp.");
  // A label elsewhere keeps its letter.
  EXPECT_EQ(normalize_text("She lives at Flat 13A on the corner.").find("amp"), std::string::npos);
}

}  // namespace briefcast
