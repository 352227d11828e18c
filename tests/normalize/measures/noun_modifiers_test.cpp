// A measure before the noun phrase it describes, with no article before it: one adjective,
// its unit singular; before a verb, a preposition or the clause's end it stays an amount.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NounModifiers, ASmallLengthBeforeANoun) {
  EXPECT_EQ(normalize_text("The shelves use 18 mm plywood throughout."), "The shelves use eighteen-millimeter plywood throughout.");
  EXPECT_EQ(normalize_text("Trains here run on 16 mm rail."), "Trains here run on sixteen-millimeter rail.");
  EXPECT_EQ(normalize_text("Printed at 0.1 mm nozzle offset."), "Printed at zero-point-one-millimeter nozzle offset.");
}

TEST(NounModifiers, ARatingBeforeACodeInCapitals) {
  EXPECT_EQ(normalize_text("It comes with a 65W USB-C adapter."), "It comes with a sixty-five-watt USB-C adapter.");
  EXPECT_EQ(normalize_text("The drill has a 60 Nm clutch."), "The drill has a sixty-newton-meter clutch.");
}

TEST(NounModifiers, TwoRatingsBeforeOneNoun) {
  EXPECT_EQ(normalize_text("Buy a 12V 60W adapter today."), "Buy a twelve-volt sixty-watt adapter today.");
}

// "and larger", "or thicker": the comparative widens the size, and the two qualify the noun.
TEST(NounModifiers, AMeasureAndAComparativeBeforeTheNoun) {
  EXPECT_EQ(normalize_text("The rack takes 26in. and wider rims."), "The rack takes twenty-six-inch and wider rims.");
  EXPECT_EQ(normalize_text("Use 12 mm or thicker plywood."), "Use twelve-millimeter or thicker plywood.");
  EXPECT_EQ(normalize_text("It needs 45W and higher adapters."), "It needs forty-five-watt and higher adapters.");
  // A distance, or no noun after the comparative, stays an amount.
  EXPECT_EQ(normalize_text("Try 10 km and longer rides."), "Try ten kilometers and longer rides.");
  EXPECT_EQ(normalize_text("The gap was 3 mm or wider."), "The gap was three millimeters or wider.");
}

TEST(NounModifiers, AWeightOrVolumeBeforeAContainerOnly) {
  EXPECT_EQ(normalize_text("Soup is sold in 0.4 l tubs."), "Soup is sold in zero-point-four-liter tubs.");
  EXPECT_EQ(normalize_text("Add 300 g flour and stir."), "Add three hundred grams of flour and stir.");
}

TEST(NounModifiers, AnInchMarkBeforeANounWithNoArticle) {
  EXPECT_EQ(normalize_text("Kids ride on 16\" wheels now."), "Kids ride on sixteen-inch wheels now.");
  EXPECT_EQ(normalize_text("The cart has 10in. rubber tyres."), "The cart has ten-inch rubber tyres.");
}

TEST(NounModifiers, BeforeAVerbOrAPrepositionItStaysAnAmount) {
  EXPECT_EQ(normalize_text("A heater using 40W warms a room."), "A heater using forty watts warms a room.");
  EXPECT_EQ(normalize_text("The sheet is 6 mm and bends."), "The sheet is six millimeters and bends.");
  EXPECT_EQ(normalize_text("We saw 12 mm rain overnight."), "We saw twelve millimeters rain overnight.");
  EXPECT_EQ(normalize_text("The gap was 4 mm wider."), "The gap was four millimeters wider.");
  EXPECT_EQ(normalize_text("Sizes from 8in. and up."), "Sizes from eight inches and up.");
}

TEST(NounModifiers, AGermanLineIsLeftAsAnAmount) {
  EXPECT_EQ(normalize_text("Die Anlage hat 5 kW bzw. mehr").find("-"), std::string::npos);
  EXPECT_EQ(normalize_text("Das Rohr mit 20 mm wandung und").find("-"), std::string::npos);
}

