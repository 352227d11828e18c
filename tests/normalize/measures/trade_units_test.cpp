// Unit letters read by the trade the line is about.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TradeUnits, InventedSentences) {
  EXPECT_EQ(normalize_text("Chronograph radar showed the bolt leaving the crossbow at 410 fps."),
            "Chronograph radar showed the bolt leaving the crossbow at four hundred ten feet per second.");
  EXPECT_EQ(normalize_text("The cameras record at 120fps in slow motion."),
            "The cameras record at one hundred twenty frames per second in slow motion.");
  EXPECT_EQ(normalize_text("The quad averaged 36 spm in the final."),
            "The quad averaged thirty six strokes per minute in the final.");
  EXPECT_EQ(normalize_text("The 14.2 ac paddock adjoins the farm."),
            "The fourteen-point-two-acre paddock adjoins the farm.");
  EXPECT_EQ(normalize_text("The river peaked at 6.85m AOD on Sunday."),
            "The river peaked at six point eight five meters A.O.D on Sunday.");
}

TEST(TradeUnits, HeatOutputAndSpacedInches) {
  EXPECT_EQ(normalize_text("The wood burner gives out 30,000 BTU/h at full load."),
            "The wood burner gives out thirty thousand B.T.U per hour at full load.");
  EXPECT_EQ(normalize_text("Dig the holes 18 in deep and 6 in wide."),
            "Dig the holes eighteen inches deep and six inches wide.");
}

TEST(TradeUnits, SpacedInchesOfAScreen) {
  EXPECT_EQ(normalize_text("The budget model has a 6.5 in display and a bigger battery."),
            "The budget model has a six-point-five-inch display and a bigger battery.");
  EXPECT_EQ(normalize_text("It ships with a 13.3 in (diagonal) screen."),
            "It ships with a thirteen-point-three-inch (diagonal) screen.");
  EXPECT_EQ(normalize_text("Sales of 55 in TVs rose again."), "Sales of fifty-five-inch T.V.'s rose again.");
  // "in" before anything else stays the word.
  EXPECT_EQ(normalize_text("Prices fell 2.5 in the first quarter, and screens got cheaper."),
            "Prices fell two point five in the first quarter, and screens got cheaper.");
  EXPECT_EQ(normalize_text("Only 1 in 5 displays passed the test."), "Only one in five displays passed the test.");
}

TEST(TradeUnits, SeaLevelDatum) {
  EXPECT_EQ(normalize_text("The summit lies 3,200m a.s.l. near the border."),
            "The summit lies thirty two hundred meters above sea level near the border.");
  EXPECT_EQ(normalize_text("The station sits at 850 ft amsl on the ridge."),
            "The station sits at eight hundred fifty feet above mean sea level on the ridge.");
}

TEST(TradeUnits, BarrelsOfABrewery) {
  EXPECT_EQ(normalize_text("The brewery installed a 15 BBL brewhouse last spring."),
            "The brewery installed a fifteen-barrel brewhouse last spring.");
}

TEST(TradeUnits, DryMatterAfterAWeight) {
  EXPECT_EQ(normalize_text("Ewes need about 2 kg DM a day in late pregnancy."),
            "Ewes need about two kilograms of dry matter a day in late pregnancy.");
  EXPECT_EQ(normalize_text("The ley yielded 11 t DM/ha last season."),
            "The ley yielded eleven tonnes of dry matter per hectare last season.");
}

TEST(TradeUnits, ANutrientPerAreaAfterAWeight) {
  EXPECT_EQ(normalize_text("The trial plots got 140 kg N/ha in two splits."),
            "The trial plots got one hundred forty kilograms of nitrogen per hectare in two splits.");
  EXPECT_EQ(normalize_text("Grassland needs 25 kg P2O5/ha and 90 kg K2O/ha."),
            "Grassland needs twenty five kilograms of phosphate per hectare and ninety kilograms of potash per hectare.");
  EXPECT_EQ(normalize_text("Growers cut back to 120 lb N/acre."), "Growers cut back to one hundred twenty pounds of nitrogen per acre.");
  EXPECT_EQ(normalize_text("Soils took up 15 kg K per hectare."), "Soils took up fifteen kilograms of potassium per hectare.");
}

TEST(TradeUnits, ALetterAfterAWeightWithNoAreaStaysALetter) {
  EXPECT_EQ(normalize_text("She lifted a 20 kg K bell.").find("potassium"), std::string::npos);
  EXPECT_EQ(normalize_text("Section N/ha notes").find("nitrogen"), std::string::npos);
}

// "#" glued after a figure beside a paper's grade is the ream's weight in pounds, one rule with
// a bow's draw weight.
TEST(TradeUnits, PoundSignOfPaperWeights) {
  EXPECT_EQ(normalize_text("The zine is printed on 60# uncoated stock."), "The zine is printed on sixty-pound uncoated stock.");
  EXPECT_EQ(normalize_text("Covers use 80# gloss."), "Covers use eighty-pound gloss.");
  EXPECT_EQ(normalize_text("She shoots a 45# bow."), "She shoots a forty-five-pound bow.");
}

