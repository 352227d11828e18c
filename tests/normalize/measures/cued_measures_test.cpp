// Unit symbols the words of the line decide ("nm" at sea or in the air is the nautical mile), and a
// quake's magnitude ("an M5.9 earthquake", "a 6.3 Mw shock") read only in a line of a quake.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CuedMeasures, NauticalMilesOfAFlight) {
  EXPECT_EQ(normalize_text("The Embraer flew 2,400 nm non-stop to Lisbon."),
            "The Embraer flew twenty four hundred nautical miles non-stop to Lisbon.");
  EXPECT_EQ(normalize_text("The jet has a range of 3,500 nm."), "The jet has a range of thirty five hundred nautical miles.");
  // A word of chips still makes it the nanometre.
  EXPECT_EQ(normalize_text("The chip plant makes 5 nm parts for jets."), "The chip plant makes five-nanometer parts for jets.");
}

TEST(QuakeMagnitude, WrittenWithM) {
  EXPECT_EQ(normalize_text("an M5.9 earthquake shook the city"), "a magnitude five point nine earthquake shook the city");
  EXPECT_EQ(normalize_text("the M2.5 chip is fast"), "the M2.5 chip is fast");  // no quake in the line
}

TEST(QuakeMagnitude, ARangeOfMagnitudesInOneWord) {
  EXPECT_EQ(normalize_text("Swarms of M2.1-M3.4 tremors shook the valley."),
            "Swarms of magnitude two point one to three point four tremors shook the valley.");
  EXPECT_EQ(normalize_text("Aftershocks ran M4.0\u20135.2 overnight."),
            "Aftershocks ran magnitude four point zero to five point two overnight.");
  // Without a word of quakes it is no magnitude, and a whole figure is no magnitude either.
  EXPECT_EQ(normalize_text("Take the M4.0-M5.2 stretch north.").find("magnitude"), std::string::npos);
  EXPECT_EQ(normalize_text("The quake zone lies off the M4-M5 junction.").find("magnitude"), std::string::npos);
}

TEST(QuakeMagnitude, AQuakeReportLinesMagnitudeBeforeASpacedDash) {
  EXPECT_EQ(normalize_text("Earthquake: M 4.3 - 18 km SW of Ridgetown"),
            "Earthquake: magnitude four point three, eighteen kilometers southwest of Ridgetown");
  EXPECT_EQ(normalize_text("a quake of M 6.0 hit"), "a quake of magnitude six point zero hit");
  EXPECT_EQ(normalize_text("Quake: M 3.1 -- 7 km E of Lakeview"),
            "Quake: magnitude three point one, seven kilometers east of Lakeview");
  // Without a word of earthquakes a spaced dash between figures is a range.
  EXPECT_EQ(normalize_text("from 2.5 - 40 km away"), "from two point five to forty kilometers away");
}

TEST(QuakeMagnitude, TheWordIsNotSaidTwice) {
  EXPECT_EQ(normalize_text("A magnitude M6.2 tremor hit Chile."), "A magnitude six point two tremor hit Chile.");
  EXPECT_EQ(normalize_text("it had a magnitude of M5.8"), "it had a magnitude of five point eight");
  EXPECT_EQ(normalize_text("a magnitude-M7 shock"), "a magnitude seven shock");
  EXPECT_EQ(normalize_text("an M6.9 quake struck"), "a magnitude six point nine quake struck");
  // Words of a quake other than "quake" itself, and a catalogue's "or more".
  EXPECT_EQ(normalize_text("The M6.1 mainshock was followed by dozens of smaller jolts."),
            "The magnitude six point one mainshock was followed by dozens of smaller jolts.");
  EXPECT_EQ(normalize_text("Its epicentre lay offshore; the M5.4 was felt inland."),
            "Its epicentre lay offshore; the magnitude five point four was felt inland.");
  EXPECT_EQ(normalize_text("the odds of an M7.0+ quake this decade"),
            "the odds of a magnitude seven or greater quake this decade");
  // With no word of a quake, "M" and a figure stay as written (a solar flare's class).
  EXPECT_EQ(normalize_text("an M4.5 flare erupted from the sun"), "an M4.5 flare erupted from the sun");
  // A whole "M" figure without the word is a road.
  EXPECT_EQ(normalize_text("the M4 was closed"), "the M four was closed");
}

