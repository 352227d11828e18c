// Measures: ranges before a unit, counts in millions written "m" or thousands written "k",
// heights, finance units, percentages, relays, temperatures without the degree sign, adjectival
// measures.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Measure, RangeBeforeAUnit) {
  EXPECT_EQ(normalize_text("from 0-100 km/h in"), "from zero to one hundred kilometers per hour in");
  EXPECT_EQ(normalize_text("lost 2-3 kg"), "lost two to three kilograms");
  EXPECT_EQ(normalize_text("a 3-4 km hike"), "a three-to-four-kilometer hike");
}

TEST(Measure, MillionsOfCountedThings) {
  EXPECT_EQ(normalize_text("some 4.5m voters"), "some four point five million voters");
  EXPECT_EQ(normalize_text("7 m tourists came"), "seven million tourists came");
  EXPECT_EQ(normalize_text("the 200m final"), "the two hundred meters final");
  EXPECT_EQ(normalize_text("a 12m wall"), "a twelve-meter wall");
}

TEST(Measure, HeightInFeetAndInches) {
  EXPECT_EQ(normalize_text("she is 5'9 tall"), "she is five foot nine tall");
  EXPECT_EQ(normalize_text("at 6'10\" he"), "at six foot ten he");  // the quote is the inch mark
  EXPECT_EQ(normalize_text("is 5 ft. 8 in. tall"), "is five feet eight inches tall");
  EXPECT_EQ(normalize_text("is 5' 8\" tall"), "is five foot eight tall");
  EXPECT_EQ(normalize_text("a 150-lb. bag of"), "a one-hundred-fifty-pound bag of");
}

TEST(Measure, FinanceUnits) {
  EXPECT_EQ(normalize_text("up 15 bps on"), "up fifteen basis points on");
  EXPECT_EQ(normalize_text("down 1.5pp to"), "down one point five percentage points to");
  EXPECT_EQ(normalize_text("at 20 Mbps"), "at twenty megabits per second");
  EXPECT_EQ(normalize_text("a margin of +/-4 points"), "a margin of plus or minus four points");
  EXPECT_EQ(normalize_text("sold 6M copies"), "sold six million copies");
}

TEST(Measure, BeforeAnInitialism) {
  EXPECT_EQ(normalize_text("a 512GB SSD"), "a five-hundred-twelve-gigabyte S.S.D");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, FluidOuncesFeetAndInchesAccelerationPressure) {
  EXPECT_EQ(normalize_text("a 20 fl oz cup"), "a twenty-fluid-ounce cup");
  EXPECT_EQ(normalize_text("pour 8 fl oz"), "pour eight fluid ounces");
  EXPECT_EQ(normalize_text("he is 6 ft 4 in"), "he is six feet four inches");
  EXPECT_EQ(normalize_text("the 6 ft 9 in center"), "the six-foot-nine center");
  // "in" after feet without a figure is the preposition.
  EXPECT_EQ(normalize_text("rose 3 ft in an hour"), "rose three feet in an hour");
  EXPECT_EQ(normalize_text("at 3.7 m/s\u00b2"), "at three point seven meters per second squared");
  EXPECT_EQ(normalize_text("2 atm of pressure"), "two atmospheres of pressure");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, FigureHyphenedToItsUnitIsOneAdjective) {
  EXPECT_EQ(normalize_text("a 10-km walk"), "a ten-kilometer walk");
  EXPECT_EQ(normalize_text("the 200-m sprint"), "the two-hundred-meter sprint");
  EXPECT_EQ(normalize_text("a 45-min wait"), "a forty-five-minute wait");
  EXPECT_EQ(normalize_text("a 2.4-GHz chip"), "a two-point-four-gigahertz chip");
  EXPECT_EQ(normalize_text("an 8-lb baby"), "an eight-pound baby");
  // Not a unit after the hyphen: read as before.
  EXPECT_EQ(normalize_text("a 3-D print"), "a three D print");
}