TEST(TradeUnits, AFigureWithAFractionSignTakesTheTradeUnit) {
  EXPECT_EQ(normalize_text("The slot is 3\u00bd in deep."), "The slot is three and a half inches deep.");
  EXPECT_EQ(normalize_text("They bought 4\u00bd ac of farmland."), "They bought four and a half acres of farmland.");
  // "in" as the word after such a figure stays the word.
  EXPECT_EQ(normalize_text("We ate 1\u00bd in June."), "We ate one and a half in June.");
}

TEST(TradeUnits, AcresBesideALandTitlesWords) {
  EXPECT_TRUE(normalize_text("The vineyard sits on 14.5 ac of river flat.").find("fourteen point five acres") != std::string::npos);
  EXPECT_TRUE(normalize_text("Lot 7, a corner block, spans 0.92 ac in all.").find("zero point nine two acres") !=
              std::string::npos);
  // "a lot" is no land.
  EXPECT_EQ(normalize_text("There was a lot of talk about the 3 ac outlets.").find("acre"), std::string::npos);
}

TEST(TradeUnits, GrainsOfABulletOrAnArrow) {
  EXPECT_TRUE(normalize_text("Each cartridge holds 42 gr of propellant.").find("forty two grains of") != std::string::npos);
  EXPECT_TRUE(normalize_text("A 125 gr broadhead flew true.").find("one-hundred-twenty-five-grain broadhead") !=
              std::string::npos);
  // Without them "gr" stays as written.
  EXPECT_EQ(normalize_text("Add 200 gr of flour to the bowl.").find("grain"), std::string::npos);
}

TEST(TradeUnits, DryMatterADayOrAHead) {
  EXPECT_EQ(normalize_text("Heifers were offered 9 kg DM/day on the ley."),
            "Heifers were offered nine kilograms of dry matter a day on the ley.");
  EXPECT_EQ(normalize_text("Each cow ate 21 kg DM/hd in winter."), "Each cow ate twenty one kilograms of dry matter per head in winter.");
}

TEST(TradeUnits, PriceByTheWeightOfDryMatter) {
  EXPECT_EQ(normalize_text("Silage cost the herd 14p/kg DM this winter."),
            "Silage cost the herd fourteen pence per kilogram of dry matter this winter.");
}

TEST(TradeUnits, BelowSeaLevelOnCenterAndWaterConcentrations) {
  EXPECT_EQ(normalize_text("The quake struck 8 km bsl."), "The quake struck eight kilometers below sea level.");
  EXPECT_EQ(normalize_text("Studs at 24\" o.c. are enough."), "Studs at twenty four inches on center are enough.");
  EXPECT_EQ(normalize_text("Joists sit 400 mm o.c. in the loft."),
            "Joists sit four hundred millimeters on center in the loft.");
  // In capitals too; at a sentence's end the period stays and ends it.
  EXPECT_EQ(normalize_text("Frame it at 16\" O.C. The rest is trim."), "Frame it at sixteen inches on center. The rest is trim.");
  EXPECT_EQ(normalize_text("Keep free chlorine near 2 mg Cl\u2082/L."),
            "Keep free chlorine near two milligrams of chlorine per liter.");
  EXPECT_EQ(normalize_text("Hardness reached 180 mg CaCO\u2083/L."),
            "Hardness reached one hundred eighty milligrams of calcium carbonate per liter.");
}

TEST(TradeUnits, OnCenterAfterASpacing) {
  EXPECT_EQ(normalize_text("Set the joists at 24\" o.c. on the deck."), "Set the joists at twenty four inches on center on the deck.");
  EXPECT_EQ(normalize_text("Rafters sit 600 mm o.c. under the roof."),
            "Rafters sit six hundred millimeters on center under the roof.");
  EXPECT_EQ(normalize_text("She joined the o.c. team.").find("center"), std::string::npos);
}


namespace briefcast {

TEST(TradeUnits, MilkSolidsAfterAPricePerKilogram) {
  EXPECT_EQ(normalize_text("The co-op paid $8.10/kg MS last season."),
            "The co-op paid eight dollars ten cents per kilogram of milk solids last season.");
}

TEST(TradeUnits, BlowsPerMinuteOfAHammerDrill) {
  EXPECT_EQ(normalize_text("The new combi drill hits 0\u20135,100 bpm in hammer mode."),
            "The new combi drill hits zero to fifty one hundred blows per minute in hammer mode.");
  EXPECT_EQ(normalize_text("The breaker delivers 1,450 bpm at full throttle."),
            "The breaker delivers one thousand four hundred fifty blows per minute at full throttle.");
  // A heart's or a song's beats stay beats.
  EXPECT_EQ(normalize_text("His pulse settled at 60\u201370 bpm after the race."),
            "His pulse settled at sixty to seventy beats per minute after the race.");
  EXPECT_EQ(normalize_text("The track runs at 128 bpm."), "The track runs at one hundred twenty eight beats per minute.");
}

TEST(TradeUnits, DrillMusicAndHeartsBesideAToolsWordKeepBeats) {
  // "drill" is a genre of rap and a parade ground's; "hammer" a throw; "percussion" a band's.
  EXPECT_EQ(normalize_text("Drill songs at 140 bpm dominate the charts.").find("blows"), std::string::npos);
  EXPECT_EQ(normalize_text("After the fire drill, her heart rate fell to 70 bpm.").find("blows"), std::string::npos);
  EXPECT_EQ(normalize_text("The hammer thrower's pulse peaked at 190 bpm.").find("blows"), std::string::npos);
  EXPECT_EQ(normalize_text("The percussion section kept a steady 120 bpm.").find("blows"), std::string::npos);
  // A tool named by its other word still strikes blows.
  EXPECT_EQ(normalize_text("The rotary hammer delivers 4,600 bpm."),
            "The rotary hammer delivers forty six hundred blows per minute.");
}

}  // namespace briefcast

