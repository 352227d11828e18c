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
  // The decimal mark as the page's conventions tell it, as for any amount.
  EXPECT_EQ(normalize_text("Households in Brno pay 4,7 Kč/kWh now, up 3,5 % on May."),
            "Households in Brno pay four point seven Czech korunas per kilowatt hour now, up three point five percent on May.");
  EXPECT_EQ(normalize_text("Day care is 2.850 kr/kWh, no, 1,5 % more.").find("two thousand eight hundred fifty kroner"),
            0u + std::string("Day care is ").size());
}

TEST(PricePerUnit, NordicShorthandsAfterASignAreNoUnits) {
  // "st" a piece, "t" an hour, "md" a month: the unit table's readings would mislead.
  EXPECT_EQ(normalize_text("Rolls cost 6 kr/st at the bakery.").find("ton"), std::string::npos);
  EXPECT_EQ(normalize_text("Parking costs 38 kr/t downtown.").find("tonne"), std::string::npos);
  EXPECT_EQ(normalize_text("Rent is 9.400 kr/md in Aarhus.").find("kroner per"), std::string::npos);
}

TEST(PricePerUnit, MinorUnitLettersBeforeOtherShorthands) {
  // Passengers, pages and points per hour, minute or game; only the litre is a one-letter unit here.
  EXPECT_EQ(normalize_text("The tram line carries 18,000 p/h at peak.").find("pence"), std::string::npos);
  EXPECT_EQ(normalize_text("The copier manages 60 p/min.").find("pence"), std::string::npos);
  EXPECT_EQ(normalize_text("The guard averages 0.8 p/g in the cup.").find("pence"), std::string::npos);
  EXPECT_EQ(normalize_text("The belt moves 25 p/m.").find("pence"), std::string::npos);
  EXPECT_EQ(normalize_text("Staff get 30 p/h extra.").find("pence"), std::string::npos);
  EXPECT_EQ(normalize_text("Unleaded fell 3 p/l overnight."), "Unleaded fell three pence per liter overnight.");
  EXPECT_EQ(normalize_text("Barley rose 6 c/kg this week."), "Barley rose six cents per kilogram this week.");
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
  // Roads, junctions, grid slots and forms: only a unit of the unit table makes it a price.
  EXPECT_EQ(normalize_text("A truck overturned at the R61/Church Street junction.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Police shut the N14/Allen stretch overnight.").find("naira"), std::string::npos);
  EXPECT_EQ(normalize_text("She started P15/grid after the crash.").find("peso"), std::string::npos);
  EXPECT_EQ(normalize_text("Return the P60/form by May.").find("peso"), std::string::npos);
  EXPECT_EQ(normalize_text("Exit at the R27/west ramp.").find("rand"), std::string::npos);
}

TEST(PricePerUnit, CareOfIsNoPrice) {
  EXPECT_EQ(normalize_text("Send it to 4 c/o the school office."), "Send it to four care of the school office.");
  EXPECT_EQ(normalize_text("Parents and/or guardians must sign."), "Parents and or guardians must sign.");
  EXPECT_EQ(normalize_text("The panel rated it 3 c/d overall.").find("cents"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A trade's tonne letter after a sign glued to its figure: "R3,410.25/t" is per tonne.
TEST(PricePerUnit, LetterSignPerTonne) {
  EXPECT_EQ(normalize_text("Maize futures closed at R3,410.25/t on Thursday."),
            "Maize futures closed at three thousand four hundred ten rand twenty five cents per tonne on Thursday.");
  EXPECT_EQ(normalize_text("Cement sold at N98,500/t in Kano."),
            "Cement sold at ninety eight thousand five hundred naira per tonne in Kano.");
  // Another letter after the slash stays no unit.
  EXPECT_EQ(normalize_text("Take the R27/s ramp.").find("rand"), std::string::npos);
}

}  // namespace briefcast
