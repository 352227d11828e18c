// An electric car's and its battery's codes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(VehicleCodes, ModelYear) {
  EXPECT_EQ(normalize_text("MY2025 cars get a heat pump."), "model year twenty twenty five cars get a heat pump.");
  EXPECT_EQ(normalize_text("Owners of MY2019-21 vans were told."), "Owners of model year twenty nineteen to twenty one vans were told.");
}

TEST(VehicleCodes, ModelYearsWithTheLettersRepeated) {
  EXPECT_EQ(normalize_text("It covers MY2020-MY2022 pickups."), "It covers model year twenty twenty to twenty twenty two pickups.");
}

TEST(VehicleCodes, RecallNumberBesideRecall) {
  EXPECT_EQ(normalize_text("The recall, 24V-102, covers vans."), "The recall, twenty four V one zero two, covers vans.");
}

TEST(VehicleCodes, ChargeAndDischargeRates) {
  EXPECT_EQ(normalize_text("The cell lasted 800 cycles at 0.5C/2C."), "The cell lasted eight hundred cycles at zero point five C, two C.");
}

TEST(VehicleCodes, ElsewhereUntouched) {
  EXPECT_EQ(normalize_text("It was 5C/8C overnight."), "It was five or eight degrees Celsius overnight.");
}

}  // namespace briefcast