TEST(QuakeMagnitude, MomentMagnitudeOfAQuake) {
  EXPECT_EQ(normalize_text("The quake, a 6.3 Mw shock, was felt in the capital."),
            "The quake, a magnitude six point three shock, was felt in the capital.");
  EXPECT_EQ(normalize_text("Seismologists rated the Mw 5.9 tremor as moderate."),
            "Seismologists rated the magnitude five point nine tremor as moderate.");
  EXPECT_EQ(normalize_text("The wind farm adds a 4.5 Mw turbine."), "The wind farm adds a four point five Mw turbine.");
}

TEST(QuakeMagnitude, MomentMagnitudeOnlyWithAWordOfQuakesNear) {
  // A word of quakes at the far end of a long line leaves a miscased megawatt alone.
  std::string far = "The new wind farm off the coast adds a 2.5 Mw turbine to the grid this spring, and the council "
                    "said the old pier, closed since the earthquake years ago, will open again.";
  EXPECT_EQ(normalize_text(far).find("magnitude"), std::string::npos);
  EXPECT_NE(normalize_text("Villagers felt a Mw 4.1 aftershock at dawn.").find("magnitude four point one"),
            std::string::npos);
}

TEST(CuedMeasures, NauticalMilesOfAFishingLimit) {
  EXPECT_TRUE(normalize_text("The fishery closes all waters out to 3 nm from the shore.").find("three nautical miles") !=
              std::string::npos);
  EXPECT_TRUE(normalize_text("Inshore boats must stay within 12nm in winter.").find("twelve nautical miles") !=
              std::string::npos);
  // Without words of the sea the nanometre stays.
  EXPECT_EQ(normalize_text("The lab etched 7 nm grooves into the wafer."), "The lab etched seven-nanometer grooves into the wafer.");
}

