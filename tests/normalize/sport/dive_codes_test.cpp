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

}  // namespace briefcast
