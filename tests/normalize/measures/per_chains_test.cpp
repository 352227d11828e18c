// A unit over two or more things it is counted per: each slash is "per".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PerChains, EachSlashIsPer) {
  EXPECT_EQ(normalize_text("The flock gives 4 kg/ewe/yr of wool."),
            "The flock gives four kilograms per ewe per year of wool.");
  EXPECT_EQ(normalize_text("Trawlers may keep 250 kg/boat/day of cod."),
            "Trawlers may keep two hundred fifty kilograms per boat per day of cod.");
}

TEST(PerChains, NoUnitNoChain) {
  // Words with slashes and no unit first stay a choice.
  EXPECT_EQ(normalize_text("Pick 2 red/blue/green cards."), "Pick two red, blue, green cards.");
}

}  // namespace briefcast
