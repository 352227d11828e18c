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

TEST(BareTemperatures, AFrameRightBeforeOrAWeatherWordAfter) {
  EXPECT_TRUE(has(normalize_text("Overnight lows of -19 C are forecast for Sudbury."), "minus nineteen degrees Celsius"));
  EXPECT_TRUE(has(normalize_text("Pure ethanol boils at 78 C at sea level."), "seventy eight degrees Celsius"));
  EXPECT_TRUE(has(normalize_text("Keep the vials refrigerated at 2-6 C."), "two to six degrees Celsius"));
  EXPECT_TRUE(has(normalize_text("It will be -34 C windchill by morning."), "minus thirty four degrees Celsius"));
  EXPECT_TRUE(has(normalize_text("Expect lows of 10 F Friday."), "ten degrees Fahrenheit Friday"));
  EXPECT_TRUE(has(normalize_text("The mercury plunged to -38 F in Bemidji."), "minus thirty eight degrees Fahrenheit"));
  // A figure a market or a team falls to is no temperature, whatever the weather.
  EXPECT_FALSE(has(normalize_text("In the cold snap, the shares fell to 3 C on the ratings board."), "Celsius"));
  EXPECT_TRUE(has(normalize_text("Temperatures between 3 C and 9 C are likely."),
                  "three degrees Celsius and nine degrees Celsius"));
}

// Only the phrase itself makes a temperature: a minus, or a word of heat somewhere in the line
// ("hot", "Heat", "cold", "forecast"), says nothing of the figure.
TEST(BareTemperatures, NoFrameNoTemperature) {
  EXPECT_FALSE(has(normalize_text("Thomas, -7 F, trails by three going into Sunday."), "Fahrenheit"));
  EXPECT_FALSE(has(normalize_text("The Suns added 6-8 F Marcus Reid on a cold night in Denver."), "Fahrenheit"));
  EXPECT_FALSE(has(normalize_text("The Sabres called up 6 C Lukas Berg during a hot streak."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("A traveller in 31 F said the cabin felt hot."), "Fahrenheit"));
  EXPECT_FALSE(has(normalize_text("Clause 9 C of the lease was void despite the heat."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("The Dax slid 3 C in cold trading overnight."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("Officers went to 22 F Street after a hot night."), "Fahrenheit"));
  EXPECT_FALSE(has(normalize_text("He got a 2 C in physics despite the warm weather."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("A low-rated school rose to 4 C in the league table."), "Celsius"));
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
