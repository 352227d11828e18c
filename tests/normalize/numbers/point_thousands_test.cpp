// Thousands parted off with points, as continental Europe writes them, before whole things.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PointThousands, CountsOfWholeThings) {
  EXPECT_EQ(normalize_text("Some 4.000 runners started the race."), "Some four thousand runners started the race.");
  EXPECT_EQ(normalize_text("The square held 12.500 protesters."), "The square held twelve thousand five hundred protesters.");
  EXPECT_EQ(normalize_text("The parade used 2.000 paper lamps."), "The parade used two thousand paper lamps.");
  EXPECT_EQ(normalize_text("Tickets cost him 1.200 euros in all."), "Tickets cost him one thousand two hundred euros in all.");
}

TEST(PointThousands, DecimalsStayDecimals) {
  EXPECT_EQ(normalize_text("The sample weighed 1.250 grams."), "The sample weighed one point two five zero grams.");
  EXPECT_EQ(normalize_text("The ratio was 2.125 overall."), "The ratio was two point one two five overall.");
}

TEST(PointThousands, ExchangeRatesKeepTheirDecimals) {
  EXPECT_EQ(normalize_text("The krone slid to 1.125 euros by noon."), "The krone slid to one point one two five euros by noon.");
  EXPECT_EQ(normalize_text("Its rate held at 3.250 pesos."), "Its rate held at three point two five zero pesos.");
  EXPECT_EQ(normalize_text("A ticket now costs 2.300 pesos."), "A ticket now costs two thousand three hundred pesos.");
}

TEST(PointThousands, MoneyWrittenWithDecimalPointsAtHome) {
  // Japan and India write a point for decimals, so three figures after it are no thousands.
  EXPECT_EQ(normalize_text("The token traded at 2.375 yen."), "The token traded at two point three seven five yen.");
}

TEST(PointThousands, LeadingZeroIsADecimal) {
  EXPECT_EQ(normalize_text("Only 0.750 visitors per hour came."), "Only zero point seven five zero visitors per hour came.");
}

}  // namespace briefcast
