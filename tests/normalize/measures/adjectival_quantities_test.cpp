// A measure before the noun it qualifies is one adjective, its unit said in the singular
// ("a 10-km walk", "60 mph gusts", "122mm artillery rounds"); a measure of its own keeps the plural.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AdjectivalMeasure, FigureHyphenedToItsUnitIsOneAdjective) {
  EXPECT_EQ(normalize_text("a 10-km walk"), "a ten-kilometer walk");
  EXPECT_EQ(normalize_text("the 200-m sprint"), "the two-hundred-meter sprint");
  EXPECT_EQ(normalize_text("a 45-min wait"), "a forty-five-minute wait");
  EXPECT_EQ(normalize_text("a 2.4-GHz chip"), "a two-point-four-gigahertz chip");
  EXPECT_EQ(normalize_text("an 8-lb baby"), "an eight-pound baby");
  // Not a unit after the hyphen: read as before.
  EXPECT_EQ(normalize_text("a 3-D print"), "a three D print");
}

TEST(AdjectivalMeasure, InchMarkBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("It has a 13.3\" display"), "It has a thirteen-point-three-inch display");
  EXPECT_EQ(normalize_text("buy a 55\" TV"), "buy a fifty-five-inch T.V");
  EXPECT_EQ(normalize_text("the shelf is 30\" wide"), "the shelf is thirty inches wide");
  EXPECT_EQ(normalize_text("we got 4\" of snow"), "we got four inches of snow");
}

TEST(AdjectivalMeasure, UnitInsideALongerCompound) {
  EXPECT_EQ(normalize_text("a 12-yr-old boy"), "a twelve-year-old boy");
  EXPECT_EQ(normalize_text("a 2-hr-long wait"), "a two-hour-long wait");
}

TEST(AdjectivalMeasure, AfterACount) {
  EXPECT_EQ(normalize_text("about 2.5 million 25kg sacks"), "about two point five million twenty-five-kilogram sacks");
  EXPECT_EQ(normalize_text("it was 3 million 5 years ago").find("-"), std::string::npos);
}

TEST(AdjectivalMeasure, ASpeedBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("with 45 mph gusts near the coast"), "with forty-five-mile-per-hour gusts near the coast");
  EXPECT_EQ(normalize_text("up to 110km/h winds"), "up to one-hundred-ten-kilometer-per-hour winds");
  // A speed before no noun stays a quantity.
  EXPECT_EQ(normalize_text("drove 85 mph northbound"), "drove eighty five miles per hour northbound");
  EXPECT_EQ(normalize_text("winds of 30 mph expected"), "winds of thirty miles per hour expected");
  EXPECT_EQ(normalize_text("at 70 mph on the bridge"), "at seventy miles per hour on the bridge");
}

TEST(AdjectivalMeasure, ABareSpeedSizesOnlyAPluralOrASpeed) {
  // With no article, a singular word after the speed is the clause's verb.
  EXPECT_EQ(normalize_text("Winds of 60 km/h rip roofs off."), "Winds of sixty kilometers per hour rip roofs off.");
  EXPECT_EQ(normalize_text("gusts of 95 mph strike the pier"), "gusts of ninety five miles per hour strike the pier");
  EXPECT_EQ(normalize_text("a ban on 15 mph scooters"), "a ban on fifteen-mile-per-hour scooters");
  EXPECT_EQ(normalize_text("hit at 40 mph impact speed"), "hit at forty-mile-per-hour impact speed");
  EXPECT_EQ(normalize_text("cycled into 30 km/h wind"), "cycled into thirty-kilometer-per-hour wind");
}

TEST(AdjectivalMeasure, AUnitWithItsPeriodBeforeANoun) {
  EXPECT_EQ(normalize_text("a 16 oz. jar of honey"), "a sixteen-ounce jar of honey");
  EXPECT_EQ(normalize_text("an 8 ft. ladder"), "an eight-foot ladder");
  EXPECT_EQ(normalize_text("the 3 in. gap"), "the three-inch gap");
  // Not before a noun: the plural, and the period goes.
  EXPECT_EQ(normalize_text("she lost 9 lb. in a month"), "she lost nine pounds in a month");
}