TEST(Measure, UnitPeriodBeforeALowerCaseWordIsNoSentenceEnd) {
  EXPECT_EQ(normalize_text("The river rose 4 ft. overnight."), "The river rose four feet overnight.");
  EXPECT_EQ(normalize_text("It weighed 40 lbs. more than"), "It weighed forty pounds more than");
  // Before a capital or at the end the period still ends the sentence.
  EXPECT_EQ(normalize_text("The river rose 4 ft. Then it fell."), "The river rose four feet. Then it fell.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, SignedChangeAndBritishPerCent) {
  EXPECT_EQ(normalize_text("shares were +4.2% today"), "shares were plus four point two percent today");
  EXPECT_EQ(normalize_text("inflation of 3.4pc"), "inflation of three point four percent");
}

TEST(Measure, MinutesAfterHours) {
  EXPECT_EQ(normalize_text("finished in 4h 12m"), "finished in four hours twelve minutes");
  EXPECT_EQ(normalize_text("a 1h 5min delay"), "a one-hour-five-minute delay");
  EXPECT_EQ(normalize_text("a 12 m wall"), "a twelve-meter wall");  // alone, m is meters
}

TEST(Measure, DecimalFigureWithAnSIsSeconds) {
  EXPECT_EQ(normalize_text("won by 0.8s today"), "won by zero point eight seconds today");
  EXPECT_EQ(normalize_text("a 2.5s lag"), "a two-point-five-second lag");
}

TEST(Measure, PointsAndBritishPercent) {
  EXPECT_EQ(normalize_text("the index lost 31 pts"), "the index lost thirty one points");
  EXPECT_EQ(normalize_text("a rise of 7pc"), "a rise of seven percent");
}

TEST(Measure, HeightWithAnUnpairedInchMark) {
  EXPECT_EQ(normalize_text("The 6'1\" guard"), "The six foot one guard");
  EXPECT_EQ(normalize_text("she stands 5'9\" tall"), "she stands five foot nine tall");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, ThousandsWrittenK) {
  EXPECT_EQ(normalize_text("about 250K votes"), "about two hundred fifty thousand votes");
  EXPECT_EQ(normalize_text("2.5k signatures"), "two point five thousand signatures");
  EXPECT_EQ(normalize_text("ran a 5K on Sunday"), "ran a five K on Sunday");  // the race
}

TEST(Measure, RelayOfLegs) {
  EXPECT_EQ(normalize_text("the 4x400m relay"), "the four-by-four-hundred-meter relay");
}

TEST(Measure, FractionBeforeAUnitAndRatesWithPer) {
  EXPECT_EQ(normalize_text("stir in 1/3 cup milk"), "stir in one third cup milk");
  EXPECT_EQ(normalize_text("give 2 mg per kg daily"), "give two milligrams per kilogram daily");
  EXPECT_EQ(normalize_text("a flat of 900 sq. ft. in all"), "a flat of nine hundred square feet in all");
}

TEST(Measure, RelayLegsTimesLength) {
  EXPECT_EQ(normalize_text("the men's 4x400m relay"), "the men's four-by-four-hundred-meter relay");
  EXPECT_EQ(normalize_text("ran the 4x200m."), "ran the four by two hundred meters.");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Measure, TemperaturesWithoutTheDegreeSign) {
  EXPECT_EQ(say("highs of 31C and lows of -4C"), "highs of thirty one degrees Celsius and lows of minus four degrees Celsius");
  EXPECT_EQ(say("bake at 425F until brown"), "bake at four hundred twenty five degrees Fahrenheit until brown");
  EXPECT_EQ(say("only 1C warmer"), "only one degree Celsius warmer");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, CapitalScaleLettersBeforeThingsCounted) {
  EXPECT_EQ(normalize_text("some 4.2B devices"), "some four point two billion devices");
  EXPECT_EQ(normalize_text("a 2T tokens corpus"), "a two trillion tokens corpus");
  EXPECT_EQ(normalize_text("pumping 90,000 bpd"), "pumping ninety thousand barrels per day");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, InchMarkBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("It has a 13.3\" display"), "It has a thirteen-point-three-inch display");
  EXPECT_EQ(normalize_text("buy a 55\" TV"), "buy a fifty-five-inch T.V");
  EXPECT_EQ(normalize_text("the shelf is 30\" wide"), "the shelf is thirty inches wide");
  EXPECT_EQ(normalize_text("we got 4\" of snow"), "we got four inches of snow");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, UnitInsideALongerCompound) {
  EXPECT_EQ(normalize_text("a 12-yr-old boy"), "a twelve-year-old boy");
  EXPECT_EQ(normalize_text("a 2-hr-long wait"), "a two-hour-long wait");
}

TEST(Measure, InchesWrittenAgainstTheFigure) {
  EXPECT_EQ(normalize_text("up to 3in of snow"), "up to three inches of snow");
  EXPECT_EQ(normalize_text("a 4in gap"), "a four-inch gap");
}