// Trade letters after a figure, read as units beside their trade's words.
TEST(TradeUnits, DivingDepthsInSeawater) {
  EXPECT_EQ(normalize_text("The chamber took the diver down to 50 fsw before decompression."),
            "The chamber took the diver down to fifty feet of seawater before decompression.");
  EXPECT_EQ(normalize_text("Nitrox divers were held to 30 msw on the wreck."),
            "Nitrox divers were held to thirty meters of seawater on the wreck.");
}

TEST(TradeUnits, CoralHeatStressAndTonnes) {
  EXPECT_EQ(normalize_text("Bleaching spread once the reef passed 6 DHW in March."),
            "Bleaching spread once the reef passed six degree heating weeks in March.");
  EXPECT_EQ(normalize_text("Argentina's wheat crop was put at 18.5 mmt."),
            "Argentina's wheat crop was put at eighteen point five million metric tonnes.");
  EXPECT_EQ(normalize_text("Owners fixed 58,000 dwt of Ultramax tonnage for the voyage."),
            "Owners fixed fifty eight thousand deadweight tonnes of Ultramax tonnage for the voyage.");
}

// "DHW" is a boiler's domestic hot water away from reefs; left to be spelt.
TEST(TradeUnits, DhwAwayFromReefsStaysLetters) {
  EXPECT_EQ(normalize_text("The boiler supplies 24 DHW outlets in the block."),
            "The boiler supplies twenty four D.H.W outlets in the block.");
}

TEST(TradeUnits, BottlesPerMinuteOfAFillingLine) {
  EXPECT_EQ(normalize_text("The rebuilt filler now caps 720 bpm of mineral water."),
            "The rebuilt filler now caps seven hundred twenty bottles per minute of mineral water.");
  EXPECT_EQ(normalize_text("Its new bottling line runs at 450 bpm."),
            "Its new bottling line runs at four hundred fifty bottles per minute.");
  EXPECT_EQ(normalize_text("The Tasmanian bottler's plant hit 250 bpm."),
            "The Tasmanian bottler's plant hit two hundred fifty bottles per minute.");
  // A bottle alone is no filling line: a drinker's or a feeder's sits beside a pulse or a tempo.
  EXPECT_EQ(normalize_text("Police found wine bottles by the bed; his pace had slowed to 44 bpm.").find("bottles per"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Fans threw bottles when the drop reached 174 bpm.").find("bottles per"), std::string::npos);
  EXPECT_EQ(normalize_text("She sipped from a bottle, holding a stride rate of 176 bpm.").find("bottles per"),
            std::string::npos);
  // A song or a heart beside a bottle keeps its beats; no bottle word, no bottles.
  EXPECT_EQ(normalize_text("The band's bottle-smashing anthem runs at 150 bpm on the album.").find("bottles per"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The line dancers kept to 96 bpm."), "The line dancers kept to ninety six beats per minute.");
  EXPECT_EQ(normalize_text("The new machine runs at 300 bpm."), "The new machine runs at three hundred beats per minute.");
}

}  // namespace briefcast

namespace briefcast {

TEST(TradeUnits, CropInitialsOverAnArea) {
  EXPECT_EQ(normalize_text("Yields rose to 22.4 t FFB/ha last year."),
            "Yields rose to twenty two point four tonnes of fresh fruit bunches per hectare last year.");
  EXPECT_TRUE(normalize_text("Trials gave 3.1 t GFW/ha in May.").find("per hectare") != std::string::npos);
  // Initials over a span of time, not an area, stay as they were.
  EXPECT_TRUE(normalize_text("The 2 t CEO/CFO roles were merged.").find(" per ") == std::string::npos);
  // One test of the initials for the tonnage's end and the crop's naming: an acre, written short.
  EXPECT_EQ(normalize_text("Plots gave 7 t HWB/ac in June."), "Plots gave seven tonnes of H.W.B per acre in June.");
  // A single capital or five are no crop's initials.
  EXPECT_TRUE(normalize_text("Fields gave 4 t ABCDE/ha in all.").find("per hectare") == std::string::npos);
}

}  // namespace briefcast
