// A figure with a capital C or F inside a list of plain figures is a code, not a temperature.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ListedCodes, LetteredFigureInAListOfFigures) {
  EXPECT_EQ(normalize_text("buses 11, 11C, 12 and 40 are diverted"), "buses eleven, eleven C, twelve and forty are diverted");
  EXPECT_EQ(normalize_text("lines 6, 8 and 8F stop here"), "lines six, eight and eight F stop here");
  EXPECT_EQ(normalize_text("routes 31C, 33, 35 run late"), "routes thirty one C, thirty three, thirty five run late");
  EXPECT_EQ(normalize_text("lines 4, 4B, 4C and 9"), "lines four, four B, four C and nine");
  EXPECT_EQ(normalize_text("take the 12C bus"), "take the twelve C bus");
  EXPECT_EQ(normalize_text("from platform 3F today"), "from platform three F today");
}

TEST(ListedCodes, TemperaturesStayTemperatures) {
  // A word of the weather in the line keeps the degrees.
  EXPECT_NE(normalize_text("Forecast: 12, 14C, 9").find("fourteen degrees Celsius"), std::string::npos);
  // Alone, or in a list where every figure carries its letter, it is a temperature.
  EXPECT_NE(normalize_text("it reached 38C in the city").find("thirty eight degrees Celsius"), std::string::npos);
  EXPECT_NE(normalize_text("between 21C, 23C and 25C").find("twenty one degrees Celsius"), std::string::npos);
  EXPECT_NE(normalize_text("It hit 9C in Leeds and 4, 5C in York").find("five degrees Celsius"), std::string::npos);
  EXPECT_NE(normalize_text("it was 2C, 4C and 6C").find("six degrees Celsius"), std::string::npos);
}

}  // namespace briefcast