TEST(Measure, QuakeMagnitudeWrittenWithM) {
  EXPECT_EQ(normalize_text("an M5.9 earthquake shook the city"), "a magnitude five point nine earthquake shook the city");
  EXPECT_EQ(normalize_text("the M2.5 chip is fast"), "the M2.5 chip is fast");  // no quake in the line
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, BloodPressureReadingsWithTheirUnit) {
  EXPECT_EQ(normalize_text("at 150/95 mmHg or above"), "at one hundred fifty over ninety five millimeters of mercury or above");
  EXPECT_EQ(normalize_text("a 120/70 mm Hg reading"), "a one-hundred-twenty-over-seventy-millimeter-of-mercury reading");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, ALoneSAfterAFigureWithAPointIsSeconds) {
  EXPECT_EQ(normalize_text("won in 10.42 s flat"), "won in ten point four two seconds flat");
  EXPECT_EQ(normalize_text("in the 1960 s"), "in the nineteen sixties");  // a decade, not seconds
}

TEST(Measure, StonesWhereStIsNoOrdinal) {
  EXPECT_EQ(normalize_text("she lost 3st in a year"), "she lost three stone in a year");
  EXPECT_EQ(normalize_text("weighed 12st 4lb"), "weighed twelve stone four pounds");
  EXPECT_EQ(normalize_text("the 31st day"), "the thirty first day");
  EXPECT_EQ(normalize_text("came 12st overall"), "came twelve st overall");  // a misspelt ordinal, no weight
}

TEST(Measure, StonesWhereNoOrdinalSlipFits) {
  // No ordinal ends "0st" or "4st" to "9st": those figures are stones with no word of weight.
  EXPECT_EQ(normalize_text("The boxer was 14st before his comeback."), "The boxer was fourteen stone before his comeback.");
  EXPECT_EQ(normalize_text("Her 10st weight loss made headlines."), "Her ten stone weight loss made headlines.");
  EXPECT_EQ(normalize_text("He came 11st of forty."), "He came eleven st of forty.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, LeadingZerosOfAMeasureAreNotSaid) {
  EXPECT_EQ(normalize_text("3 hours 02min 07sec"), "three hours two minutes seven seconds");
  EXPECT_EQ(normalize_text("a 01 kg bag"), "a one-kilogram bag");
}

TEST(Measure, OneInchIsSingular) {
  EXPECT_EQ(normalize_text("up to 1\" of snow"), "up to one inch of snow");
  EXPECT_EQ(normalize_text("about 2\" of rain"), "about two inches of rain");
}

TEST(Measure, InchRangeWithAMarkOnBothEnds) {
  EXPECT_EQ(normalize_text("totals of 3\"-5\" by Friday"), "totals of three to five inches by Friday");
  EXPECT_EQ(normalize_text("an 8\"-10\" plate"), "an eight-to-ten-inch plate");
  EXPECT_EQ(normalize_text("0.5\u2033-1\u2033 of ice"), "zero point five to one inches of ice");
}

TEST(Measure, DecimalCommaPercent) {
  EXPECT_EQ(normalize_text("a 0,7% dip"), "a zero point seven percent dip");
  EXPECT_EQ(normalize_text("grew 3,25% in May"), "grew three point two five percent in May");
  EXPECT_EQ(normalize_text("up 2,400% since"), "up twenty four hundred percent since");
}

TEST(AdjectivalMeasure, AfterACount) {
  EXPECT_EQ(normalize_text("about 2.5 million 25kg sacks"), "about two point five million twenty-five-kilogram sacks");
  EXPECT_EQ(normalize_text("it was 3 million 5 years ago").find("-"), std::string::npos);
}

TEST(Dimensions, UnitWordJoinedToTheLastFigure) {
  EXPECT_EQ(normalize_text("use a 7x11-inch tin"), "use a seven-by-eleven-inch tin");
  EXPECT_EQ(normalize_text("a 12 x 14-foot shed"), "a twelve-by-fourteen-foot shed");
  EXPECT_EQ(normalize_text("a 3x5-inch card"), "a three-by-five-inch card");
}

TEST(Dimensions, PluralOfThingsNamedByTheirDimensions) {
  EXPECT_EQ(normalize_text("they rented two 6x6s"), "they rented two six by sixes");
  EXPECT_EQ(normalize_text("a pile of 2x8s"), "a pile of two by eights");
}

TEST(Measure, CapitalAfterALabelsFigureIsALetter) {
  EXPECT_EQ(normalize_text("moved to Pier 4 L today"), "moved to Pier four L today");
  EXPECT_EQ(normalize_text("see Annex 2 J of the deal"), "see Annex two J of the deal");
  EXPECT_EQ(normalize_text("in group 6 V the"), "in group six V the");
  EXPECT_EQ(normalize_text("the winner of Pool 1 A plays"), "the winner of Pool one Eh plays");
  EXPECT_EQ(normalize_text("Part 2 A New Dawn"), "Part two A New Dawn");
  EXPECT_EQ(normalize_text("draws 40 W at most"), "draws forty watts at most");
  EXPECT_EQ(normalize_text("the 60 W bulb"), "the sixty-watt bulb");
}

TEST(Measure, ASpeedBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("with 45 mph gusts near the coast"), "with forty-five-mile-per-hour gusts near the coast");
  EXPECT_EQ(normalize_text("up to 110km/h winds"), "up to one-hundred-ten-kilometer-per-hour winds");
  // A speed before no noun stays a quantity.
  EXPECT_EQ(normalize_text("drove 85 mph northbound"), "drove eighty five miles per hour northbound");
  EXPECT_EQ(normalize_text("winds of 30 mph expected"), "winds of thirty miles per hour expected");
  EXPECT_EQ(normalize_text("at 70 mph on the bridge"), "at seventy miles per hour on the bridge");
}

