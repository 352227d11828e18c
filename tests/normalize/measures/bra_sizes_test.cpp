// A bra's band and cup among words of bras: the band's figure and the cup's letter.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BraSizes, BandAndCupAmongWordsOfBras) {
  EXPECT_EQ(normalize_text("The sports bra comes in 36B and 38E."), "The sports bra comes in thirty six B and thirty eight E.");
  // A lone "A" after a figure is the article to eSpeak NG: the letter is written "Eh".
  EXPECT_EQ(normalize_text("Her 32A bralette sold out."), "Her thirty two Eh bralette sold out.");
  EXPECT_EQ(normalize_text("Cups run 34DD to 40FF."), "Cups run thirty four double D to forty double F.");
  EXPECT_EQ(normalize_text("Underwire styles span 30B–42H."), "Underwire styles span thirty B to forty two H.");
}

TEST(BraSizes, OtherwiseATemperatureOrACode) {
  EXPECT_EQ(normalize_text("Seville reached 38C on Sunday."), "Seville reached thirty eight degrees Celsius on Sunday.");
  // With no word of bras near, a figure and a letter keep the code's reading.
  EXPECT_EQ(normalize_text("Take the 34C bus to the stadium."), "Take the thirty four C bus to the stadium.");
}

TEST(BraSizes, DoubledAndTripledCups) {
  EXPECT_EQ(normalize_text("The plunge bra stops at 38GG."), "The plunge bra stops at thirty eight double G.");
  EXPECT_EQ(normalize_text("Bras from 30DDD upwards"), "Bras from thirty triple D upwards");
}
}  // namespace briefcast
