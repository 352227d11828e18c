// The rand's "R" before a whole figure: a price where a rate follows it or the line already
// holds a rand sum of money's shape; a road, a model or a rating elsewhere.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PlacedRand, ARateAfterTheFigureMakesItAPriceOnALineOfRand) {
  EXPECT_EQ(normalize_text("South African millers say the levy adds R6 a tonne to costs."),
            "South African millers say the levy adds six rand a tonne to costs.");
  EXPECT_EQ(normalize_text("diesel buyers in South Africa pay R3 a litre more"),
            "diesel buyers in South Africa pay three rand a litre more");
}

TEST(PlacedRand, ARateWithNoRandLineOrOnALineOfRoadsOrTheRNumberStaysLetters) {
  EXPECT_EQ(normalize_text("Millers say the levy adds R6 a tonne to costs.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Homes in Ohio now need R38 an attic under the code.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Gauteng's reproduction number reached R2 a figure officials feared.").find("rand"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Johannesburg commuters queued around R24 near the stadium exit.").find("rand"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Natal's R number sat at about R1 a month after the lockdown.").find("rand"),
            std::string::npos);
  EXPECT_EQ(normalize_text("In Pretoria, the mayor's R3 a promise of jobs was mocked.").find("rand"), std::string::npos);
  // "in R4", "on R62": a round of a contest or a stretch of road.
  EXPECT_EQ(normalize_text("The Lions scored in R4 a try they converted in Johannesburg.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Trucks on R62 a route through Oudtshoorn, South Africa, slowed.").find("rand"),
            std::string::npos);
}

TEST(PlacedRand, ARandSumOfMoneysShapeMakesTheLineOneOfRand) {
  EXPECT_EQ(normalize_text("worth about R310 at R19.40 to the dollar"),
            "worth about three hundred ten rand at nineteen rand forty cents to the dollar");
}

TEST(PlacedRand, RoadsModelsAndRatingsStayLetters) {
  EXPECT_EQ(normalize_text("He drove an Audi R8 a few miles.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Traffic on the R8 a decade ago was light.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("take route R8 a short way north").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("about R8 drivers were stopped").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("The film was rated R16 a week later.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("about R40 of the road was resurfaced").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("so its R2 a good sign of fit").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("which gave R2 a strong lead").find("rand"), std::string::npos);
}

TEST(PlacedRand, PoundsOfOtherCountriesByTheirLetter) {
  EXPECT_EQ(normalize_text("farmers got E£8,500 per kantar"), "farmers got eight thousand five hundred Egyptian pounds per kantar");
  EXPECT_EQ(normalize_text("a loaf cost L£25,000 in Beirut"), "a loaf cost twenty five thousand Lebanese pounds in Beirut");
  EXPECT_EQ(normalize_text("paid S£300 for it"), "paid three hundred Syrian pounds for it");
  // The Cypriot pound's pence were cents, said as the pound's pence are.
  EXPECT_EQ(normalize_text("a coffee in Paphos was C£2.75"), "a coffee in Paphos was two Cypriot pounds seventy five cents");
}

}  // namespace briefcast

namespace briefcast {

// A line that names Sweden may price in Denmark or Norway too; "kr" stays the shared "kroner".
TEST(ScandinavianCrowns, KrStaysKronerWhateverCountryTheLineNames) {
  EXPECT_EQ(normalize_text("A Malmo bus ticket is 39 kr, and Swedish commuters complain."),
            "A Malmo bus ticket is thirty nine kroner, and Swedish commuters complain.");
  EXPECT_EQ(normalize_text("Norway's stamps cost 42 kr."), "Norway's stamps cost forty two kroner.");
  EXPECT_EQ(normalize_text("A stamp costs kr 38 at the post office."), "A stamp costs thirty eight kroner at the post office.");
}

// "about R24" on a line of roads (a word of roads or a second road's sign) is a road, not rand.
TEST(PlacedRand, AboutARoadOnALineOfRoads) {
  EXPECT_EQ(normalize_text("Hawkers blocked around R24 and the N3 ramp in Durban, KwaZulu-Natal officials said.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Marchers gathered around R61 and R63 in the Eastern Cape, South African police said.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Residents marched along roads around R75 in Gqeberha, South Africa.").find("rand"), std::string::npos);
  EXPECT_NE(normalize_text("Bread now costs about R18 a loaf in Soweto, South Africa.").find("eighteen rand"), std::string::npos);
  // A share closes at a price as a road is closed: "closed" is no word of roads.
  EXPECT_NE(normalize_text("Shares closed around R52 on the JSE, South African brokers said.").find("fifty two rand"), std::string::npos);
}

TEST(PlacedRand, AStreetOfTradersOrOfAMarketIsNoRoad) {
  // "street" names a trade or a market as often as a road: the rand beside it stays a price.
  EXPECT_EQ(normalize_text("Street traders in Durban take about R90 a day, the council found."),
            "Street traders in Durban take about ninety rand a day, the council found.");
  EXPECT_EQ(normalize_text("Wall Street brokers put the Cape Town listing at about R32 a share."),
            "Wall Street brokers put the Cape Town listing at about thirty two rand a share.");
}

}  // namespace briefcast
