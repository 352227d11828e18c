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

namespace briefcast {

TEST(PricePerUnit, CurrencyPrintedAfterTheFigureWithItsUnit) {
  EXPECT_EQ(normalize_text("Spot power cleared at 4,18 kr/kWh in the evening peak."),
            "Spot power cleared at four point one eight kroner per kilowatt hour in the evening peak.");
  EXPECT_EQ(normalize_text("Duty-free gin costs 210 zł/l at the border."),
            "Duty-free gin costs two hundred ten zlotys per liter at the border.");
  // The home's decimal comma before the sign.
  EXPECT_EQ(normalize_text("Households in Brno pay 4,7 Kč/kWh now."),
            "Households in Brno pay four point seven Czech korunas per kilowatt hour now.");
}

TEST(PricePerUnit, MinorUnitWithItsUnit) {
  EXPECT_EQ(normalize_text("The utility charges 61.4 øre/kWh on its fixed plan."),
            "The utility charges sixty one point four øre per kilowatt hour on its fixed plan.");
  EXPECT_EQ(normalize_text("Grid fees rose to 27 öre/kWh in Malmö."),
            "Grid fees rose to twenty seven öre per kilowatt hour in Malmö.");
}

TEST(PricePerUnit, SignThatNeedsShapeGluedBeforeUnit) {
  EXPECT_EQ(normalize_text("Mutton fetched R112/kg at the Kimberley auction."),
            "Mutton fetched one hundred twelve rand per kilogram at the Kimberley auction.");
}

TEST(PricePerUnit, CareOfIsNoPrice) {
  EXPECT_EQ(normalize_text("Send it to 4 c/o the school office."), "Send it to four care of the school office.");
  EXPECT_EQ(normalize_text("Parents and/or guardians must sign."), "Parents and or guardians must sign.");
  EXPECT_EQ(normalize_text("The panel rated it 3 c/d overall.").find("cents"), std::string::npos);
}

}  // namespace briefcast
