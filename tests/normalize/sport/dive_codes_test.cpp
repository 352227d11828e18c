// Diving's dive numbers among words of springboard and platform diving.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(DiveCodes, DiveNumberBesideDivingWords) {
  std::string said = normalize_text("On the 3m springboard she opened with a 205B and closed with a 5154B.");
  EXPECT_TRUE(has(said, "a two oh five B")) << said;
  EXPECT_TRUE(has(said, "a five one five four B")) << said;
  EXPECT_FALSE(has(said, "Celsius")) << said;
}

TEST(DiveCodes, TemperaturesAndRoomsStayAsTheyWere) {
  EXPECT_TRUE(has(normalize_text("The divers trained in water kept at 27C all week."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("The meeting is in room 109C on Friday."), "oh nine"));
  EXPECT_FALSE(has(normalize_text("Bus 405A leaves at noon from the platform."), "oh five A"));
}

TEST(DiveCodes, ShapeOfADiveNumber) {
  std::string said = normalize_text("The synchro pair chose a 407C, then a 6243D and a 5335D.");
  EXPECT_TRUE(has(said, "four oh seven C")) << said;
  EXPECT_TRUE(has(said, "six two four three D")) << said;
  EXPECT_TRUE(has(said, "five three three five D")) << said;
  // No dive has these shapes: a temperature, a sum in billions and a current stay as before.
  said = normalize_text("At the diving centre the sauna is kept at 110C.");
  EXPECT_FALSE(has(said, "one one oh")) << said;
  said = normalize_text("Springboard makers won a 700B yen order.");
  EXPECT_TRUE(has(said, "billion")) << said;
  said = normalize_text("The springboard factory runs a 3000A feeder.");
  EXPECT_FALSE(has(said, "three oh oh oh")) << said;
  said = normalize_text("The diving club flew on the 6050C charter.");
  EXPECT_FALSE(has(said, "six oh five oh")) << said;
}

TEST(DiveCodes, WordsSharedWithOtherNewsAreNoCue) {
  // Platforms, dives of markets, police divers, pike and tuck shops tell of no diving contest.
  EXPECT_TRUE(has(normalize_text("Police divers found the car; the 180C fryer was still hot."), "Celsius"));
  EXPECT_TRUE(has(normalize_text("Shares took a dive as the 115C furnace failed at the platform."), "Celsius"));
  EXPECT_FALSE(has(normalize_text("The tuck shop sells pike pies at the 203B kiosk."), "two oh three"));
  // "diving" alone is scuba, a market or a goalkeeper; beside a word of competition it is the sport.
  EXPECT_TRUE(has(normalize_text("Bonds were diving while the 210B yen plan stalled."), "billion"));
  EXPECT_TRUE(has(normalize_text("The diving school heats its pool with a 104C boiler."), "Celsius"));
  EXPECT_TRUE(has(normalize_text("He took the diving title with a 307C in round four."), "three oh seven C"));
  // "diving" anywhere, with no noun after the code.
  EXPECT_TRUE(has(normalize_text("In the diving, her 305C earned 81 points."), "three oh five C"));
}

}  // namespace briefcast