// Millimetres before ammunition, a gun or film are a calibre or a gauge: an adjective.
TEST(AdjectivalMeasure, CalibreBeforeItsNoun) {
  EXPECT_EQ(normalize_text("Ukraine needs 122mm artillery rounds."), "Ukraine needs one-hundred-twenty-two-millimeter artillery rounds.");
  EXPECT_EQ(normalize_text("shot on 16mm film"), "shot on sixteen-millimeter film");
  EXPECT_EQ(normalize_text("rainfall of 12mm overnight"), "rainfall of twelve millimeters overnight");
}

TEST(MeasureCompounds, AUnitJoinedToTheWordItMeasures) {
  EXPECT_EQ(normalize_text("a 6km-long queue"), "a six-kilometer-long queue");
  EXPECT_EQ(normalize_text("a 30ft-high wall"), "a thirty-foot-high wall");
  EXPECT_EQ(normalize_text("new 8K-ready sets").find("kelvin"), std::string::npos);
}

TEST(MeasureCompounds, ARangeBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("a 20-40mg tablet"), "a twenty-to-forty-milligram tablet");
  EXPECT_EQ(normalize_text("the 2-3km loop"), "the two-to-three-kilometer loop");
  EXPECT_EQ(normalize_text("rain of 20-30mm"), "rain of twenty to thirty millimeters");
}

TEST(MeasureCompounds, AMeasureBeforeAWordOfSizeWithNoNounSaysHowBig) {
  EXPECT_EQ(normalize_text("Sow the seeds 2cm deep and water well."), "Sow the seeds two centimeters deep and water well.");
  EXPECT_EQ(normalize_text("the trench 4-6m wide."), "the trench four to six meters wide.");
  EXPECT_EQ(normalize_text("a 3m high wall"), "a three-meter high wall");
}

TEST(AdjectivalMeasure, CoordinatedSizesBeforeTheirNoun) {
  EXPECT_EQ(normalize_text("The yard stacks 6ft and 12ft boards."),
            "The yard stacks six-foot and twelve-foot boards.");
  EXPECT_EQ(normalize_text("The shop sells 250ml or 750ml jars."),
            "The shop sells two-hundred-fifty-milliliter or seven-hundred-fifty-milliliter jars.");
}

TEST(AdjectivalMeasure, BeforeASlashedPairOfNouns) {
  EXPECT_EQ(normalize_text("a 5.25in woofer/mid cone"), "a five-point-two-five-inch woofer mid cone");
  EXPECT_EQ(normalize_text("the 9kg washer/dryer model"), "the nine-kilogram washer dryer model");
  // No determiner before it: a noun phrase of its own.
  EXPECT_EQ(normalize_text("it holds 9kg and/or less"), "it holds nine kilograms and or less");
}

// An amount before a noun, with one modifier between, said as one compound adjective.
TEST(AdjectivalQuantities, AWordOfHowOftenBetweenTheAmountAndItsNoun) {
  EXPECT_EQ(normalize_text("Guests pay a $30 nightly parking charge."), "Guests pay a thirty-dollar nightly parking charge.");
  EXPECT_EQ(normalize_text("The clinic set a 15mg daily dose."), "The clinic set a fifteen-milligram daily dose.");
  EXPECT_EQ(normalize_text("Members face a £12 weekly levy."), "Members face a twelve-pound weekly levy.");
}

TEST(AdjectivalQuantities, AnAdverbAfterTheAmountKeepsThePlural) {
  // No determiner before the amount: "daily" says how often it is paid.
  EXPECT_EQ(normalize_text("Commuters spend $18 daily on fares."), "Commuters spend eighteen dollars daily on fares.");
  // No noun after the word of how often.
  EXPECT_EQ(normalize_text("It costs a $22 weekly."), "It costs a twenty two dollars weekly.");
  // An adverb in -ly that is no adjective.
  EXPECT_EQ(normalize_text("the $8 million originally set aside"), "the eight million dollars originally set aside");
}

TEST(AdjectivalQuantities, ARatingThroughAParticipleOrAnAdjectiveInLess) {
  EXPECT_EQ(normalize_text("The tablet adds 33W wired charging."), "The tablet adds thirty-three-watt wired charging.");
  EXPECT_EQ(normalize_text("It also has 10W wireless charging."), "It also has ten-watt wireless charging.");
}

