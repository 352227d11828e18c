// A unit over two or more things it is counted per: each slash is "per".
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(PerChains, EachSlashIsPer) {
  EXPECT_EQ(normalize_text("The flock gives 4 kg/ewe/yr of wool."),
            "The flock gives four kilograms per ewe per year of wool.");
  EXPECT_EQ(normalize_text("Trawlers may keep 250 kg/boat/day of cod."),
            "Trawlers may keep two hundred fifty kilograms per boat per day of cod.");
}

TEST(PerChains, NoUnitNoChain) {
  // Words with slashes and no unit first stay a choice.
  EXPECT_EQ(normalize_text("Pick 2 red/blue/green cards."), "Pick two red, blue, green cards.");
}

TEST(PerChains, ABareCountOverAnAreaAndASpan) {
  EXPECT_EQ(normalize_text("Predatory mites were let out at 5/m\u00b2/wk in the tunnels."),
            "Predatory mites were let out at five per square meter per week in the tunnels.");
  // Figures on both sides of the slashes are a date or a score, no rate.
  EXPECT_EQ(normalize_text("The team won 4/2/1 overall."), "The team won four / two / one overall.");
}

TEST(PerChains, InsulinUnitsAndRanges) {
  EXPECT_TRUE(has(normalize_text("Start at 0.3 U/kg/day and review."), "zero point three units per kilogram per day"));
  EXPECT_TRUE(has(normalize_text("a drip of 0.05\u20130.1 U/kg/h in the unit"),
                  "to zero point one units per kilogram per hour"));
}

// A plural counted noun over singular ones after a figure is a rate of effort; alternatives and
// counts of days stay as they were.
TEST(PerChains, CountedNounPerEffort) {
  EXPECT_EQ(normalize_text("Volunteers logged 57 moths/lamp/night in July."),
            "Volunteers logged fifty seven moths per lamp per night in July.");
  EXPECT_EQ(normalize_text("The striker averages 0.8 assists/match."), "The striker averages zero point eight assists per match.");
  EXPECT_EQ(normalize_text("Wardens issued 12 tickets/officer/shift."), "Wardens issued twelve tickets per officer per shift.");
  EXPECT_EQ(normalize_text("Rural schools average 14 pupils/teacher."), "Rural schools average fourteen pupils per teacher.");
  EXPECT_EQ(normalize_text("The 6 cats/dogs were rehomed."), "The six cats or dogs were rehomed.");
  EXPECT_EQ(normalize_text("She trains 5 days/week."), "She trains five days a week.");
}

}  // namespace briefcast
