// A range of prices, or a price with its currency apart, per a unit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PricePerUnit, RangeWithItsUnit) {
  EXPECT_EQ(normalize_text("Nickel traded at $16,100-16,400/t last week."),
            "Nickel traded at sixteen thousand one hundred to sixteen thousand four hundred dollars per tonne last week.");
  EXPECT_EQ(normalize_text("Green coffee cost $3-4/lb wholesale."),
            "Green coffee cost three to four dollars per pound wholesale.");
}

TEST(PricePerUnit, CurrencyApartFromItsFigure) {
  EXPECT_EQ(normalize_text("Onions sold at Rs 2,400/quintal in Nashik."),
            "Onions sold at two thousand four hundred rupees per quintal in Nashik.");
}

TEST(PricePerUnit, TradeUnitsAfterTheSlash) {
  EXPECT_EQ(normalize_text("Coal fetched $92/st at the mine."),
            "Coal fetched ninety two dollars per short ton at the mine.");
  EXPECT_EQ(normalize_text("Freight eased to $1,850/TEU in May."),
            "Freight eased to one thousand eight hundred fifty dollars per TEU in May.");
}

}  // namespace briefcast
