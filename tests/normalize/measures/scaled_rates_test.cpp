// A rate whose last divisor carries its own figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ScaledRates, EachSlashIsPerAndTheDivisorAMeasure) {
  EXPECT_EQ(normalize_text("Filtration fell to 38 mL/min/1.73m2 in May."),
            "Filtration fell to thirty eight milliliters per minute per one point seven three square meters in May.");
  EXPECT_EQ(normalize_text("a value of 72 ml/min/1.73 m2 today"),
            "a value of seventy two milliliters per minute per one point seven three square meters today");
}

TEST(ScaledRates, PlainRatesStayTheUnitRules) {
  EXPECT_EQ(normalize_text("given 3 mg/kg/day"), "given three milligrams per kilogram per day");
}

}  // namespace briefcast
