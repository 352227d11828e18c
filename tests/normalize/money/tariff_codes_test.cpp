// A customs tariff code, said in pairs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TariffCodes, InventedSentences) {
  EXPECT_EQ(normalize_text("Roasted coffee falls under commodity code 0901.21.00 at the border."),
            "Roasted coffee falls under commodity code oh nine oh one, twenty one, oh oh at the border.");
  EXPECT_EQ(normalize_text("Phones are listed as HS 8517.13 in the schedule."),
            "Phones are listed as H.S eighty five seventeen, thirteen in the schedule.");
}

}  // namespace briefcast