TEST(Measure, AQuakeReportLinesMagnitudeBeforeASpacedDash) {
  EXPECT_EQ(normalize_text("Earthquake: M 4.3 - 18 km SW of Ridgetown"),
            "Earthquake: magnitude four point three, eighteen kilometers southwest of Ridgetown");
  EXPECT_EQ(normalize_text("a quake of M 6.0 hit"), "a quake of magnitude six point zero hit");
  EXPECT_EQ(normalize_text("Quake: M 3.1 -- 7 km E of Lakeview"),
            "Quake: magnitude three point one, seven kilometers east of Lakeview");
  // Without a word of earthquakes a spaced dash between figures is a range.
  EXPECT_EQ(normalize_text("from 2.5 - 40 km away"), "from two point five to forty kilometers away");
}

TEST(Measure, ASignedChangeAfterAVerbOfRisingDropsThePlus) {
  EXPECT_EQ(normalize_text("sales climbed +7.2% on the year"), "sales climbed seven point two percent on the year");
  EXPECT_EQ(normalize_text("a change of +3% overall"), "a change of plus three percent overall");
}

TEST(Measure, TwoMeasuresInOneUnitSlashedAreAChoice) {
  EXPECT_EQ(normalize_text("with 6GB/8GB of memory"), "with six or eight gigabytes of memory");
  EXPECT_EQ(normalize_text("bolts of 10mm/12mm"), "bolts of ten or twelve millimeters");
  // Different units make a rate, not a choice of sizes; one measure in two systems is
  // OneMeasureInTwoSystems below.
  EXPECT_EQ(normalize_text("at 20mg/10ml").find(" or "), std::string::npos);
}

TEST(Measure, ACountedNounPerAUnitSymbolIsARate) {
  EXPECT_EQ(normalize_text("about 80 residents/km\u00b2 live there"),
            "about eighty residents per square kilometer live there");
  EXPECT_EQ(normalize_text("peaks of 900 cars/h"), "peaks of nine hundred cars per hour");
  EXPECT_EQ(normalize_text("a rate of 16 breaths/min"), "a rate of sixteen breaths per minute");
  // No unit after the slash: still a choice.
  EXPECT_EQ(normalize_text("2 forks/spoons each"), "two forks or spoons each");
}

TEST(Measure, InWithItsPeriodBeforeALowerCaseWordIsTheInch) {
  EXPECT_EQ(normalize_text("forecasters expect 4 in. of rain"), "forecasters expect four inches of rain");
  EXPECT_EQ(normalize_text("a gap of 1 in. between boards"), "a gap of one inch between boards");
  // The word, or a sentence's end: left alone.
  EXPECT_EQ(normalize_text("1 in 4 adults"), "one in four adults");
  EXPECT_EQ(normalize_text("they let 2 in. Others waited."), "they let two in. Others waited.");
}

