// Measures across words: ranges before a unit, counts in millions written "m" or thousands
// written "k", heights, finance units, percentages, relays, temperatures without the degree
// sign, dimensions and resolutions. Adjectival measures are in adjectival_quantities_test.cpp
// and sized_plurals_test.cpp, a quake's magnitude in cued_measures_test.cpp.
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

TEST(Measure, UnitPeriodBeforeALowerCaseWordIsNoSentenceEnd) {
  EXPECT_EQ(normalize_text("The river rose 4 ft. overnight."), "The river rose four feet overnight.");
  EXPECT_EQ(normalize_text("It weighed 40 lbs. more than"), "It weighed forty pounds more than");
  // Before a capital or at the end the period still ends the sentence.
  EXPECT_EQ(normalize_text("The river rose 4 ft. Then it fell."), "The river rose four feet. Then it fell.");
}

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

TEST(Measure, ThousandsWrittenK) {
  EXPECT_EQ(normalize_text("about 250K votes"), "about two hundred fifty thousand votes");
  EXPECT_EQ(normalize_text("2.5k signatures"), "two point five thousand signatures");
  EXPECT_EQ(normalize_text("ran a 5K on Sunday"), "ran a five K on Sunday");  // the race
}

TEST(Measure, RelayOfLegs) {
  EXPECT_EQ(normalize_text("the 4x400m relay"), "the four-by-four-hundred-meter relay");
}

TEST(Measure, RelayLegsTimesLength) {
  EXPECT_EQ(normalize_text("the men's 4x400m relay"), "the men's four-by-four-hundred-meter relay");
  EXPECT_EQ(normalize_text("ran the 4x200m."), "ran the four by two hundred meters.");
}

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Measure, TemperaturesWithoutTheDegreeSign) {
  EXPECT_EQ(say("highs of 31C and lows of -4C"), "highs of thirty one degrees Celsius and lows of minus four degrees Celsius");
  EXPECT_EQ(say("bake at 425F until brown"), "bake at four hundred twenty five degrees Fahrenheit until brown");
  EXPECT_EQ(say("only 1C warmer"), "only one degree Celsius warmer");
}

TEST(Measure, CapitalScaleLettersBeforeThingsCounted) {
  EXPECT_EQ(normalize_text("some 4.2B devices"), "some four point two billion devices");
  EXPECT_EQ(normalize_text("a 2T tokens corpus"), "a two trillion tokens corpus");
  EXPECT_EQ(normalize_text("pumping 90,000 bpd"), "pumping ninety thousand barrels per day");
}

TEST(Measure, InchesWrittenAgainstTheFigure) {
  EXPECT_EQ(normalize_text("up to 3in of snow"), "up to three inches of snow");
  EXPECT_EQ(normalize_text("a 4in gap"), "a four-inch gap");
}

TEST(Measure, InWithAPeriodBeforeItsConversionIsInches) {
  EXPECT_EQ(normalize_text("The shell is 2½ in. (64 mm) wide."), "The shell is two and a half inches (sixty four millimeters) wide.");
  EXPECT_EQ(normalize_text("It grew 4 in. (10 cm) a year."), "It grew four inches (ten centimeters) a year.");
  // Without the period, or before a bracket of words, "in" is the word.
  EXPECT_EQ(normalize_text("Arrived at 5 in (the morning)."), "Arrived at five in (the morning).");
}

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

TEST(Dimensions, UnitWordJoinedToTheLastFigure) {
  EXPECT_EQ(normalize_text("use a 7x11-inch tin"), "use a seven-by-eleven-inch tin");
  EXPECT_EQ(normalize_text("a 12 x 14-foot shed"), "a twelve-by-fourteen-foot shed");
  EXPECT_EQ(normalize_text("a 3x5-inch card"), "a three-by-five-inch card");
}

