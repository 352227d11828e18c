// Unit letters that are something else alone, said as units where the words beside them show it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(ContextUnits, BareTonneBeforeOfOrAtTheClauseEnd) {
  EXPECT_TRUE(has(normalize_text("The barge unloaded 4,500 t of gravel."), "hundred tonnes of gravel"));
  EXPECT_TRUE(has(normalize_text("Its quota was cut to 12,000 t, officials said."), "twelve thousand tonnes, officials"));
  EXPECT_TRUE(has(normalize_text("Exports reached 2.5 million t in 2023"), "two point five million tonnes"));
  // A letter after a figure that is no quantity stays a letter.
  EXPECT_FALSE(has(normalize_text("Plan 5 t shirts were sold"), "tonne"));
}

TEST(ContextUnits, GeologicalMillionsOfYears) {
  EXPECT_TRUE(has(normalize_text("The basin opened 180 Ma, the survey says."), "one hundred eighty million years ago,"));
  EXPECT_TRUE(has(normalize_text("crystals formed 4.4 Ga in the crust"), "four point four billion years ago in"));
  // "ago" already written is not said twice.
  EXPECT_TRUE(has(normalize_text("a reef that grew 300 Ma ago"), "three hundred million years ago"));
  EXPECT_FALSE(has(normalize_text("a reef that grew 300 Ma ago"), "ago ago"));
  EXPECT_FALSE(has(normalize_text("Jack Ma said so"), "million"));
  // Thousands of years ("ka") as archaeology and ice-core copy writes them.
  EXPECT_TRUE(has(normalize_text("the hearth is 12 ka old"), "twelve thousand years old"));
  EXPECT_TRUE(has(normalize_text("ice laid down 130 ka in the last warm spell"), "one hundred thirty thousand years ago in"));
}

TEST(ContextUnits, TroyOunces) {
  EXPECT_TRUE(has(normalize_text("Platinum fell to $980 per troy oz."), "per troy ounce"));
  EXPECT_TRUE(has(normalize_text("The mine poured 52,000 troy oz in March."), "troy ounces in March"));
}

TEST(ContextUnits, ListedSymbols) {
  EXPECT_TRUE(has(normalize_text("a quota of 410,000 mt of hake"), "metric tons of hake"));
  EXPECT_TRUE(has(normalize_text("The e-reader has a 300 ppi screen."), "pixel-per-inch screen"));
  EXPECT_TRUE(has(normalize_text("Its display packs 458 ppi."), "pixels per inch"));
  EXPECT_TRUE(has(normalize_text("Fires burned 1.2 Mha of savanna."), "one point two million hectares of savanna"));
}

TEST(ContextUnits, PrintersPointBesideWordsOfType) {
  EXPECT_TRUE(has(normalize_text("Captions are set in 9pt italic."), "nine point italic"));
  EXPECT_TRUE(has(normalize_text("The ballot uses 14 pt type."), "fourteen point type"));
  EXPECT_TRUE(has(normalize_text("An em is 10 pt wide at that size."), "ten point wide"));
  // No type here: a poll's lead is in points of a score all the same (score_points).
  EXPECT_FALSE(has(normalize_text("Labour has a 3pt rise in Kent."), "point"));
  EXPECT_TRUE(has(normalize_text("Labour has a 3pt lead."), "three-point lead"));
}

TEST(ContextUnits, RateInitialismsAfterAPercentage) {
  EXPECT_TRUE(has(normalize_text("The stout is 6.5% abv."), "percent A.B.V"));
  EXPECT_TRUE(has(normalize_text("a card charging 24.9% apr on purchases"), "A.P.R on purchases"));
  EXPECT_FALSE(has(normalize_text("We met in apr last year"), "A.P.R"));
}

