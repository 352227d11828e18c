// Words of trades that rules of several classes key on.
#include "normalize/trade_cues.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast::rules {
namespace {

TEST(TellsOfWelding, TheWeldItsTradeAndItsProcessesInAnyCase) {
  EXPECT_TRUE(tells_of_welding("Welded"));
  EXPECT_TRUE(tells_of_welding("welders"));
  EXPECT_TRUE(tells_of_welding("TIG"));
  EXPECT_TRUE(tells_of_welding("MMA"));
  EXPECT_FALSE(tells_of_welding("wield"));
  EXPECT_FALSE(tells_of_welding("steel"));
}

// The classes that key on welding agree: each reads its mark in a line with any word of it.
TEST(TellsOfWelding, EachClassReadsItsMarkInAWeldingLine) {
  EXPECT_EQ(normalize_text("The welded frame took 160 A on the root run."),
            "The welded frame took one hundred sixty amps on the root run.");
  EXPECT_EQ(normalize_text("The welder set the 316L rod aside."), "The welder set the three sixteen L rod aside.");
  EXPECT_EQ(normalize_text("A welder keeps pure Ar on the cart."), "A welder keeps pure argon on the cart.");
  EXPECT_EQ(normalize_text("The MIG bay cut sch 40 stubs."), "The Mig bay cut schedule forty stubs.");
}

TEST(TellsOfSky, BodiesInstrumentsCoordinatesAndDecayButNotDec) {
  EXPECT_TRUE(tells_of_sky("Telescope"));
  EXPECT_TRUE(tells_of_sky("RA"));
  EXPECT_TRUE(tells_of_sky("half-life"));
  EXPECT_FALSE(tells_of_sky("Dec"));
  EXPECT_FALSE(tells_of_sky("December"));
  EXPECT_FALSE(tells_of_sky("target"));
}

// A December temperature is no declination, even beside the stars.
TEST(TellsOfSky, ATemperatureAfterDecIsNoDeclination) {
  EXPECT_EQ(normalize_text("In Dec -6\u00b0C nights are common and the stars are bright.").find("declination"),
            std::string::npos);
  EXPECT_NE(normalize_text("The telescope found it at Dec. -12\u00b0 40\u2032 last night.").find("declination"),
            std::string::npos);
}

TEST(TellsOfShips, ShipsTheirClassesAndYards) {
  EXPECT_TRUE(tells_of_ships("Capesize"));
  EXPECT_TRUE(tells_of_ships("tankers"));
  EXPECT_TRUE(tells_of_ships("shipyard"));
  EXPECT_FALSE(tells_of_ships("car"));
  EXPECT_FALSE(tells_of_ships("fleet"));
}

// The rules that key on ships agree: a line with any word of them reads either tonnage.
TEST(TellsOfShips, GrossAndDeadweightTonnageInOneShipsLine) {
  std::string said = normalize_text("The capesize bulker, 108,000 GT and 206,000 dwt, left the yard.");
  EXPECT_NE(said.find("gross tons"), std::string::npos);
  EXPECT_NE(said.find("deadweight tonnes"), std::string::npos);
}

}  // namespace
TEST(TellsOfHorseRacing, TheCardTheHorsesAndTheirPeople) {
  EXPECT_TRUE(tells_of_horse_racing("Jockey"));
  EXPECT_TRUE(tells_of_horse_racing("furlongs"));
  EXPECT_TRUE(tells_of_horse_racing("trifecta"));
  EXPECT_FALSE(tells_of_horse_racing("chase"));
  EXPECT_FALSE(tells_of_horse_racing("odds"));
}

TEST(TellsOfRowing, TheBoatsTheirPeopleAndRaces) {
  EXPECT_TRUE(tells_of_rowing("Regatta"));
  EXPECT_TRUE(tells_of_rowing("coxless"));
  EXPECT_TRUE(tells_of_rowing("erg"));
  EXPECT_FALSE(tells_of_rowing("crew"));
  EXPECT_FALSE(tells_of_rowing("stroke"));
}

TEST(TradeCues, SharedCuesOfCompaniesGeologyRoadsAndTheSea) {
  EXPECT_TRUE(tells_of_company_figures("EBITDA"));
  EXPECT_TRUE(tells_of_company_figures("Guidance"));
  EXPECT_FALSE(tells_of_company_figures("sales"));
  EXPECT_FALSE(tells_of_company_figures("demand"));
  EXPECT_TRUE(tells_of_geology("Jurassic"));
  EXPECT_FALSE(tells_of_geology("Ma"));
  EXPECT_TRUE(tells_of_roads("Interchange"));
  EXPECT_TRUE(tells_of_roads("roads"));
  EXPECT_FALSE(tells_of_roads("litre"));
  EXPECT_TRUE(tells_of_the_sea("trawler"));
  EXPECT_FALSE(tells_of_the_sea("artery"));
}

}  // namespace briefcast::rules