TEST(AdjectivalQuantities, ARatingBeforeAModifierWithNoNounKeepsThePlural) {
  EXPECT_EQ(normalize_text("It takes 27W wired and 7W wireless."), "It takes twenty seven watts wired and seven watts wireless.");
}

TEST(AdjectivalQuantities, APlantsRatingBeforeAPluralSizesEachOne) {
  EXPECT_EQ(normalize_text("The firm will build six 470 MWe units."), "The firm will build six four-hundred-seventy-megawatt-electric units.");
  EXPECT_EQ(normalize_text("They run two 150MWth boilers."), "They run two one-hundred-fifty-megawatt-thermal boilers.");
  // No noun after the rating: an amount.
  EXPECT_EQ(normalize_text("The reactor gave 320 MWe last week."), "The reactor gave three hundred twenty megawatts electric last week.");
}

TEST(AdjectivalMeasure, AnIrregularParticipleAfterASumIsNoNoun) {
  EXPECT_EQ(normalize_text("They recovered the $2.5m lent to the firm."),
            "They recovered the two point five million dollars lent to the firm.");
  EXPECT_EQ(normalize_text("the £30 spent on tickets"), "the thirty pounds spent on tickets");
  // A noun after the sum still takes the adjective.
  EXPECT_EQ(normalize_text("a £30 ticket"), "a thirty-pound ticket");
}

}  // namespace briefcast