TEST(ContextUnits, MillionTonnesAndCarbonEquivalent) {
  EXPECT_TRUE(has(normalize_text("The mill makes 3.1 Mt of pulp a year."), "three point one million tonnes of pulp"));
  EXPECT_TRUE(has(normalize_text("Farms emitted 46 Mt CO2e in 2022."), "forty six million tonnes C.O two equivalent in"));
  EXPECT_TRUE(has(normalize_text("Each flight adds 1.2 tCO2e per seat."), "tonnes of C.O two equivalent per seat"));
}

TEST(ContextUnits, CalibratedAndCircaDates) {
  EXPECT_EQ(normalize_text("The pit is dated 2890-2670 cal BC."), "The pit is dated twenty eight ninety to twenty six seventy cal B.C.");
  EXPECT_EQ(normalize_text("A hut of c.750 BC was found."), "A hut of circa seven hundred fifty B.C was found.");
}

}  // namespace briefcast

namespace briefcast {

TEST(ContextUnits, AMassGluedToCarbonDioxide) {
  EXPECT_EQ(normalize_text("Output fell to 36.8 GtCO2 last year."), "Output fell to thirty six point eight billion tonnes of C.O two last year.");
  EXPECT_EQ(normalize_text("a cut of 12 MtCO2e"), "a cut of twelve million tonnes of C.O two equivalent");
  EXPECT_EQ(normalize_text("about 450 ktCO2"), "about four hundred fifty thousand tonnes of C.O two");
}

TEST(ContextUnits, TonnesBeforeAGrossWeight) {
  EXPECT_EQ(normalize_text("Tippers of 32 t GVW were banned from the bridge."),
            "Tippers of thirty two tonnes G.V.W were banned from the bridge.");
}

TEST(ContextUnits, IndianMillionTonnes) {
  EXPECT_EQ(normalize_text("India's wheat harvest is forecast at 112.7 mt this year."),
            "India's wheat harvest is forecast at one hundred twelve point seven million tonnes this year.");
  EXPECT_EQ(normalize_text("The US quota is 1.4 million mt of cod."),
            "The U.S quota is one point four million metric tons of cod.");
}

TEST(ContextUnits, TypePointsBeforeATypefaceName) {
  EXPECT_EQ(normalize_text("The menu was set in 11 pt Garamond."), "The menu was set in eleven point Garamond.");
  EXPECT_EQ(normalize_text("Headings use 48pt Bodoni."), "Headings use forty eight point Bodoni.");
  EXPECT_EQ(normalize_text("Borders are a 0.5pt hairline."), "Borders are a zero point five point hairline.");
}

TEST(ContextUnits, MolarAmongWordsOfChemistry) {
  EXPECT_EQ(normalize_text("Rinse the column with 0.5 M NaOH."), "Rinse the column with zero point five molar NaOH.");
  EXPECT_EQ(normalize_text("They made a 2 M solution of urea."), "They made a two-molar solution of urea.");
  EXPECT_EQ(normalize_text("Quench it in 6M hydrochloric acid."), "Quench it in six molar hydrochloric acid.");
  // Without a word of chemistry the letter is left to other rules.
  EXPECT_EQ(normalize_text("The club has 3 M members.").find("molar"), std::string::npos);
  EXPECT_EQ(normalize_text("The app has 4 M users and one solution.").find("molar"), std::string::npos);
}

TEST(ContextUnits, TonneBeforeAWeighedNoun) {
  EXPECT_EQ(normalize_text("A 26 t tipper backed up the quarry ramp to load."),
            "A twenty-six-tonne tipper backed up the quarry ramp to load.");
  EXPECT_EQ(normalize_text("The 44 t lorry weight limit applies on the old bridge."),
            "The forty-four-tonne lorry weight limit applies on the old bridge.");
  // No word of weighing: the letter stays a letter.
  EXPECT_EQ(normalize_text("The team scored 3 t tries in the match."), "The team scored three t tries in the match.");
}

TEST(ContextUnits, YearsOfAge) {
  EXPECT_EQ(normalize_text("It is approved for children aged 6 y and over."),
            "It is approved for children aged six years and over.");
  EXPECT_NE(normalize_text("Plot 6 y against time."), "Plot six years against time.");
}

TEST(ContextUnits, WaterEquivalent) {
  EXPECT_EQ(normalize_text("The ice cap thinned by 1.4 m w.e. over the summer."),
            "The ice cap thinned by one point four meters of water equivalent over the summer.");
}

TEST(ContextUnits, TonnesOfAFishHarvest) {
  EXPECT_EQ(normalize_text("The farm harvested 12,500 t GWE last year."),
            "The farm harvested twelve thousand five hundred tonnes G.W.E last year.");
}

}  // namespace briefcast