TEST(NounModifiers, WeightOrVolumeBeforeCountNounItSizes) {
  EXPECT_EQ(normalize_text("The kit ships with 25 g skeins in six shades."),
            "The kit ships with twenty-five-gram skeins in six shades.");
  EXPECT_EQ(normalize_text("Our mill spins 250 g hanks for weavers."),
            "Our mill spins two-hundred-fifty-gram hanks for weavers.");
  EXPECT_EQ(normalize_text("Divers carry a 12 L N2 cylinder."), "Divers carry a twelve-liter N two cylinder.");
  // Before a mass noun or a plural of food the measure stays an amount.
  EXPECT_EQ(normalize_text("Mix in 400 g porridge oats."), "Mix in four hundred grams of porridge oats.");
  EXPECT_EQ(normalize_text("Bring 2 kg potatoes to the boil."), "Bring two kilograms of potatoes to the boil.");
}

// A word that describes the noun may stand between the measure and it: a participle of a
// process, a word of dimension opening a compound, a name with its numeral.
TEST(NounModifiers, ADescribingWordWithNoNounAfterItStaysAnAmount) {
  EXPECT_EQ(normalize_text("We used 3 mm laminated."), "We used three millimeters laminated.");
  EXPECT_EQ(normalize_text("The film is 2 mm coated on one side."), "The film is two millimeters coated on one side.");
  EXPECT_EQ(normalize_text("The gauge gave 5 mm width and no more."),
            "The gauge gave five millimeters width and no more.");
  // A past tense with its object after a measure that ends a subject is no describing word.
  EXPECT_EQ(normalize_text("A fall of 40 mm closed roads."), "A fall of forty millimeters closed roads.");
  // A name before no lowercase noun, or a day's name, is not passed over.
  EXPECT_EQ(normalize_text("It holds 10 L Type B foam."), "It holds ten liters Type B foam.");
  EXPECT_EQ(normalize_text("The beam sagged 3 mm Friday night."), "The beam sagged three millimeters Friday night.");
}

TEST(NounModifiers, AMeterLengthBeforeThingsItSizesEachOf) {
  EXPECT_EQ(normalize_text("The forklifts work 2.6 m lanes all day."), "The forklifts work two-point-six-meter lanes all day.");
  EXPECT_EQ(normalize_text("Swim 400 m lengths at an easy pace."), "Swim four-hundred-meter lengths at an easy pace.");
  EXPECT_EQ(normalize_text("Vans met 2.2 m height barriers there."), "Vans met two-point-two-meter height barriers there.");
  // Before a singular mass noun, an adverb or a unit named in full it stays an amount.
  EXPECT_EQ(normalize_text("Crews laid 500 m cable under the road."), "Crews laid five hundred meters cable under the road.");
  EXPECT_EQ(normalize_text("The van slid 3 m sideways."), "The van slid three meters sideways.");
  EXPECT_EQ(normalize_text("The trucks need 3 m clearance."), "The trucks need three meters clearance.");
  EXPECT_EQ(normalize_text("The kite rose 40 m Tuesday night."), "The kite rose forty meters Tuesday night.");
}

TEST(NounModifiers, ATimeOrACountAfterTheMeasureKeepsItAnAmount) {
  EXPECT_EQ(normalize_text("The crack grew 5 mm last week."), "The crack grew five millimeters last week.");
  EXPECT_EQ(normalize_text("The pond fell 30 cm yesterday."), "The pond fell thirty centimeters yesterday.");
  EXPECT_EQ(normalize_text("The tide rose 4 cm hours later."), "The tide rose four centimeters hours later.");
  EXPECT_EQ(normalize_text("The rail moved 2 mm two days ago."), "The rail moved two millimeters two days ago.");
  EXPECT_EQ(normalize_text("The stem grew 5 cm taller by June."), "The stem grew five centimeters taller by June.");
}