// The times sign written as itself reads as the letter "x" does.
TEST(Dimensions, TheTimesSignJoinedToItsFigures) {
  EXPECT_EQ(normalize_text("the board has a 16\u00d716 grid"), "the board has a sixteen-by-sixteen grid");
  EXPECT_EQ(normalize_text("the fan is 2.5\u00d7 quieter"), "the fan is two point five times quieter");
  EXPECT_EQ(normalize_text("it decays at 3\u00d710^-6 per hour"), "it decays at three times ten to the power of minus six per hour");
  EXPECT_EQ(normalize_text("it decays at 3x10^-6 per hour"), "it decays at three times ten to the power of minus six per hour");
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
  EXPECT_EQ(normalize_text("Stir in \u00bc tsp of cumin."), "Stir in a quarter of a teaspoon of cumin.");
  EXPECT_EQ(normalize_text("add \u00be cup milk"), "add three quarters of a cup of milk");
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

TEST(Measure, GrossTonnageOfShips) {
  EXPECT_EQ(normalize_text("The cruise ship measures 228,000 GT."), "The cruise ship measures two hundred twenty eight thousand gross tons.");
  EXPECT_EQ(normalize_text("He drove a 2015 GT in the rally").find("gross"), std::string::npos);
}

TEST(MeasurePowers, ENotationIsTimesTenToAPower) {
  EXPECT_EQ(normalize_text("a run of 2.1e24 operations"), "a run of two point one times ten to the twenty fourth operations");
  EXPECT_EQ(normalize_text("a charge of 1.6E-19 coulombs"),
            "a charge of one point six times ten to the power of minus nineteen coulombs");
  EXPECT_EQ(normalize_text("2^10 is 1024"), "two to the power of ten is one thousand twenty four");
  // Ten's second power is "squared"; its first and its negative powers keep "to the power of".
  EXPECT_EQ(normalize_text("the gain was 10^2 in all"), "the gain was ten squared in all");
  EXPECT_EQ(normalize_text("a ratio of 10^1 at most"), "a ratio of ten to the power of one at most");
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

TEST(Measure, APlusSignBeforeASpacedUnitIsSaid) {
  EXPECT_EQ(normalize_text("The tailwind was +1.7 m/s in the heat."), "The tailwind was plus one point seven meters per second in the heat.");
  EXPECT_EQ(normalize_text("Her weight changed by +2 kg."), "Her weight changed by plus two kilograms.");
}

TEST(Measure, DottedInchAfterAFigure) {
  auto said = [](const char* line) { return normalize_text(line); };
  // A figure with a fraction sign takes its unit like any other figure.
  EXPECT_NE(said("Cut each shelf 7½ in. deep.").find("seven and a half inches deep"), std::string::npos);
  EXPECT_NE(said("Stir in 1½ tsp of cumin.").find("one and a half teaspoons"), std::string::npos);
  EXPECT_NE(said("They sell a 9½ in. skillet.").find("a nine-and-a-half-inch skillet"), std::string::npos);
  // A glued unit's period before a lower-case word abbreviates: no sentence end is said.
  EXPECT_NE(said("Buy 20in. or wider.").find("twenty inches or wider."), std::string::npos);
  // Before the noun it sizes, with a comparative, it is one adjective.
  EXPECT_NE(said("Buy 20in. or wider rims.").find("twenty-inch or wider rims"), std::string::npos);
  EXPECT_NE(said("A sack of 50lb. or more.").find("fifty pounds or more"), std::string::npos);
  // After "a" or "an" the noun may be capitalised; the measure still qualifies it.
  EXPECT_NE(said("She chose a 15in. Leather saddle.").find("a fifteen-inch Leather saddle"), std::string::npos);
  // "in" with no period is the word.
  EXPECT_NE(said("He scored 2 in the final.").find("two in the final"), std::string::npos);
  EXPECT_NE(said("He bought a 15in. The rest waited.").find("fifteen inches. The rest"), std::string::npos);
}

// Meters to the centimeter, a height or a jump among words of either, are said as a reader gives
// them; a figure below one or past nine, a side of dimensions or a thing's size keeps its point.
TEST(Measure, MetersToTheCentimeter) {
  EXPECT_EQ(normalize_text("The bar was set at 1.85 m."), "The bar was set at one meter eighty five.");
  // A nought before the centimeters is said, or 5.05 is heard as 5.5.
  EXPECT_EQ(normalize_text("He vaulted 5.05m in June."), "He vaulted five meters oh five in June.");
  EXPECT_EQ(normalize_text("Riders face the 1.30 m jump."), "Riders face the one-meter-thirty jump.");
  // Without words of a height or a jump, a thing's size keeps its point.
  EXPECT_EQ(normalize_text("The old bell is 1.12 m across."), "The old bell is one point one two meters across.");
  EXPECT_EQ(normalize_text("The wall stands 3.00 m."), "The wall stands three meters.");
  EXPECT_EQ(normalize_text("The pond is 0.75 m deep."), "The pond is zero point seven five meters deep.");
  EXPECT_EQ(normalize_text("A hull of 14.25 m."), "A hull of fourteen point two five meters.");
  EXPECT_EQ(normalize_text("A plot 4.20 m by 6 m."), "A plot four point two meters by six meters.");
}

// A zero closing two decimals is left unsaid; three decimals are kept as written.
TEST(Measure, AClosingZeroOfTheDecimalsIsUnsaid) {
  EXPECT_EQ(normalize_text("Each bag holds 2.50 kg."), "Each bag holds two point five kilograms.");
  EXPECT_EQ(normalize_text("It fell 0.30% on Monday."), "It fell zero point three percent on Monday.");
  EXPECT_EQ(normalize_text("A 2.0 L engine."), "A two-point-zero-liter engine.");
}

TEST(Measure, InAfterFigureIsInchesWhereNoPrepositionFits) {
  EXPECT_EQ(normalize_text("Knit a jumper to fit a 36–44 in chest."),
            "Knit a jumper to fit a thirty-six-to-forty-four-inch chest.");
  EXPECT_EQ(normalize_text("Hems come in lengths of 28–34 in or longer."),
            "Hems come in lengths of twenty eight to thirty four inches or longer.");
  EXPECT_EQ(normalize_text("The print measures 8 x 10 in, unframed."), "The print measures eight by ten inches, unframed.");
  EXPECT_EQ(normalize_text("She has a 28 in waist."), "She has a twenty-eight-inch waist.");
  // The preposition stays.
  EXPECT_EQ(normalize_text("Sales grew 4 in April."), "Sales grew four in April.");
  EXPECT_EQ(normalize_text("The ferry arrived 2nd in the regatta."), "The ferry arrived second in the regatta.");
  EXPECT_EQ(normalize_text("She moved there in 2004 in spring."), "She moved there in two thousand four in spring.");
}

TEST(Measure, PartOfOneUnitSaidAsACookSaysIt) {
  EXPECT_EQ(normalize_text("Whisk ¼ cup honey into the dressing."),
            "Whisk a quarter of a cup of honey into the dressing.");
  EXPECT_EQ(normalize_text("Melt ½ cup of butter."), "Melt half a cup of butter.");
  EXPECT_EQ(normalize_text("Stir in 3/4 tsp cumin."), "Stir in three quarters of a teaspoon of cumin.");
  EXPECT_EQ(normalize_text("Rest it for ½ hour."), "Rest it for half an hour.");
  EXPECT_EQ(normalize_text("We walked ¼ mile north."), "We walked a quarter of a mile north.");
  EXPECT_EQ(normalize_text("Use a ½ cup scoop."), "Use a half-cup scoop.");
}

TEST(Measure, ADistanceBeforeItsStrokeNamesTheEvent) {
  EXPECT_EQ(normalize_text("In the 25m back heats she swam well."), "In the twenty-five-meter back heats she swam well.");
  EXPECT_EQ(normalize_text("She swam 100m fly heats twice in the pool."),
            "She swam one-hundred-meter fly heats twice in the pool.");
  // A short name before a function word is no stroke.
  EXPECT_EQ(normalize_text("He ran 200m back to the car after the swim."),
            "He ran two hundred meters back to the car after the swim.");
}

TEST(Measure, RaceDistancesInHundredsPastAThousand) {
  EXPECT_EQ(normalize_text("She won the 1200m heat and the 2400m steeplechase."),
            "She won the twelve-hundred-meter heat and the twenty-four-hundred-meter steeplechase.");
  // Whole thousands keep theirs, and a length outside a race keeps its sum.
  EXPECT_EQ(normalize_text("The 5000m race was slow.").find("fifty"), std::string::npos);
  EXPECT_EQ(normalize_text("A 1300m climb waits for the cyclists."), "A one-thousand-three-hundred-meter climb waits for the cyclists.");
}

TEST(Measure, KilotonnesBesideEmissionsKnotsBesideSpeed) {
  EXPECT_EQ(normalize_text("The kiln line cut carbon output by 3.2 kt last year."),
            "The kiln line cut carbon output by three point two kilotonnes last year.");
  EXPECT_EQ(normalize_text("Methane from the landfill fell 0.7 kt in the audit."),
            "Methane from the landfill fell zero point seven kilotonnes in the audit.");
  EXPECT_EQ(normalize_text("The frigate held 18 kt through the swell."), "The frigate held eighteen knots through the swell.");
  EXPECT_EQ(normalize_text("Gusts hit 55 kt as the storm cut emissions of ash."),
            "Gusts hit fifty five knots as the storm cut emissions of ash.");
}

TEST(Measure, MetersJoinedBeforeAWordOfDimension) {
  // A line with money in it would read a lone "4m" as millions; before widths it is a length.
  EXPECT_EQ(normalize_text("The vinyl comes in 2m and 4m widths at \u00a312 a metre."),
            "The vinyl comes in two-meter and four-meter widths at twelve pounds a metre.");
  EXPECT_EQ(normalize_text("Timber is cut in 3m or 6m lengths."), "Timber is cut in three-meter or six-meter lengths.");
  // Before things counted, in a line of money, they stay millions.
  EXPECT_EQ(normalize_text("The app won 2m and 4m users for \u00a35m."),
            "The app won two million and four million users for five million pounds.");
}

TEST(Measure, SpacedMeasuresJoinedByAndBeforeANoun) {
  EXPECT_EQ(normalize_text("The heaters come in 2 kW and 3 kW models."),
            "The heaters come in two-kilowatt and three-kilowatt models.");
  EXPECT_EQ(normalize_text("The boards come in 2x4 ft and 4x8 ft sizes."),
            "The boards come in two-by-four-foot and four-by-eight-foot sizes.");
  // After "of" the first measure is the value of the noun before it, and another unit is no pair.
  EXPECT_EQ(normalize_text("The rig sets a span of 160 cm and 290 cm sculls."),
            "The rig sets a span of one hundred sixty centimeters and two-hundred-ninety-centimeter sculls.");
  // A second measure that is an amount leaves the first one too.
  EXPECT_EQ(normalize_text("Rainfall was between 20 mm and 40 mm overnight."),
            "Rainfall was between twenty millimeters and forty millimeters overnight.");
  // So does a verb after the pair, its subject: the two sizes share a plural noun, not a singular word.
  EXPECT_EQ(normalize_text("The 3 kW and 5 kW cost more than last year.").find("three kilowatts and"), 4U);
  EXPECT_EQ(normalize_text("Both 2 kW and 3 kW work well in small rooms.").find("two kilowatts and"), 5U);
  EXPECT_EQ(normalize_text("The 10 kg and 20 kg bags cost $5 each."),
            "The ten-kilogram and twenty-kilogram bags cost five dollars each.");
}

TEST(Measure, GasAtNormalOrStandardConditions) {
  EXPECT_EQ(normalize_text("Kilns must emit under 20 mg/Nm\u00b3 of dust."),
            "Kilns must emit under twenty milligrams per normal cubic meter of dust.");
  EXPECT_EQ(normalize_text("The field yields 9 million Sm3 a day."),
            "The field yields nine million standard cubic meters a day.");
  // A torque in newton meters is no volume.
  EXPECT_EQ(normalize_text("The motor gives 250 Nm of torque."), "The motor gives two hundred fifty newton meters of torque.");
}

// An inch mark on the last side of spaced dimensions before a noun is their unit.
TEST(Measure, InchMarkOnTheLastSideBeforeANoun) {
  EXPECT_EQ(normalize_text("The yard sold a 4 \u00d7 36\u2033 roller."), "The yard sold a four-by-thirty-six-inch roller.");
  EXPECT_EQ(normalize_text("They cut 2 x 12\" planks."), "They cut two-by-twelve-inch planks.");
  // After an opening quote the mark may close the quotation, and stays.
  EXPECT_EQ(normalize_text("She wrote \"make it 5 x 7\" and signed."), "She wrote \"make it five by seven\" and signed.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Measure, GluedLengthToTheCentimeterKeepsItsPointOutsideAthletics) {
  EXPECT_EQ(normalize_text("Charcoal turned up at 2.65m depth in the trench."),
            "Charcoal turned up at two point six five meters depth in the trench.");
  EXPECT_EQ(normalize_text("She cleared 1.92m to win the high jump."), "She cleared one meter ninety two to win the high jump.");
}

}  // namespace briefcast
