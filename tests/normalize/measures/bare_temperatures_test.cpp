// Temperatures written with no degree sign ("a low of -12 C"), and the labels, letters and
// charge rates that keep theirs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(BareTemperatures, BesideWordsOfTheWeather) {
  EXPECT_TRUE(has(normalize_text("Forecasters expect a low of 3 C in Regina and a high of 14 C by Thursday."),
                  "a low of three degrees Celsius in Regina and a high of fourteen degrees Celsius"));
  EXPECT_TRUE(has(normalize_text("Phoenix could see temperatures near 112 F this weekend."),
                  "one hundred twelve degrees Fahrenheit"));
  EXPECT_TRUE(has(normalize_text("With the windchill it will feel like 1 C."), "one degree Celsius"));
  EXPECT_TRUE(has(normalize_text("Daytime highs of 4-7 C are expected."), "four to seven degrees Celsius"));
}

TEST(BareTemperatures, AMinusSignIsATemperatureAlone) {
  EXPECT_TRUE(has(normalize_text("Winnipeg woke to -27 C on Monday."), "minus twenty seven degrees Celsius"));
  EXPECT_TRUE(has(normalize_text("It reached \u22124 F at the airport."), "minus four degrees Fahrenheit"));
}

TEST(BareTemperatures, LabelsLettersAndChargeRatesStay) {
  EXPECT_FALSE(has(normalize_text("Students in Grade 5 C faced cold weather on the trip."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("Read pages 12 C and D on cold fronts."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("The cell can charge at 4 C even in cold weather."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("See Section 7 C of the heat code."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("The band played 3 F sharp chords."), "Fahrenheit"));
  EXPECT_FALSE(has(normalize_text("She finished with 4 C grades."), "Celsius"));
}

}  // namespace briefcast
