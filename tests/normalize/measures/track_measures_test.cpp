// A trade's shorthand read by its cue: a railway's miles and chains, a gradient's "one in", a
// length joined to its noun, a range of seconds, gloss units and a charter's day rate; and the
// same letters elsewhere, where they stay.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(TrackMeasures, MilesAndChainsOfARailwayMileage) {
  EXPECT_TRUE(has(normalize_text("Engineers relaid the points at 17m 22ch overnight."),
                  "seventeen miles twenty two chains"));
  EXPECT_FALSE(has(normalize_text("The wall is 17m high."), "miles"));
}

TEST(TrackMeasures, AGradientIsOneInItsRun) {
  EXPECT_TRUE(has(normalize_text("The branch climbs a steep incline (1:60) out of town."), "one in sixty"));
  EXPECT_FALSE(has(normalize_text("The film starts at 1:60 in the trailer."), "one in"));
}

TEST(TrackMeasures, ALengthJoinedToItsNoun) {
  EXPECT_TRUE(has(normalize_text("Trains slow for the 400 m-radius bend."), "four-hundred-meter-radius"));
}

TEST(TrackMeasures, ARangeBeforeSecondsAndGlossUnits) {
  EXPECT_TRUE(has(normalize_text("The varnish dries to 85 GU with a 5-9 s flash."), "eighty five gloss units"));
  EXPECT_TRUE(has(normalize_text("The varnish dries to 85 GU with a 5-9 s flash."), "five to nine seconds"));
  EXPECT_FALSE(has(normalize_text("Fans of GU 85 queued."), "gloss"));
}

TEST(TrackMeasures, ACharterRatePerDay) {
  EXPECT_TRUE(has(normalize_text("The tanker was fixed at $41,500 pd for a year."), "a day"));
  EXPECT_FALSE(has(normalize_text("The council paid $500 pd to the club."), "a day"));
}

TEST(TradeUnits27, KilotonnesOfTradeAndKnotsOfSpeed) {
  EXPECT_TRUE(has(normalize_text("Butter exports climbed to 41.2 kt last quarter."), "forty one point two thousand tonnes"));
  EXPECT_TRUE(has(normalize_text("The herring quota fell to 310 kt."), "three hundred ten thousand tonnes"));
  EXPECT_TRUE(has(normalize_text("Gusts hit 55 kt as exports were delayed at the port."), "knots"));
}

TEST(TradeUnits27, MillionsOfAVisitCountAcrossARegion) {
  EXPECT_TRUE(has(normalize_text("Museum visits across the country totalled 8.4m last year."), "eight point four million"));
  EXPECT_TRUE(has(normalize_text("The pit is 40m across."), "forty meters across"));
}

TEST(TradeUnits27, CaratsTroyOuncesAndCubicMeters) {
  EXPECT_TRUE(has(normalize_text("The emerald ring holds a 3.1 ct stone."), "three-point-one-carat stone"));
  EXPECT_TRUE(has(normalize_text("The jeweller said the sapphire weighs 4 ct."), "four carats"));
  EXPECT_FALSE(has(normalize_text("Temperatures will be 4 ct at noon."), "carat"));
  EXPECT_TRUE(has(normalize_text("Silver traded at $31.10/ozt on Monday."), "per troy ounce"));
  EXPECT_TRUE(has(normalize_text("The carrier holds 174,000 cbm of gas."), "cubic meters"));
  EXPECT_TRUE(has(normalize_text("A 90k cbm tank was built."), "ninety-thousand-cubic-meter tank"));
  EXPECT_TRUE(has(normalize_text("The plant sent 2.1 TBtu last week."), "trillion British thermal units"));
}

TEST(TradeUnits27, TonnesOfAnAxleLoad) {
  EXPECT_TRUE(has(normalize_text("Axle loads go up from 22.5 t to 30 t on the new rails."), "twenty two point five tonnes"));
}

}  // namespace briefcast
