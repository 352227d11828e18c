// The words of radio networks and satellites.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TelecomWords, SatelliteBandsByTheirLetters) {
  EXPECT_EQ(normalize_text("The dish works in the Ku-band only."), "The dish works in the K.U band only.");
  EXPECT_EQ(normalize_text("A Ku-/Ka-band payload flew last year."), "A K.U and K.A band payload flew last year.");
  EXPECT_EQ(normalize_text("Both Ku- and Ka-band beams were lit."), "Both K.U and K.A band beams were lit.");
  EXPECT_EQ(normalize_text("The Ka band is crowded."), "The K.A band is crowded.");
}

TEST(TelecomWords, BandLettersNeedTheWordBand) {
  EXPECT_EQ(normalize_text("Ka said the play was long."), "Ka said the play was long.");
}

TEST(TelecomWords, ReleaseNumber) {
  EXPECT_EQ(normalize_text("Phones built to Rel-17 arrive next year."), "Phones built to Release seventeen arrive next year.");
}

TEST(TelecomWords, LowEarthOrbitAmongSatelliteWords) {
  EXPECT_EQ(normalize_text("The firm launched 40 LEO satellites in March."),
            "The firm launched forty Leo satellites in March.");
  // A law enforcement officer's letters stay spelled.
  EXPECT_EQ(normalize_text("The LEO filed a report at noon."), "The L.E.O filed a report at noon.");
}

TEST(TelecomWords, TradeAcronyms) {
  EXPECT_EQ(normalize_text("The carrier's ARPU fell again."), "The carrier's Arpu fell again.");
  EXPECT_EQ(normalize_text("Car sales ran at a SAAR of 15 million."), "Car sales ran at a Saar of fifteen million.");
  EXPECT_EQ(normalize_text("The EIRP cap was raised."), "The E.I.R.P cap was raised.");
}

TEST(TelecomWords, PowerPerBandwidth) {
  EXPECT_EQ(normalize_text("Base stations may emit 40 dBm/100 MHz in the band."),
            "Base stations may emit forty D.B.M per one hundred megahertz in the band.");
}

TEST(TelecomWords, CompanyInLowerCase) {
  EXPECT_EQ(normalize_text("The holding co. Brightline Ltd. filed late."), "The holding company Brightline Limited filed late.");
}

}  // namespace briefcast
