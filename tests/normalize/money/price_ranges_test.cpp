// A range of prices to the cent, the sign written once: both ends are prices.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PriceRanges, BothEndsArePrices) {
  EXPECT_EQ(normalize_text("Tickets rose to $2.40-2.90 a ride."),
            "Tickets rose to two dollars forty cents to two dollars ninety cents a ride.");
  EXPECT_EQ(normalize_text("Diesel sold at \u20ac1.62\u20131.75 a litre."),
            "Diesel sold at one euro sixty two cents to one euro seventy five cents a litre.");
  EXPECT_EQ(normalize_text("Wool fetched NZ$4.10\u20134.35/kg at the sale."),
            "Wool fetched four New Zealand dollars ten cents to four New Zealand dollars thirty five cents per kilogram at the sale.");
}

TEST(PriceRanges, OtherShapesAreLeftToTheirRules) {
  // Whole sums and scaled sums keep their own readings.
  EXPECT_EQ(normalize_text("Bids of $40-50 million came in."), "Bids of forty to fifty million dollars came in.");
  EXPECT_EQ(normalize_text("Sales of $2.15-$2.25 billion are forecast."),
            "Sales of two point one five to two point two five billion dollars are forecast.");
  // A grouped first end is said as the sum alone is, the way the second is.
  EXPECT_EQ(normalize_text("Repairs cost \u00a34,600-\u00a35,100 last year."),
            "Repairs cost four thousand six hundred to five thousand one hundred pounds last year.");
  // No currency sign: no price.
  EXPECT_EQ(normalize_text("Scores ran 1.20-1.90 on the test."), "Scores ran one point two zero to one point nine zero on the test.");
}

}  // namespace briefcast

namespace briefcast {

TEST(PriceRanges, WholeSumsPerUnitSayTheCurrencyOnceAfterTheRange) {
  EXPECT_EQ(normalize_text("Cherries fetched \u20BA85\u201390/kg at the market."),
            "Cherries fetched eighty five to ninety lira per kilogram at the market.");
  EXPECT_EQ(normalize_text("Lamb sold at \u00a37-9/kg last week."), "Lamb sold at seven to nine pounds per kilogram last week.");
  EXPECT_EQ(normalize_text("Crab went for $12\u201315/lb on Friday."), "Crab went for twelve to fifteen dollars per pound on Friday.");
}

}  // namespace briefcast