namespace briefcast {

TEST(ContextUnits, HyphenedTonneBeforeAVehicle) {
  EXPECT_EQ(normalize_text("A 7.5-t van needs a heavier licence."), "A seven-point-five-tonne van needs a heavier licence.");
  // A letter after a hyphen before some other noun stays a letter.
  EXPECT_FALSE(has(normalize_text("Grade 3-t pupils sat the test."), "tonne"));
}

}  // namespace briefcast

namespace briefcast {

TEST(ContextUnits, TroyOunceWrittenOzT) {
  EXPECT_TRUE(has(normalize_text("Silver closed at $31.20/oz t on Friday."), "per ounce troy on Friday"));
  EXPECT_FALSE(has(normalize_text("Grade 5 t shirts sold out."), "troy"));
}

TEST(ContextUnits, TonnesOfRatedLoadsAndJoinedWeights) {
  auto said = [](const std::string& text) { return normalize_text(text); };
  EXPECT_NE(said("A 32-t GVW tipper was weighed.").find("thirty-two-tonne"), std::string::npos);
  EXPECT_NE(said("The sling has a WLL of 12.5 t at 60 degrees.").find("twelve point five tonnes at"), std::string::npos);
  EXPECT_NE(said("The crane arrived on Monday and later set four 85-t girders in place.").find("eighty-five-tonne girders"),
            std::string::npos);
  EXPECT_NE(said("The old truck weighs 9.8 t vs 9.5 t for the new one.").find("nine point eight tonnes versus"),
            std::string::npos);
  // No word of weighing: a letter of a list or a test's name.
  EXPECT_NE(said("The t-test passed on 3 t scores.").find("t-test"), std::string::npos);
}

TEST(ContextUnits, CapitalMtIsTheMetricTonAmongWordsOfFreight) {
  EXPECT_EQ(normalize_text("The barge delivered 350 MT of wheat to the mill."),
            "The barge delivered three hundred fifty metric tons of wheat to the mill.");
  EXPECT_EQ(normalize_text("Each airlift carried 12 MT, officials said."),
            "Each airlift carried twelve metric tons, officials said.");
  // A gearbox's initials, or no freight near, stay letters.
  EXPECT_EQ(normalize_text("The hatchback comes with a 6-speed MT as standard.").find("metric"), std::string::npos);
  EXPECT_EQ(normalize_text("The meeting starts at 9 MT, the club said.").find("metric"), std::string::npos);
}

// A crop's or a trade's tonnage for the year: "output", "harvest", "exports" near the figure.
TEST(ContextUnits, CapitalMtIsTheMetricTonOfACropsOutput) {
  EXPECT_EQ(normalize_text("Ghana expects mango output of 48,000 MT in 2026, officials said."),
            "Ghana expects mango output of forty eight thousand metric tons in twenty twenty six, officials said.");
  EXPECT_TRUE(has(normalize_text("Pepper exports reached 9,500 MT, up 4%."), "ninety five hundred metric tons, up"));
  // A gearbox before its noun, or a state, stays as written.
  EXPECT_EQ(normalize_text("Exports rose for hatchbacks with 6 MT gearboxes.").find("metric"), std::string::npos);
  EXPECT_EQ(normalize_text("Wheat output in MT fell 3% this year.").find("metric"), std::string::npos);
}

// "cr" after a figure on a line from India is the crore.
TEST(ContextUnits, CrAfterAFigureInALineFromIndiaIsTheCrore) {
  EXPECT_EQ(normalize_text("Demat accounts in India rose to 17.9 cr in March."),
            "Demat accounts in India rose to seventeen point nine crore in March.");
  EXPECT_TRUE(has(normalize_text("Sales hit 2 lakh units and 1,450 cr in value."), "one thousand four hundred fifty crore in value"));
  // No line from India: course credits stay as written.
  EXPECT_EQ(normalize_text("Students need 12 cr to graduate.").find("crore"), std::string::npos);
}

TEST(ContextUnits, MountainTimeAndMileMarkersAmongWordsOfFreight) {
  // An hour in one of the zones, or after "at", is Mountain Time even where grain or aid is named.
  EXPECT_EQ(normalize_text("The game airs at 8 ET / 6 MT, with rice farmers at halftime.").find("metric"), std::string::npos);
  EXPECT_EQ(normalize_text("The ore trains leave at 4 MT each morning.").find("metric"), std::string::npos);
  // After a road's or a label's noun the letters are the place's.
  EXPECT_EQ(normalize_text("The freight train hauled coal past mile 12 MT.").find("metric"), std::string::npos);
  // An amount after "at" with what it is of still weighs.
  EXPECT_EQ(normalize_text("Wheat shipments stood at 9 MT of grain a day."),
            "Wheat shipments stood at nine metric tons of grain a day.");
}

TEST(ContextUnits, BareTonneInARangeOfWeights) {
  EXPECT_TRUE(has(normalize_text("The statues, from 3,5 t down to 400 kg, were moved by crane."),
                  "from three point five tonnes down to four hundred kilograms"));
  EXPECT_TRUE(has(normalize_text("Loads between 2 t and 800 kg need a permit."), "between two tonnes and eight hundred"));
  EXPECT_TRUE(has(normalize_text("The plan 5 t version was cheap."), "five t version"));
}

TEST(ContextUnits, ThousandsOfYearsSpannedAreALengthOfTime) {
  EXPECT_EQ(normalize_text("Sediments spanning 130 ka were cored."), "Sediments spanning one hundred thirty thousand years were cored.");
  EXPECT_EQ(normalize_text("The lake dried out over the last 20 ka."), "The lake dried out over the last twenty thousand years.");
  EXPECT_EQ(normalize_text("The ash fell 74 ka in the region."), "The ash fell seventy four thousand years ago in the region.");
}

// What a weight in "MT" is of names a good: metric tons, whatever the line's other words.
TEST(ContextUnits, MetricTonsOfAGood) {
  EXPECT_EQ(normalize_text("Growers sold 12.5 MT of cocoa last week."), "Growers sold twelve point five metric tons of cocoa last week.");
  EXPECT_EQ(normalize_text("The show airs at 9 MT on Fridays.").find("metric"), std::string::npos);
}

// A trade's terms of sale or its order near "MT" after a figure make it the metric ton.
TEST(ContextUnits, MetricTonsBesideTermsOfSale) {
  EXPECT_TRUE(normalize_text("Sesame was offered FOB Lagos with a minimum order of 20 MT and cash terms.")
                  .find("twenty metric tons and") != std::string::npos);
  EXPECT_TRUE(normalize_text("The show starts at 8 MT and ends at 10.").find("metric") == std::string::npos);
  // A carmaker's orders and deliveries are no freight; "the 6 MT" is one gearbox.
  EXPECT_TRUE(normalize_text("Buyers can order the 5 MT with the 1.5-litre petrol from May.").find("metric") ==
              std::string::npos);
  EXPECT_TRUE(normalize_text("Deliveries of the 6 MT and the DCT models start in June.").find("metric") ==
              std::string::npos);
  EXPECT_TRUE(normalize_text("Orders for the 6 MT open on Monday.").find("metric") == std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(ContextUnits, AnAgeWithItsErrorTakesTheScaleOnBothFigures) {
  EXPECT_EQ(normalize_text("The tuff dates to 74 \u00b1 2 ka at the type site."),
            "The tuff dates to seventy four thousand plus or minus two thousand years ago at the type site.");
  EXPECT_EQ(normalize_text("The zircons are 1.8 \u00b1 0.2 Ga old."),
            "The zircons are one point eight billion plus or minus zero point two billion years old.");
  // A measure with its error keeps its unit once, at the end.
  EXPECT_EQ(normalize_text("The shell is 14 \u00b1 1 mm wide."), "The shell is fourteen plus or minus one millimeter wide.");
}

TEST(ContextUnits, CapitalMtAfterAScaleIsMetricTonnes) {
  EXPECT_TRUE(has(normalize_text("Procurement reached 2.6 crore MT this season."), "two point six crore metric tons"));
  EXPECT_TRUE(has(normalize_text("Ghana's cocoa crop may fall to 0.65m MT next year."), "zero point six five million metric tons"));
  EXPECT_TRUE(has(normalize_text("Stocks stood at 8 lakh MT in June."), "eight lakh metric tons"));
  EXPECT_TRUE(has(normalize_text("Exports hit 4.2 million MT, officials said."), "four point two million metric tons"));
  // A gearbox, and a time zone, keep their letters.
  EXPECT_FALSE(has(normalize_text("The coupe comes with a 6MT box or an automatic."), "metric"));
  EXPECT_FALSE(has(normalize_text("The show airs at 7 MT on Sunday."), "metric"));
  EXPECT_FALSE(has(normalize_text("The state had 1.1 million MT voters on the rolls."), "metric"));
  EXPECT_FALSE(has(normalize_text("Around 2.3 million MT anglers bought licences."), "metric"));
}

// "pt" after a figure: a point of a score beside standings, a pint before a liquid.
TEST(ContextUnits, ScorePointsAndPints) {
  EXPECT_EQ(normalize_text("Leinster protected a 9-pt lead at the top of the table."),
            "Leinster protected a nine-point lead at the top of the table.");
  EXPECT_EQ(normalize_text("They finished 2 pts clear of Munster."), "They finished two points clear of Munster.");
  EXPECT_EQ(normalize_text("Whisk in 1 pt of cream and simmer."), "Whisk in one pint of cream and simmer.");
  EXPECT_EQ(normalize_text("Add 3 pts of water."), "Add three pints of water.");
  EXPECT_EQ(normalize_text("The Tories trail by 7 pts in the polls."), "The Tories trail by seven points in the polls.");
}

// Points only when a margin's word follows: standings words elsewhere prove nothing.
TEST(ContextUnits, PintsAndPartTimeBesideStandingsStay) {
  EXPECT_FALSE(has(normalize_text("Morrisons won shoppers back with its 2pt cream, ahead of Waitrose."), "point"));
  EXPECT_FALSE(has(normalize_text("Lidl's 8 pt skimmed jug is 5p behind Aldi's."), "point"));
  EXPECT_FALSE(has(normalize_text("The trust will recruit 35 pt nurses, the table shows, well behind target."),
                   "point"));
  EXPECT_TRUE(has(normalize_text("Ferrari's 14-pt cushion survived the race."), "fourteen-point cushion"));
  EXPECT_TRUE(has(normalize_text("The Democrats' 5 pt deficit shrank."), "five-point deficit"));
}

TEST(ContextUnits, ALoadAtItsWeightInHaulage) {
  EXPECT_EQ(normalize_text("The haulier's trailer, laden with 26 pallets at 19 t, crossed at dawn."),
            "The haulier's trailer, laden with twenty six pallets at nineteen tonnes, crossed at dawn.");
  // Before a noun or a name it could join the letter stays a letter, whatever load is near.
  EXPECT_EQ(normalize_text("Volunteer hauliers handed out packs of 5 t towels.").find("tonne"), std::string::npos);
  EXPECT_EQ(normalize_text("Cargo of 2 t Cells for the lab arrived.").find("tonne"), std::string::npos);
  EXPECT_EQ(normalize_text("The cargo ship was stuck at 9 t Monday.").find("tonne"), std::string::npos);
  // No word of a load: the letter stays a letter.
  EXPECT_EQ(normalize_text("The survey put support at 12 t and falling.").find("tonne"), std::string::npos);
}

TEST(ContextUnits, YearFormsOfGeologyAreSpans) {
  EXPECT_TRUE(has(normalize_text("The ice sheet lasted some 2.4 Myr before it broke."),
                  "two point four million years before"));
  EXPECT_FALSE(has(normalize_text("The ice sheet lasted some 2.4 Myr before it broke."), "ago"));
  EXPECT_TRUE(has(normalize_text("a gap of 35 kyr between the flows"), "thirty five thousand years between"));
  EXPECT_TRUE(has(normalize_text("the disc formed within 1.2 Gyr of the star"), "one point two billion years of"));
}

TEST(ContextUnits, GeologicalAgeJoinedBeforeOld) {
  EXPECT_TRUE(has(normalize_text("Divers found a 14-Myr-old whale skull."), "a fourteen-million-year-old whale"));
  EXPECT_TRUE(has(normalize_text("a 2.7-Ga-old zircon grain"), "two-point-seven-billion-year-old zircon"));
  // An age in years or any other unit joined to "old" is not read so.
  EXPECT_FALSE(has(normalize_text("a 9-year-old girl and a 3-Mb-old file"), "million-year"));
}

TEST(ContextUnits, RangesTakeTheTonnePath) {
  EXPECT_TRUE(has(normalize_text("Adult sharks reach 12\u201315 t in weight."), "twelve to fifteen tonnes in"));
  // A score before a lone letter stays a score.
  EXPECT_FALSE(has(normalize_text("They won 4-1 t the end."), "tonne"));
  EXPECT_TRUE(has(normalize_text("The rocks formed 3\u20135 Ma in the rift."), "three to five million years ago"));
  // A span of calendar years before the surname Ma is dates, not geological time.
  EXPECT_FALSE(has(normalize_text("From 2010-2015 Ma ran the bank."), "million"));
  EXPECT_FALSE(has(normalize_text("In the 2021-22 Ma coached in Shanghai."), "million"));
  EXPECT_FALSE(has(normalize_text("The 1996\u20132004 Ma tenure ended."), "million"));
  // A scale word after the letters makes them a currency's code (the ringgit), not an age.
  EXPECT_FALSE(has(normalize_text("Its reserves of 215 Myr billion grew."), "years"));
}

// "Ma" after a figure or a range is a name before a capitalised word in the same sentence, and a
// range reaches the age only on a line of geology.
TEST(ContextUnits, MaBeforeANameOrAfterAScoreIsNoAge) {
  EXPECT_EQ(normalize_text("Xu Xin trailed 3\u20132 Ma Lin before the break.").find("years"), std::string::npos);
  EXPECT_EQ(normalize_text("The 4-5 Ma Rainey covers sold out.").find("years"), std::string::npos);
  EXPECT_EQ(normalize_text("Seeded 5 Ma Lin reached the final.").find("years"), std::string::npos);
  EXPECT_EQ(normalize_text("The panel split 6\u20134 Ma said.").find("years"), std::string::npos);
  EXPECT_NE(normalize_text("The dune field formed 20\u201325 kyr ago.").find("twenty to twenty five thousand years ago"), std::string::npos);
  EXPECT_NE(normalize_text("The basalts erupted 65\u201362 Ma, the rock dating shows.").find("million years"), std::string::npos);
  EXPECT_NE(normalize_text("The zircons formed 250 Ma. Later flows buried them.").find("two hundred fifty million years ago."), std::string::npos);
}

TEST(ContextUnits, LastBeforeAVerbIsWhenNotHowLong) {
  // "last" right before the figure is a length of time; before a verb it says when.
  EXPECT_TRUE(has(normalize_text("The crater lake last overflowed 7-8 ka, the survey of its rocks shows."),
                  "seven to eight thousand years ago"));
  EXPECT_FALSE(has(normalize_text("Sea level rose over the last 20 ka of the record."), "ago"));
}

}  // namespace briefcast