TEST(AdjectivalMeasure, AUnitWithItsPeriodBeforeANoun) {
  EXPECT_EQ(normalize_text("a 16 oz. jar of honey"), "a sixteen-ounce jar of honey");
  EXPECT_EQ(normalize_text("an 8 ft. ladder"), "an eight-foot ladder");
  EXPECT_EQ(normalize_text("the 3 in. gap"), "the three-inch gap");
  // Not before a noun: the plural, and the period goes.
  EXPECT_EQ(normalize_text("she lost 9 lb. in a month"), "she lost nine pounds in a month");
}

TEST(Measure, PiecesAndDozens) {
  EXPECT_EQ(normalize_text("a set of 24 pcs"), "a set of twenty four pieces");
  EXPECT_EQ(normalize_text("2 doz roses"), "two dozen roses");
}

TEST(Measure, KtIsTheKnotUnlessALineTellsOfAYieldOrAMass) {
  EXPECT_EQ(normalize_text("winds of 65 kt near the eye"), "winds of sixty five knots near the eye");
  EXPECT_EQ(normalize_text("gusting to 38kt by noon"), "gusting to thirty eight knots by noon");
  EXPECT_EQ(normalize_text("with 55 kt gusts"), "with fifty-five-knot gusts");
  EXPECT_EQ(normalize_text("seas and 25-35 kt winds"), "seas and twenty-five-to-thirty-five-knot winds");
  EXPECT_EQ(normalize_text("seas and 25-35kt winds"), "seas and twenty five to thirty five knots winds");
  EXPECT_EQ(normalize_text("the ship's 60-kt gusts"), "the ship's sixty-knot gusts");
  EXPECT_EQ(normalize_text("the bomb had a 12 kt yield"), "the bomb had a twelve-kilotonne yield");
  EXPECT_EQ(normalize_text("a warhead of 300 kt was tested"), "a warhead of three hundred kilotonnes was tested");
  EXPECT_EQ(normalize_text("shipped 42 kt of grain"), "shipped forty two kilotonnes of grain");
}

TEST(Measure, FiguresAcrossASpacedTimesSignAreDimensions) {
  EXPECT_EQ(normalize_text("they rented a 12 x 14 studio"), "they rented a twelve-by-fourteen studio");
  EXPECT_EQ(normalize_text("won the 4 x 100 relay"), "won the four-by-one-hundred relay");
  EXPECT_EQ(normalize_text("cut into 3 x 3 x 5 blocks"), "cut into three by three by five blocks");
  EXPECT_EQ(normalize_text("a board of 8 \u00d7 10 feet"), "a board of eight by ten feet");
  EXPECT_EQ(normalize_text("it measured 6 x 9."), "it measured six by nine.");
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
            "the odds of a magnitude seven point zero or greater quake this decade");
  // With no word of a quake, "M" and a figure stay as written (a solar flare's class).
  EXPECT_EQ(normalize_text("an M4.5 flare erupted from the sun"), "an M4.5 flare erupted from the sun");
  // A whole "M" figure without the word is a road.
  EXPECT_EQ(normalize_text("the M4 was closed"), "the M four was closed");
}

TEST(BasisPoints, AfterAnApproximateFigure) {
  EXPECT_EQ(normalize_text("spreads widened ~15 bps today"), "spreads widened about fifteen basis points today");
  EXPECT_EQ(normalize_text("a 25bp cut and 1 bp more"), "a twenty-five-basis-point cut and one basis point more");
  EXPECT_EQ(normalize_text("up ~40% on the year"), "up about forty percent on the year");
}

TEST(HeritageGrades, StarredGradeKeepsItsStar) {
  EXPECT_EQ(normalize_text("The Grade II* listed mill will reopen."), "The Grade two star listed mill will reopen.");
  EXPECT_EQ(normalize_text("a grade II*-listed barn"), "a grade two star listed barn");
  EXPECT_EQ(normalize_text("a Grade I listed church and a Grade II house"), "a Grade one listed church and a Grade two house");
  EXPECT_EQ(normalize_text("she got an A* in maths"), "she got an A-star in maths");
}

}  // namespace briefcast