// A compound of lowercase words joined by hyphens describes the noun as one word does.
// "soil samples", "water bottles": a weight or a volume sizes a compound noun that ends in a
// container or a portion taken for a test.
TEST(NounModifiers, AWeightBeforeACompoundEndingInAContainer) {
  EXPECT_EQ(normalize_text("Send 30 g soil samples to the lab."), "Send thirty-gram soil samples to the lab.");
  EXPECT_EQ(normalize_text("Hikers should carry 750 ml water bottles."),
            "Hikers should carry seven-hundred-fifty-milliliter water bottles.");
  EXPECT_EQ(normalize_text("The vet sells 15 kg cat litter sacks."), "The vet sells fifteen-kilogram cat litter sacks.");
  // Before a compound that is no container it stays an amount.
  EXPECT_EQ(normalize_text("They shipped 200 kg copper wire."), "They shipped two hundred kilograms copper wire.");
}

// "18 V, 5 Ah drills": measures listed with commas before one noun all describe it.
TEST(NounModifiers, AListOfMeasuresBeforeOneNoun) {
  EXPECT_EQ(normalize_text("The shop sells 18 V, 5 Ah drills."), "The shop sells eighteen-volt, five-amp-hour drills.");
  EXPECT_EQ(normalize_text("Fit the 2.2 kW, 240 V heater first."), "Fit the two-point-two-kilowatt, two-hundred-forty-volt heater first.");
  EXPECT_EQ(normalize_text("Order 36 V, 10 Ah, 360 Wh packs."), "Order thirty-six-volt, ten-amp-hour, three-hundred-sixty-watt-hour packs.");
  // A list with no noun after it stays a list of amounts.
  EXPECT_EQ(normalize_text("It draws 18 V, 5 A at most."), "It draws eighteen volts, five amps at most.");
}

// "9 kW door closed": a noun and the state it is in after a rating say how it was measured.
TEST(NounModifiers, ARatingTakenInAStateStaysAnAmount) {
  EXPECT_EQ(normalize_text("The kiln draws 9 kW door closed, and more with it open."),
            "The kiln draws nine kilowatts door closed, and more with it open.");
  EXPECT_EQ(normalize_text("The hook held 14 kN latch open."), "The hook held fourteen kilonewtons latch open.");
  // Before the noun alone, or a state word that opens a noun phrase, it still describes it.
  EXPECT_EQ(normalize_text("Buy a 40W lamp today."), "Buy a forty-watt lamp today.");
  EXPECT_EQ(normalize_text("Use 6 mm open mesh for it."), "Use six-millimeter open mesh for it.");
}

TEST(NounModifiers, AnAmountOfAnIngredientStaysPlural) {
  EXPECT_EQ(normalize_text("Stir in 3 kg of rice."), "Stir in three kilograms of rice.");
}

TEST(NounModifiers, ARoomNounWithoutArticleKeepsThePlural) {
  EXPECT_EQ(normalize_text("The bracket sits with 35 mm clearance above the rail."),
            "The bracket sits with thirty five millimeters clearance above the rail.");
  EXPECT_EQ(normalize_text("Set the oars with 112 cm inboard."), "Set the oars with one hundred twelve centimeters inboard.");
  EXPECT_EQ(normalize_text("The van has a 20 mm clearance problem."), "The van has a twenty-millimeter clearance problem.");
}

}  // namespace briefcast

namespace briefcast {

TEST(NounModifiers, CurrentKindBetweenMeasureAndNoun) {
  EXPECT_EQ(normalize_text("The van takes 50 kW DC charging."), "The van takes fifty-kilowatt D.C charging.");
  EXPECT_EQ(normalize_text("The pump runs on 24 V DC."), "The pump runs on twenty four volts D.C.");
}

TEST(NounModifiers, BracketedWordBetweenMeasureAndNoun) {
  EXPECT_EQ(normalize_text("It has a 40 kWh (usable) pack."), "It has a forty-kilowatt-hour (usable) pack.");
  EXPECT_EQ(normalize_text("It stores 40 kWh (about a day's use)."), "It stores forty kilowatt hours (about a day's use).");
}

// "a reach of 39.5 cm, 165 mm cranks": a measure after "of", or a second length, is no part of a
// list of one noun's figures; it stays an amount before its comma.
TEST(NounModifiers, AMeasureBeforeACommaOfAnotherThing) {
  EXPECT_EQ(normalize_text("The frame has a reach of 39.5 cm, 165 mm cranks and wide bars."),
            "The frame has a reach of thirty nine point five centimeters, one-hundred-sixty-five-millimeter cranks and "
            "wide bars.");
  EXPECT_EQ(normalize_text("Set it at 12 mm, 30 mm spacers on top."),
            "Set it at twelve millimeters, thirty-millimeter spacers on top.");
}

}  // namespace briefcast