namespace briefcast {

TEST(AdjectivalQuantities, AmountBeforeATermAndItsNoun) {
  EXPECT_EQ(normalize_text("The council took a \u00a340m 5-year loan."), "The council took a forty-million-pound five year loan.");
  EXPECT_EQ(normalize_text("The fund lent $40m over 5-year terms."), "The fund lent forty million dollars over five year terms.");
}

TEST(AdjectivalQuantities, VerbOfChangeIsNoNoun) {
  EXPECT_EQ(normalize_text("The top 500 m warmed fastest."), "The top five hundred meters warmed fastest.");
}

TEST(AdjectivalQuantities, AGapBeforeAWordOfPositionIsNoAdjective) {
  EXPECT_EQ(normalize_text("Her sister came home a further 9 sec back."), "Her sister came home a further nine seconds back.");
  EXPECT_EQ(normalize_text("The yacht finished a good 3 km ahead."), "The yacht finished a good three kilometers ahead.");
  // With a noun after it the word is part of that noun.
  EXPECT_EQ(normalize_text("a 5 km back road"), "a five-kilometer back road");
}

TEST(AdjectivalQuantities, GustSpeedIsNoModifier) {
  EXPECT_EQ(normalize_text("Winds gusting 90 mph closed roads."), "Winds gusting ninety miles per hour closed roads.");
  EXPECT_NE(normalize_text("It brought 90 mph gusts.").find("ninety-mile-per-hour"), std::string::npos);
}

TEST(AdjectivalMeasure, AfterOfFollowingAnAmountTheMeasureGradesTheNoun) {
  // The container or amount before "of" says how much; the measure after it grades the noun.
  EXPECT_EQ(normalize_text("Each jar of 5 mg gummies costs more."), "Each jar of five-milligram gummies costs more.");
  EXPECT_EQ(normalize_text("A range of 5 mg tablets."), "A range of five-milligram tablets.");
  // No noun after it: an amount.
  EXPECT_EQ(normalize_text("A bottle of 20 mg now costs less."), "A bottle of twenty milligrams now costs less.");
  EXPECT_EQ(normalize_text("A cup of 250 ml is enough."), "A cup of two hundred fifty milliliters is enough.");
}

TEST(AdjectivalMeasure, PerOpensANounPhrase) {
  EXPECT_EQ(normalize_text("Fares are set per 10 km section."), "Fares are set per ten-kilometer section.");
  // A participle after the measure: the distance gone, no adjective.
  EXPECT_EQ(normalize_text("It costs $3 per 100 km driven."), "It costs three dollars per one hundred kilometers driven.");
  EXPECT_EQ(normalize_text("It costs $2 per 50 gal used."), "It costs two dollars per fifty gallons used.");
}

TEST(AdjectivalMeasure, AfterAFigureCompoundAndCommaTheMeasureIsTheNextAdjective) {
  EXPECT_EQ(normalize_text("They ordered 20-seat, 640 kg boats."), "They ordered twenty seat, six-hundred-forty-kilogram boats.");
  // A comma after a word of no figure leaves the amount.
  EXPECT_EQ(normalize_text("They bought seats, 640 kg potatoes."), "They bought seats, six hundred forty kilograms potatoes.");
}

TEST(AdjectivalMeasure, BothSidesOfATimesSignQualifyTheNoun) {
  EXPECT_EQ(normalize_text("a 12 cm \u00d7 9 cm frame"), "a twelve-by-nine-centimeter frame");
  EXPECT_EQ(normalize_text("it is 12 cm \u00d7 9 cm."), "it is twelve centimeters by nine centimeters.");
}

TEST(AdjectivalQuantities, QuotedQualifierBeforeTheNoun) {
  EXPECT_EQ(normalize_text("The council brought in a £25 'late-return' charge for bins."),
            "The council brought in a twenty-five-pound 'late-return' charge for bins.");
  EXPECT_EQ(normalize_text("Buyers got a 2 kg \"starter\" bag free."), "Buyers got a two-kilogram \"starter\" bag free.");
  // Quoted words that are no qualifier of a noun leave the amount a sum.
  EXPECT_EQ(normalize_text("It cost £25 'at most' then."), "It cost twenty five pounds 'at most' then.");
}

TEST(AdjectivalMeasure, SidesWithOneUnitSizeTheNoun) {
  EXPECT_EQ(normalize_text("They dug a 12 m \u00d7 5 m pool."), "They dug a twelve-by-five-meter pool.");
  EXPECT_EQ(normalize_text("The pool is 12 m \u00d7 5 m."), "The pool is twelve meters by five meters.");
}

TEST(AdjectivalMeasure, AListOfGluedMeasuresBeforeTheNoun) {
  EXPECT_EQ(normalize_text("the 201cm, 108kg ruckman"), "the two-hundred-one-centimeter, one-hundred-eight-kilogram ruckman");
  EXPECT_EQ(normalize_text("a 64GB or 128GB phone"), "a sixty-four-gigabyte or one-hundred-twenty-eight-gigabyte phone");
  // No noun after the list, or no determiner before it: amounts.
  EXPECT_EQ(normalize_text("Add the 300g, then stir."), "Add the three hundred grams, then stir.");
  EXPECT_EQ(normalize_text("He lifted 90kg, 100kg and 110kg today.").find("-kilogram"), std::string::npos);
}

TEST(AdjectivalMeasure, GluedSidesWithOneUnitSizeTheNoun) {
  EXPECT_EQ(normalize_text("They poured a 30m x 12m slab."), "They poured a thirty-by-twelve-meter slab.");
  EXPECT_EQ(normalize_text("the 8ft x 6ft greenhouse"), "the eight-by-six-foot greenhouse");
  // No noun after the sides, or no determiner before them: each side keeps its unit.
  EXPECT_EQ(normalize_text("The yard is 30m x 12m."), "The yard is thirty meters by twelve meters.");
  EXPECT_EQ(normalize_text("Tiles of 60cm x 60cm were laid."), "Tiles of sixty centimeters by sixty centimeters were laid.");
}

TEST(AdjectivalMeasure, AVerbAfterTheAmountIsNoNounItSizes) {
  EXPECT_NE(normalize_text("A dose per 10 m\u00b3 needs a litre.").find("per ten cubic meters needs"), std::string::npos);
  EXPECT_NE(normalize_text("It weighed 8.2 t vs 8 t permitted.").find("eight tonnes permitted"), std::string::npos);
  // After "the" or "a" the amount is one thing: its verb in -s is singular, and a word in -s may
  // be the plural noun it sizes.
  EXPECT_EQ(normalize_text("The 800 m ends with a bell lap."), "The eight-hundred-meter ends with a bell lap.");
  EXPECT_EQ(normalize_text("Crews shut the 3 km works zone."), "Crews shut the three-kilometer works zone.");
  EXPECT_EQ(normalize_text("The 40 m falls drew a crowd."), "The forty-meter falls drew a crowd.");
}

TEST(AdjectivalQuantities, NoNounAfterTheMeasure) {
  // An adverb, a verb or an adverb before a participle after the measure: it is an amount.
  EXPECT_EQ(normalize_text("The new pump draws 40 W instead of 90 W."),
            "The new pump draws forty watts instead of ninety watts.");
  EXPECT_EQ(normalize_text("Swells above 3 m indicate a closed beach."),
            "Swells above three meters indicate a closed beach.");
  EXPECT_EQ(normalize_text("The plant is smaller than the 300 kW first planned, the council said."),
            "The plant is smaller than the three hundred kilowatts first planned, the council said.");
  // Before a noun the measure still describes it.
  EXPECT_EQ(normalize_text("She won a $5,000 first prize."), "She won a five-thousand-dollar first prize.");
  EXPECT_EQ(normalize_text("It uses a 40 W bulb instead."), "It uses a forty-watt bulb instead.");
}

// Letters joined by an ampersand are one initialism, the noun the amount qualifies.
TEST(AdjectivalQuantities, AmpersandInitialismAfterTheAmount) {
  EXPECT_EQ(normalize_text("They face a $500 Q&A charge."), "They face a five-hundred-dollar Q and Eh charge.");
  // With no article the amount stays an amount.
  EXPECT_EQ(normalize_text("They paid $500 Q&A fees.").find("five-hundred-dollar"), std::string::npos);
}

TEST(AdjectivalMeasure, AnAdverbOfTimeAfterAMeasureIsNoNoun) {
  EXPECT_EQ(normalize_text("The box measures 40 \u00d7 30 \u00d7 20 cm today."),
            "The box measures forty by thirty by twenty centimeters today.");
  EXPECT_EQ(normalize_text("Bags up to 55 \u00d7 40 \u00d7 20 cm now fly free."),
            "Bags up to fifty five by forty by twenty centimeters now fly free.");
  EXPECT_EQ(normalize_text("The 40 \u00d7 30 \u00d7 20 cm box fits."), "The forty-by-thirty-by-twenty-centimeter box fits.");
}

// A count before the measure opens the noun phrase as an article does.
TEST(AdjectivalMeasure, ACountBeforeTheMeasure) {
  EXPECT_EQ(normalize_text("The crane lifted three 20 t girders."), "The crane lifted three twenty-tonne girders.");
  EXPECT_EQ(normalize_text("The panel uses four 90\u00b0 brackets."), "The panel uses four ninety-degree brackets.");
  EXPECT_EQ(normalize_text("The site lies some 40 km inland."), "The site lies some forty kilometers inland.");
}

// A word of where after the measure, with no noun after it, says where; the measure is an amount.
TEST(AdjectivalMeasure, AWordOfWhereIsNoNoun) {
  EXPECT_EQ(normalize_text("The team set its camp 300 m upstream of the weir."),
            "The team set its camp three hundred meters upstream of the weir.");
  EXPECT_EQ(normalize_text("The firm built a 12 km offshore cable route."),
            "The firm built a twelve-kilometer offshore cable route.");
}

// A name with its numeral between the measure and its noun.
TEST(AdjectivalMeasure, ANumberedNameBeforeTheNoun) {
  EXPECT_EQ(normalize_text("She swam the 400 m Class 3 final."), "She swam the four-hundred-meter Class three final.");
}

// A participle going on to a preposition after a measure: the measure is a quantity.
TEST(AdjectivalQuantities, ParticipleAfterMeasureKeepsQuantity) {
  EXPECT_EQ(normalize_text("The port loaded 512,000 t bound for Egypt."),
            "The port loaded five hundred twelve thousand tonnes bound for Egypt.");
  EXPECT_EQ(normalize_text("They carried a tank of 12 L filled to the brim."),
            "They carried a tank of twelve liters filled to the brim.");
  EXPECT_EQ(normalize_text("She bought a 40W lamp and a 3-kg sack."), "She bought a forty-watt lamp and a three-kilogram sack.");
}

TEST(AdjectivalQuantities, DistanceBeforeACompassOffsetIsNoAdjective) {
  EXPECT_NE(normalize_text("The crew reached a spot 7 km ENE of the harbour.").find("seven kilometers east-northeast of"),
            std::string::npos);
  // Before a noun the measure stays one adjective.
  EXPECT_NE(normalize_text("They ran a 7 km loop.").find("a seven-kilometer loop"), std::string::npos);
}

}  // namespace briefcast
