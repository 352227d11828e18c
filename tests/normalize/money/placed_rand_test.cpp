// The rand's "R" before a whole figure: a price where a rate follows it or the line already
// holds a rand sum of money's shape; a road, a model or a rating elsewhere.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PlacedRand, ARateAfterTheFigureMakesItAPrice) {
  EXPECT_EQ(normalize_text("the levy adds R6 a tonne to costs"), "the levy adds six rand a tonne to costs");
  EXPECT_EQ(normalize_text("growers lose R35 per bin"), "growers lose thirty five rand per bin");
  EXPECT_EQ(normalize_text("diesel buyers pay R3 a litre more"), "diesel buyers pay three rand a litre more");
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
}

}  // namespace briefcast

namespace briefcast {

TEST(ScandinavianCrowns, KrOnALineOfSwedenIsKronor) {
  EXPECT_EQ(normalize_text("Fares in Sweden rose to 35 kr."), "Fares in Sweden rose to thirty five kronor.");
  EXPECT_EQ(normalize_text("Norway's stamps cost 42 kr."), "Norway's stamps cost forty two kroner.");
  EXPECT_EQ(normalize_text("A stamp costs kr 38 at the post office."), "A stamp costs thirty eight kroner at the post office.");
}

}  // namespace briefcast