namespace briefcast {

TEST(NounModifiers, ATolerancesSignInAListOfRatingsBeforeTheNoun) {
  EXPECT_EQ(normalize_text("They ordered a 1.4 GW, \u00b1320 kV converter station."),
            "They ordered a one-point-four-gigawatt, plus-or-minus-three-hundred-twenty-kilovolt converter station.");
  // A rating after "of" ends no list before a noun.
  EXPECT_EQ(normalize_text("It has an output of 2 GW, \u00b1320 kV on the line."),
            "It has an output of two gigawatts, plus or minus three hundred twenty kilovolts on the line.");
}

TEST(NounModifiers, AfterOfAParticipleGoesOnNoNounSized) {
  EXPECT_EQ(normalize_text("A pump of 22 kW running at full load."), "A pump of twenty two kilowatts running at full load.");
  // Before a noun the rating still sizes it.
  EXPECT_EQ(normalize_text("They fitted 22 kW chargers."), "They fitted twenty-two-kilowatt chargers.");
}

// After a bound or "of", a word in -ing before its object is a participle, no noun the measure sizes.
TEST(NounModifiers, ParticipleAfterABoundedMeasure) {
  EXPECT_EQ(normalize_text("Farms over 20 MW supplying the grid pay a levy."),
            "Farms over twenty megawatts supplying the grid pay a levy.");
  EXPECT_EQ(normalize_text("Sites of 5 MW serving Leeds were sold."), "Sites of five megawatts serving Leeds were sold.");
  // A noun in -ing after an article's measure is still sized.
  EXPECT_EQ(normalize_text("A 7 kW charging point opened."), "A seven-kilowatt charging point opened.");
}

// Two describing words, hyphened compounds or plain, may stand between the measure and its noun.
TEST(NounModifiers, TwoDescribingWordsBeforeTheNoun) {
  EXPECT_EQ(normalize_text("The doors hang on 35 mm soft-close clip-on hinges."),
            "The doors hang on thirty-five-millimeter soft-close clip-on hinges.");
  EXPECT_EQ(normalize_text("It is fixed with 8 mm cold-rolled threaded bar."),
            "It is fixed with eight-millimeter cold-rolled threaded bar.");
}

// After a preposition a word in -ed before a noun describes it; where the measure opens the
// clause the word in -ed is its verb.
TEST(NounModifiers, AParticipleAfterAPrepositionDescribes) {
  EXPECT_EQ(normalize_text("The top is faced in 2 mm quartered oak."), "The top is faced in two-millimeter quartered oak.");
  EXPECT_EQ(normalize_text("Rainfall was 12 mm and caused flooding."), "Rainfall was twelve millimeters and caused flooding.");
  EXPECT_EQ(normalize_text("Sea level rose 4 mm last year."), "Sea level rose four millimeters last year.");
}

// A noun that names how much a thing holds is sized by a weight or a volume, as a container is.
TEST(NounModifiers, AVolumeBeforeACapacity) {
  EXPECT_EQ(normalize_text("The barrel has 2,300 cm\u00b3 melt capacity."),
            "The barrel has twenty-three-hundred-cubic-centimeter melt capacity.");
  EXPECT_EQ(normalize_text("Most airlines set a 23 kg baggage allowance."),
            "Most airlines set a twenty-three-kilogram baggage allowance.");
  EXPECT_EQ(normalize_text("Add 250 g sugar and stir."), "Add two hundred fifty grams of sugar and stir.");
}

}  // namespace briefcast
