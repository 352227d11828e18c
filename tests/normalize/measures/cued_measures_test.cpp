// Unit symbols the words of the line decide ("nm" at sea or in the air is the nautical mile).
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CuedMeasures, NauticalMilesOfAFlight) {
  EXPECT_EQ(normalize_text("The Embraer flew 2,400 nm non-stop to Lisbon."),
            "The Embraer flew twenty four hundred nautical miles non-stop to Lisbon.");
  EXPECT_EQ(normalize_text("The jet has a range of 3,500 nm."), "The jet has a range of thirty five hundred nautical miles.");
  // A word of chips still makes it the nanometre.
  EXPECT_EQ(normalize_text("The chip plant makes 5 nm parts for jets."), "The chip plant makes five-nanometer parts for jets.");
}

}  // namespace briefcast