namespace briefcast {

TEST(Resolutions, AreTwoLabelsSaidInPairs) {
  EXPECT_EQ(normalize_text("The tablet shows 2560x1600 pixels."), "The tablet shows twenty five sixty by sixteen hundred pixels.");
  EXPECT_EQ(normalize_text("a 1920\u00d71080 screen"), "a nineteen twenty by ten eighty screen");
  EXPECT_EQ(normalize_text("It records at 3840 x 2160 for now."), "It records at thirty eight forty by twenty one sixty for now.");
  EXPECT_EQ(normalize_text("old 1024X768 monitors"), "old ten twenty four by seven sixty eight monitors");
  EXPECT_EQ(normalize_text("streams in 1280x720p"), "streams in twelve eighty by seven twenty p");
  EXPECT_EQ(normalize_text("a 2048x1080 projector"), "a twenty forty eight by ten eighty projector");
}

TEST(Resolutions, SizesAndSmallDimensionsKeepTheirReading) {
  EXPECT_EQ(normalize_text("a 1200x600 mm desk").find("twelve hundred"), std::string::npos);
  EXPECT_EQ(normalize_text("a 4x4 truck"), "a four-by-four truck");
  EXPECT_EQ(normalize_text("the room is 10 x 12"), "the room is ten by twelve");
  EXPECT_EQ(normalize_text("a 150 x 210 print"), "a one-hundred-fifty-by-two-hundred-ten print");
  EXPECT_EQ(normalize_text("an old 640x480 webcam"), "an old six forty by four eighty webcam");
}

// At sea and in the air "nm" is the nautical mile; with chips or light it is the nanometre.
TEST(Measure, NauticalMilesAtSea) {
  EXPECT_EQ(normalize_text("The trawler sank 22nm off the coast."), "The trawler sank twenty two nautical miles off the coast.");
  EXPECT_EQ(normalize_text("the aircraft was 80 nm from the airfield"),
            "the aircraft was eighty nautical miles from the airfield");
  EXPECT_EQ(normalize_text("a 4nm process for its chips"), "a four-nanometer process for its chips");
  EXPECT_EQ(normalize_text("light of 450 nm"), "light of four hundred fifty nanometers");
  EXPECT_EQ(normalize_text("the yacht was 10-12nm offshore"), "the yacht was ten to twelve nautical miles offshore");
}

// Past eleven the figure after a foot mark is no inch: minutes and seconds.
TEST(Measure, MinutesAndSecondsWithPrimeMarks) {
  EXPECT_EQ(normalize_text("the group led by 4'35\" at the foot of the climb"),
            "the group led by four minutes thirty five seconds at the foot of the climb");
  EXPECT_EQ(normalize_text("he lost 1'15\" on the stage"), "he lost one minute fifteen seconds on the stage");
  EXPECT_EQ(normalize_text("she is 5'6\" tall"), "she is five foot six tall");
  EXPECT_EQ(normalize_text("a 2'40\" gap to the leaders"), "a two-minute-forty-second gap to the leaders");
  // A leading zero marks seconds too; no height is written so.
  EXPECT_EQ(normalize_text("the chasers were at +4'07\" at the top"), "the chasers were at plus four minutes seven seconds at the top");
  EXPECT_EQ(normalize_text("she finished 0'45\" down"), "she finished forty five seconds down");
  EXPECT_EQ(normalize_text("a gap of 3'00\" at the line"), "a gap of three minutes at the line");
  EXPECT_EQ(normalize_text("he stands 5'11\"").find("minute"), std::string::npos);
}

// Every slash of a compound unit is one more "per"; a bare "t" before a slash is the tonne.
TEST(Measure, CompoundUnitsWithSeveralSlashes) {
  EXPECT_EQ(normalize_text("an uptake of 55 ml/kg/min"), "an uptake of fifty five milliliters per kilogram per minute");
  EXPECT_EQ(normalize_text("barley gave 6.3 t/ha"), "barley gave six point three tonnes per hectare");
  EXPECT_EQ(normalize_text("a dose of 2 mg/kg/day"), "a dose of two milligrams per kilogram per day");
}

// A fraction sign before a unit is read as a written fraction is.
TEST(Measure, FractionSignBeforeAUnit) {
  EXPECT_EQ(normalize_text("Stir in \u00bc tsp of cumin."), "Stir in one quarter teaspoon of cumin.");
  EXPECT_EQ(normalize_text("add \u00be cup milk"), "add three quarters cup milk");
}

// One measure given in two systems, slashed, is said with "or"; a concentration is no choice.
TEST(Measure, OneMeasureInTwoSystems) {
  EXPECT_EQ(normalize_text("Weigh out 450g/1lb of plums."), "Weigh out four hundred fifty grams or one pound of plums.");
  EXPECT_EQ(normalize_text("Heat the oven to 220C/425F/gas 7."),
            "Heat the oven to two hundred twenty degrees Celsius or four hundred twenty five degrees Fahrenheit or gas seven.");
  EXPECT_EQ(normalize_text("a 10km/6mi walk"), "a ten-kilometer or six-mile walk");
  EXPECT_EQ(normalize_text("a 250mg/5ml suspension").find(" or "), std::string::npos);
}

TEST(Measure, SecondsAfterMinutes) {
  EXPECT_EQ(normalize_text("the burn lasted 2 min 45 s"), "the burn lasted two minutes forty five seconds");
  EXPECT_EQ(normalize_text("at 4 s intervals").find("seconds"), std::string::npos);
}

TEST(Measure, FeetAndInchesEachJoinedToItsFigure) {
  EXPECT_EQ(normalize_text("the 5ft 9in striker scored"), "the five foot nine striker scored");
  EXPECT_EQ(normalize_text("The striker is 5ft 9in."), "The striker is five feet nine inches.");
  EXPECT_EQ(normalize_text("a 6ft 2in tall man"), "a six foot two tall man");
  EXPECT_EQ(normalize_text("a 6ft 14in gap").find("foot fourteen"), std::string::npos);
}

// Millimetres before ammunition, a gun or film are a calibre or a gauge: an adjective.
TEST(Measure, CalibreBeforeItsNoun) {
  EXPECT_EQ(normalize_text("Ukraine needs 122mm artillery rounds."), "Ukraine needs one-hundred-twenty-two-millimeter artillery rounds.");
  EXPECT_EQ(normalize_text("shot on 16mm film"), "shot on sixteen-millimeter film");
  EXPECT_EQ(normalize_text("rainfall of 12mm overnight"), "rainfall of twelve millimeters overnight");
}

TEST(Measure, GrossTonnageOfShips) {
  EXPECT_EQ(normalize_text("The cruise ship measures 228,000 GT."), "The cruise ship measures two hundred twenty eight thousand gross tons.");
  EXPECT_EQ(normalize_text("He drove a 2015 GT in the rally").find("gross"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(MeasurePowers, ENotationIsTimesTenToAPower) {
  EXPECT_EQ(normalize_text("a run of 2.1e24 operations"), "a run of two point one times ten to the power of twenty four operations");
  EXPECT_EQ(normalize_text("a charge of 1.6E-19 coulombs"),
            "a charge of one point six times ten to the power of minus nineteen coulombs");
  EXPECT_EQ(normalize_text("2^10 is 1024"), "two to the power of ten is one thousand twenty four");
}

}  // namespace briefcast

namespace briefcast {

TEST(MeasureCompounds, AUnitJoinedToTheWordItMeasures) {
  EXPECT_EQ(normalize_text("a 6km-long queue"), "a six-kilometer-long queue");
  EXPECT_EQ(normalize_text("a 30ft-high wall"), "a thirty-foot-high wall");
  EXPECT_EQ(normalize_text("new 8K-ready sets").find("kelvin"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A size before a plural noun, with no article, sizes each of them; a weight is an amount.
TEST(MeasureSizedPlurals, ASizeBeforeAPluralIsOneAdjective) {
  EXPECT_EQ(normalize_text("The fab will make 5nm wafers."), "The fab will make five-nanometer wafers.");
  EXPECT_EQ(normalize_text("stacks of 40ft crates"), "stacks of forty-foot crates");
  EXPECT_EQ(normalize_text("it sells 256GB handsets"), "it sells two-hundred-fifty-six-gigabyte handsets");
  EXPECT_EQ(normalize_text("add 300g carrots"), "add three hundred grams carrots");
  EXPECT_EQ(normalize_text("The 5W model costs less than 8W costs elsewhere.").find("eight-watt"), std::string::npos);
}

// A rating before a singular noun, with no article, qualifies it too; an amount stays plural.
TEST(MeasureSizedPlurals, ARatingBeforeASingularNounIsOneAdjective) {
  EXPECT_EQ(normalize_text("The monitor has 2ms input lag."), "The monitor has two-millisecond input lag.");
  EXPECT_EQ(normalize_text("a tablet with 90Hz display and 45W charging"),
            "a tablet with ninety-hertz display and forty-five-watt charging");
  EXPECT_EQ(normalize_text("ships with 12V adapter"), "ships with twelve-volt adapter");
  // How much, not of what: a quantity word, a comparative or a mass noun after the rating.
  EXPECT_EQ(normalize_text("the lamp draws 9W maximum"), "the lamp draws nine watts maximum");
  EXPECT_EQ(normalize_text("the reply came 3ms sooner"), "the reply came three milliseconds sooner");
  EXPECT_EQ(normalize_text("it collected 40mm rain"), "it collected forty millimeters rain");
}

}  // namespace briefcast

namespace briefcast {

TEST(MeasureCompounds, ARangeBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("a 20-40mg tablet"), "a twenty-to-forty-milligram tablet");
  EXPECT_EQ(normalize_text("the 2-3km loop"), "the two-to-three-kilometer loop");
  EXPECT_EQ(normalize_text("rain of 20-30mm"), "rain of twenty to thirty millimeters");
}

}  // namespace briefcast

namespace briefcast {

TEST(MeasureCompounds, AMeasureBeforeAWordOfSizeWithNoNounSaysHowBig) {
  EXPECT_EQ(normalize_text("Sow the seeds 2cm deep and water well."), "Sow the seeds two centimeters deep and water well.");
  EXPECT_EQ(normalize_text("the trench 4-6m wide."), "the trench four to six meters wide.");
  EXPECT_EQ(normalize_text("a 3m high wall"), "a three-meter high wall");
}

}  // namespace briefcast

namespace briefcast {

TEST(MeasureSizedPlurals, AWeightBeforePortionsSizesEachOne) {
  EXPECT_EQ(normalize_text("Patients took 25mg capsules daily."), "Patients took twenty-five-milligram capsules daily.");
  EXPECT_EQ(normalize_text("They handed out 2-5kg sacks."), "They handed out two-to-five-kilogram sacks.");
  EXPECT_EQ(normalize_text("Use 250g mushrooms."), "Use two hundred fifty grams mushrooms.");
}

TEST(Measure, NauticalMilesOfASailingCourse) {
  EXPECT_EQ(normalize_text("The dinghies raced a 4nm course in the bay."),
            "The dinghies raced a four-nautical-mile course in the bay.");
}

TEST(Measure, ThreeDimensionsWithTheirUnit) {
  EXPECT_EQ(normalize_text("The crate measures 120 x 80 x 95cm when packed."),
            "The crate measures one hundred twenty by eighty by ninety five centimeters when packed.");
  EXPECT_EQ(normalize_text("Cabin bags of 55 x 40 x 20 cm are allowed."),
            "Cabin bags of fifty five by forty by twenty centimeters are allowed.");
}

TEST(Measure, CoordinatedSizesBeforeTheirNoun) {
  EXPECT_EQ(normalize_text("The yard stacks 6ft and 12ft boards."),
            "The yard stacks six-foot and twelve-foot boards.");
  EXPECT_EQ(normalize_text("The shop sells 250ml or 750ml jars."),
            "The shop sells two-hundred-fifty-milliliter or seven-hundred-fifty-milliliter jars.");
}

TEST(Measure, MomentMagnitudeOfAQuake) {
  EXPECT_EQ(normalize_text("The quake, a 6.3 Mw shock, was felt in the capital."),
            "The quake, a magnitude six point three shock, was felt in the capital.");
  EXPECT_EQ(normalize_text("Seismologists rated the Mw 5.9 tremor as moderate."),
            "Seismologists rated the magnitude five point nine tremor as moderate.");
  EXPECT_EQ(normalize_text("The wind farm adds a 4.5 Mw turbine."), "The wind farm adds a four point five Mw turbine.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measures, AdjectivalBeforeASlashedPairOfNouns) {
  EXPECT_EQ(normalize_text("a 5.25in woofer/mid cone"), "a five-point-two-five-inch woofer mid cone");
  EXPECT_EQ(normalize_text("the 9kg washer/dryer model"), "the nine-kilogram washer dryer model");
  // No determiner before it: a noun phrase of its own.
  EXPECT_EQ(normalize_text("it holds 9kg and/or less"), "it holds nine kilograms and or less");
}

TEST(Measure, APlusSignBeforeASpacedUnitIsSaid) {
  EXPECT_EQ(normalize_text("The tailwind was +1.7 m/s in the heat."), "The tailwind was plus one point seven meters per second in the heat.");
  EXPECT_EQ(normalize_text("Her weight changed by +2 kg."), "Her weight changed by plus two kilograms.");
}

}  // namespace briefcast