TEST(QuakeMagnitude, LocalMagnitudeOfAQuake) {
  EXPECT_EQ(normalize_text("A 2.3 ML quake shook the valley overnight."), "A magnitude two point three quake shook the valley overnight.");
  EXPECT_EQ(normalize_text("Seismologists logged an ML 3.1 event near the dam."),
            "Seismologists logged a magnitude three point one event near the dam.");
  // Megaliters of water keep their unit, beside a quake's words too.
  EXPECT_EQ(normalize_text("The reservoir released 4.5 ML into the river."),
            "The reservoir released four point five megaliters into the river.");
  EXPECT_EQ(normalize_text("After the tremor, crews pumped 2.5 ML of water from the mine.").find("magnitude"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(CuedMeasures, GrossTonnageJoinedToItsShip) {
  EXPECT_EQ(normalize_text("The line ordered a 95,000-GT ship from the yard."),
            "The line ordered a ninety-five-thousand-gross-ton ship from the yard.");
  // A car's "GT" keeps its letters, joined or not.
  EXPECT_EQ(normalize_text("He bought a 2019-GT coupe.").find("gross"), std::string::npos);
}

TEST(CuedMeasures, KnotRangesBesideWindAndSail) {
  EXPECT_EQ(normalize_text("Yachts raced in a breeze of 10\u201315 kt."), "Yachts raced in a breeze of ten to fifteen knots.");
  EXPECT_EQ(normalize_text("The mine shipped 40\u201350 kt of copper."), "The mine shipped forty to fifty kilotonnes of copper.");
  // A traded good just before the figure is weighed, though boats are near; lasers are nanometres.
  EXPECT_EQ(normalize_text("The catch fell 6\u20137 kt as trawlers stayed in port.").find("knots"), std::string::npos);
  EXPECT_EQ(normalize_text("Lasers at 500\u2013600 nm lit up the harbour.").find("nautical"), std::string::npos);
}

TEST(CuedMeasures, AThirdSideMakesABoxNoScreen) {
  EXPECT_EQ(normalize_text("A 1920 \u00d7 1080 display and a 600 \u00d7 400 \u00d7 300 mm crate."),
            "A nineteen twenty by ten eighty display and a six-hundred-by-four-hundred-by-three-hundred-millimeter crate.");
  EXPECT_EQ(normalize_text("Letters up to 353 \u00d7 250 \u00d7 25 mm qualify."),
            "Letters up to three hundred fifty three by two hundred fifty by twenty five millimeters qualify.");
}

// With no wind, sail, craft or sea near, "kt" goes at no speed: it weighs.
TEST(CuedMeasures, KilotonnesWithNoCraftNear) {
  EXPECT_TRUE(normalize_text("The detector's 40 kt water tank is being filled.").find("forty-thousand-tonne") !=
              std::string::npos);
  // With no cue of mass, "kt" is a storm's or a craft's speed.
  EXPECT_TRUE(normalize_text("Forecasters say Hilda may reach 95 kt by Sunday.").find("five knots by") !=
              std::string::npos);
  EXPECT_TRUE(normalize_text("The typhoon's winds eased to 80 kt overnight.").find("eighty knots") != std::string::npos);
  EXPECT_TRUE(normalize_text("The cyclone's peak of 125 kt made it a Category 4.").find("tonne") == std::string::npos);
  EXPECT_TRUE(normalize_text("The drone flies at 45 kt.").find("tonne") == std::string::npos);
  EXPECT_TRUE(normalize_text("The frigate cruised at 18 kt off the cape.").find("eighteen knots") != std::string::npos);
}

// A spaced "kt" before gold is its fineness in carats.
TEST(CuedMeasures, CaratsBeforeGold) {
  EXPECT_EQ(normalize_text("She wore a 22 kt gold bangle."), "She wore a twenty-two-carat gold bangle.");
  EXPECT_EQ(normalize_text("He sold 9 kt white gold rings."), "He sold nine-carat white gold rings.");
  EXPECT_TRUE(normalize_text("The ferry sails at 14 kt past the gold coast.").find("carat") == std::string::npos);
}

// A quake's physics words (a rupture, a fault, a swarm) count only beside a word of a quake.
TEST(CuedMeasures, MagnitudeBesideQuakePhysicsNeedsAQuake) {
  EXPECT_EQ(normalize_text("After the quake, the M6.3 rupture broke the surface for 40 km."),
            "After the quake, the magnitude six point three rupture broke the surface for forty kilometers.");
  EXPECT_EQ(normalize_text("Planners model an M6.0+ earthquake on the fault."),
            "Planners model a magnitude six or greater earthquake on the fault.");
  EXPECT_EQ(normalize_text("The swarm produced 800 quakes, nearly all below M3."),
            "The swarm produced eight hundred quakes, nearly all below magnitude three.");
  EXPECT_EQ(normalize_text("Traffic on the M3 was slow below Junction 4."),
            "Traffic on the M three was slow below Junction four.");
  // No word of a quake: a burst main, a generator's fault, bolts, wasps.
  EXPECT_EQ(normalize_text("A burst main ruptured and 4.5 ML flowed into the drain.").find("magnitude"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Crews found a fault in the 3.2 Mw generator at Hornsea.").find("magnitude"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The fault was traced to M4.5 rivets from one supplier.").find("magnitude"),
            std::string::npos);
  EXPECT_EQ(normalize_text("A swarm of wasps nested by the M2.4 coupling.").find("magnitude"), std::string::npos);
  EXPECT_EQ(normalize_text("The tendon rupture kept her in an M3.5 splint.").find("magnitude"), std::string::npos);
}

// After a figure "ML" and "Mw" are a scale only before the shock they measure.
TEST(CuedMeasures, LettersAfterAFigureNeedTheShock) {
  EXPECT_EQ(normalize_text("Near the quake zone a 3.4 ML reservoir was drained.").find("magnitude"), std::string::npos);
  EXPECT_EQ(normalize_text("Aftershocks went on as a 1.5 Mw solar array came online.").find("magnitude"),
            std::string::npos);
  EXPECT_NE(normalize_text("Seismologists logged a 2.7 ML tremor under the lake.").find("magnitude two point seven"),
            std::string::npos);
  // Before the figure, the letters and the shock they measure need no other word of a quake.
  EXPECT_NE(normalize_text("Monitors logged an Mw 3.9 event under the volcano.").find("magnitude three point nine"),
            std::string::npos);
}

// A whole "M3" after "below" is a magnitude only with quakes counted just before it.
TEST(CuedMeasures, ComparedWholeMagnitudeNeedsQuakes) {
  EXPECT_EQ(normalize_text("The fault lies with the board, which kept prices below M3 rates."),
            "The fault lies with the board, which kept prices below M three rates.");
  EXPECT_EQ(normalize_text("Tremors were felt downtown, and later the coach sped over M5 roadworks.").find("magnitude"),
            std::string::npos);
  EXPECT_NE(normalize_text("Sensors logged 62 aftershocks above M4 by noon.").find("above magnitude four"),
            std::string::npos);
}

// Every plural of a quake's own noun counts quakes, the kinds of shock as much as "quakes".
TEST(CuedMeasures, EveryPluralOfAShockCountsQuakes) {
  EXPECT_NE(normalize_text("Some 35 foreshocks, all below M3, came first.").find("below magnitude three"),
            std::string::npos);
  EXPECT_NE(normalize_text("Two mainshocks above M6 struck a day apart.").find("above magnitude six"),
            std::string::npos);
  EXPECT_NE(normalize_text("Dozens of temblors below M2 rattled the valley.").find("below magnitude two"),
            std::string::npos);
}

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(CuedMeasures, CapitalNauticalMilesAtSea) {
  EXPECT_TRUE(has(normalize_text("The yacht was 340 NM west of the island."), "three hundred forty nautical miles west"));
  // Torque in capitals beside a boat stays what the engine copy wrote.
  EXPECT_FALSE(has(normalize_text("The boat's engine gives 250 NM of torque."), "nautical"));
  EXPECT_FALSE(has(normalize_text("The team drove 40 miles to Taos, NM, for the race."), "nautical"));
  EXPECT_TRUE(has(normalize_text("The trawler sank 18 NM SE of the cape."), "eighteen nautical miles"));
  EXPECT_TRUE(has(normalize_text("A ferry was 6 NM away."), "six nautical miles away"));
  // A year, a road number, a line about the state, a noun or a name after the letters: New Mexico.
  EXPECT_FALSE(has(normalize_text("The pilot flew at the 2021 NM Balloon Fiesta."), "nautical"));
  EXPECT_FALSE(has(normalize_text("The jet crashed by Highway 14 NM, the Navy said."), "nautical"));
  EXPECT_FALSE(has(normalize_text("The plane landed near exit 33 NM at dawn."), "nautical"));
  EXPECT_FALSE(has(normalize_text("Santa Fe pilots logged 40 NM off the range."), "nautical"));
  EXPECT_FALSE(has(normalize_text("The airman's 19 NM plates were stolen at the port."), "nautical"));
  EXPECT_FALSE(has(normalize_text("The cruise line's margin was 8 NM in the filing."), "nautical"));
}

// A distance before a spelled compass point and "of" is a noun phrase, as before a point in
// letters: "eighty five nautical miles north-east of", never a hyphenated adjective.
TEST(CuedMeasures, DistanceBeforeASpelledCompassPoint) {
  EXPECT_NE(normalize_text("The yacht was found 85 NM north-east of Cork.").find("eighty five nautical miles north-east of"), std::string::npos);
  EXPECT_NE(normalize_text("The trawler sank 40 nm south-west of Brest.").find("forty nautical miles south-west of"), std::string::npos);
}

TEST(CuedMeasures, ACompanysWordsBesideADistanceAtSeaLeaveItNautical) {
  // Only a results table's words make "NM" "not meaningful"; an outlook or guidance is in any line.
  EXPECT_TRUE(has(normalize_text("The shipper's outlook dimmed after a tanker was hit 55 NM off Oman."),
                  "fifty five nautical miles off"));
  EXPECT_FALSE(has(normalize_text("EPS rose 12%, and margin change is 9 NM in the table."), "nautical"));
}

}  // namespace briefcast
