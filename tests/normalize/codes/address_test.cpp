// Addresses: compass points before and quadrants after a street, rural grid roads, and a state
// code before a ZIP code.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Address, QuadrantAfterDottedSuffix) {
  EXPECT_EQ(normalize_text("at 410 Oak Ave. SE on"), "at four ten Oak Avenue Southeast on");
  EXPECT_EQ(normalize_text("at 410 Oak St. SW."), "at four ten Oak Street Southwest.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Address, DottedCompassPointBeforeTheStreet) {
  EXPECT_EQ(normalize_text("at 210 E. 86th St. on Monday"), "at two ten East eighty sixth Street on Monday");
  EXPECT_EQ(normalize_text("at 4400 W. Old Mill Rd., Springfield"), "at forty four hundred West Old Mill Road, Springfield");
  // No street suffix: the name after the compass point is read as it stands.
  EXPECT_EQ(normalize_text("at 3170 W. County Line"), "at thirty one seventy West County Line");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Address, CompassPointsAndGridRoads) {
  EXPECT_EQ(say("at 4410 E. Lincoln Way"), "at forty four ten East Lincoln Way");
  EXPECT_EQ(say("on County Road 450N"), "on County Road four fifty North");
  EXPECT_EQ(say("the 1875W Road"), "the eighteen seventy five West Road");
  EXPECT_EQ(say("Vitamin 450N"), "Vitamin four hundred fifty N");  // no road: no compass point
}

TEST(Address, GridRoadsAlone) {
  EXPECT_EQ(normalize_text("turned onto 1500N and"), "turned onto fifteen hundred North and");
  EXPECT_EQ(normalize_text("a 500W heater"), "a five-hundred-watt heater");  // watts, not west
}

TEST(Address, GridRoadAfterAnEstimate) {
  EXPECT_EQ(normalize_text("stalled at about 2200N on Friday"), "stalled at about twenty two hundred North on Friday");
  EXPECT_EQ(normalize_text("a lamp of about 1500W"), "a lamp of about one thousand five hundred watts");  // not west
}

TEST(CompassPoint, AfterAVerbOfMotion) {
  EXPECT_EQ(normalize_text("the front is moving ESE at 20 mph"), "the front is moving east-southeast at twenty miles per hour");
  EXPECT_EQ(normalize_text("a ship heading SW, officials said"), "a ship heading southwest, officials said");
  EXPECT_EQ(normalize_text("heading NW Ohio way"), "heading N.W Ohio way");  // a name follows: left as it was
}

TEST(CompassPoint, LatitudeThenLongitudeIsAPosition) {
  EXPECT_EQ(normalize_text("a buoy near 31.4N 64.2W reported"),
            "a buoy near thirty one point four north sixty four point two west reported");
  EXPECT_EQ(normalize_text("the ship at 8S, 115E sank"), "the ship at eight south, one hundred fifteen east sank");
  EXPECT_EQ(normalize_text("between 40N and 20W today"), "between forty north and twenty west today");
  // No latitude before it: watts.
  EXPECT_EQ(normalize_text("a 60W bulb"), "a sixty-watt bulb");
}
TEST(CompassPoint, PositionNeedsDegreesInRange) {
  // Past 90 degrees there is no latitude, past 180 no longitude.
  EXPECT_EQ(normalize_text("a float near 95N 64W").find("north"), std::string::npos);
  EXPECT_EQ(normalize_text("the boat at 12.5S, 181E").find("east"), std::string::npos);
  EXPECT_EQ(normalize_text("at 7.25N 179.5W"), "at seven point two five north one hundred seventy nine point five west");
  // A thousands comma is no degree figure.
  EXPECT_EQ(normalize_text("near 1,5N 30W").find("north"), std::string::npos);
}

TEST(Address, StateBeforeAZipCodeWithoutAStreet) {
  EXPECT_EQ(say("PO Box 12, Tulsa, OK 74103 today"), "P.O Box twelve, Tulsa, Oklahoma seven four one zero three today");
  EXPECT_EQ(say("the OK 74103 form"), "the O.K seventy four thousand one hundred three form");
}

}  // namespace briefcast

namespace briefcast {

TEST(CompassPoint, AfterADistanceOrBeforeOf) {
  EXPECT_EQ(normalize_text("about 40 km SSW of the capital"), "about forty kilometers south-southwest of the capital");
  EXPECT_EQ(normalize_text("drifted 3 miles farther NE"), "drifted three miles farther northeast");
  EXPECT_EQ(normalize_text("a gale from the NW today"), "a gale from the northwest today");
  EXPECT_EQ(normalize_text("just SE of the port"), "just southeast of the port");
  // Elsewhere the capitals are initialisms or names.
  EXPECT_EQ(normalize_text("the NE office"), "the N.E office");
}

TEST(Address, CompassPointsBeforeAWindSpeedOrAfterFrom) {
  EXPECT_EQ(normalize_text("Winds: NE 10 mph."), "Winds: northeast ten miles per hour.");
  EXPECT_EQ(normalize_text("Winds W 5-10 knots"), "Winds west five to ten knots");
  EXPECT_EQ(normalize_text("gusting SW 25 kn by noon"), "gusting southwest twenty five knots by noon");
  EXPECT_EQ(normalize_text("shifting from NW to south"), "shifting from northwest to south");
  EXPECT_EQ(normalize_text("trains from SE London"), "trains from S.E London");
}

TEST(Address, GridQuarterBeforeANumberedStreet) {
  EXPECT_EQ(normalize_text("a fire on SW 8th Street"), "a fire on southwest eighth Street");
  EXPECT_EQ(normalize_text("the NE 45th St. bridge"), "the northeast forty fifth Street bridge");
  // The street words are the ones a compass letter before a named street takes.
  EXPECT_EQ(normalize_text("homes on NW 12th Boulevard"), "homes on northwest twelfth Boulevard");
}

TEST(Address, ASideOfTheCityWithAPeriodAfterTheSuffix) {
  EXPECT_EQ(normalize_text("held at 2210 Park Ave. So., near the lake"), "held at twenty two ten Park Avenue South, near the lake");
  EXPECT_EQ(normalize_text("visit 415 3rd St. No. today"), "visit four fifteen third Street North today");
  // "No." before a figure is a number.
  EXPECT_EQ(normalize_text("at 90 Elm St. No. 3 upstairs").find("North"), std::string::npos);
}

TEST(Address, PeriodOfTheSuffixThatEndsTheSentence) {
  EXPECT_EQ(normalize_text("lives at 12 Oak Rd. Then he moved"), "lives at twelve Oak Road. Then he moved");
  EXPECT_EQ(normalize_text("lives at 12 Oak Rd. near the park"), "lives at twelve Oak Road near the park");
}

TEST(Address, CompassLetterBeforeAStreetWithoutAHouseNumber) {
  EXPECT_EQ(normalize_text("a crash on N. 7th Street near the mall"), "a crash on North seventh Street near the mall");
  EXPECT_EQ(normalize_text("the bridge (W. Oak Avenue) closed"), "the bridge (West Oak Avenue) closed");
  EXPECT_EQ(normalize_text("turn onto E Pine Road today"), "turn onto East Pine Road today");
  // A middle initial after a given name, and a letter before no street word, stay letters.
  EXPECT_EQ(normalize_text("Mary E. Walker Street").find("East"), std::string::npos);
  EXPECT_EQ(normalize_text("Plan S. Green groups").find("South"), std::string::npos);
}

TEST(Address, AUnitWithoutItsPeriodBeforeItsNumber) {
  EXPECT_EQ(normalize_text("deliver to 40 Birch Rd Apt 312 today"), "deliver to forty Birch Road Apartment three twelve today");
  EXPECT_EQ(normalize_text("their office at Ste 9"), "their office at Suite nine");
  EXPECT_EQ(normalize_text("staff in BLDG 6 left"), "staff in Building six left");
  EXPECT_EQ(normalize_text("Apt 4C was empty"), "Apartment four C was empty");
  // Without a number after it the word is left alone.
  EXPECT_EQ(normalize_text("an Apt near the park"), "an Apt near the park");
}

}  // namespace briefcast

namespace briefcast {

TEST(Address, FiguresNamedAZipCodeAreDigits) {
  EXPECT_EQ(normalize_text("homes in zip code 30305 sold fast"), "homes in zip code three zero three zero five sold fast");
  EXPECT_EQ(normalize_text("the 48201 ZIP code"), "the four eight two zero one Zip code");
  // Things counted before the word "zip" stay a count.
  EXPECT_EQ(normalize_text("bought 20000 zip ties"), "bought twenty thousand zip ties");
}

}  // namespace briefcast

namespace briefcast {

TEST(AustralianPostcodes, FourFiguresAfterAStateAreSaidDigitByDigit) {
  EXPECT_EQ(normalize_text("Post it to Manly NSW 2095 this week."), "Post it to Manly N.S.W two zero nine five this week.");
  EXPECT_EQ(normalize_text("a cafe in Carlton VIC 3053, Melbourne"), "a cafe in Carlton Victoria three zero five three, Melbourne");
  EXPECT_EQ(normalize_text("based in Cairns Qld 4870 for years"), "based in Cairns Queensland four eight seven zero for years");
  EXPECT_EQ(normalize_text("the farm near Albany WA 6330."), "the farm near Albany W.A six three three zero.");
  EXPECT_EQ(normalize_text("from Launceston, Tas 7250 and Alice Springs NT 0870"),
            "from Launceston, Tasmania seven two five zero and Alice Springs N.T zero eight seven zero");
  EXPECT_EQ(normalize_text("Write to Barton ACT 2600."), "Write to Barton A.C.T two six zero zero.");
}

TEST(AustralianPostcodes, YearsAndCountsAfterAStateStay) {
  EXPECT_EQ(normalize_text("The NSW 2027 budget was tabled."), "The NSW twenty twenty seven budget was tabled.");
  EXPECT_EQ(normalize_text("Labor won Queensland QLD 2024 polls").find("zero two"), std::string::npos);
  EXPECT_EQ(normalize_text("Hobart TAS 2000 Games bid").find("zero zero"), std::string::npos);
  EXPECT_EQ(normalize_text("In WA 2021 was dry.").find("two zero two one"), std::string::npos);
  EXPECT_EQ(normalize_text("Sydney NSW 2031 was a target").find("two zero three one"), std::string::npos);
  // A US state and its five-figure ZIP code keep their reading.
  EXPECT_EQ(normalize_text("Tacoma, WA 98402"), "Tacoma, Washington nine eight four zero two");
}

}  // namespace briefcast

namespace briefcast {

TEST(LetteredHouseNumbers, AreSaidInPairsWithTheirLetter) {
  EXPECT_EQ(normalize_text("Officers called at 314B Marsh Road twice."), "Officers called at three fourteen B Marsh Road twice.");
  EXPECT_EQ(normalize_text("the bakery at 27a Mill Lane reopened"), "the bakery at twenty seven Eh Mill Lane reopened");
  EXPECT_EQ(normalize_text("a flat at 1450C Ocean Ave. was sold"), "a flat at fourteen fifty C Ocean Avenue was sold");
  EXPECT_EQ(normalize_text("She lives at 9D Church Street, Dover."), "She lives at nine D Church Street, Dover.");
}

TEST(LetteredHouseNumbers, OtherLetteredFiguresKeepTheirReading) {
  // Without a street word after the name, the letter and figure are read as before.
  EXPECT_EQ(normalize_text("The 5G rollout began."), "The five G rollout began.");
  EXPECT_EQ(normalize_text("Flat 3B is empty.").find("Street"), std::string::npos);
  // Plain house numbers are unchanged.
  EXPECT_EQ(normalize_text("at 1428 Elm St. today"), "at fourteen twenty eight Elm Street today");
}

// A continental postcode after the comma that ends a street is read digit by digit.
TEST(Address, ContinentalPostcodes) {
  EXPECT_EQ(normalize_text("a flat at 40 Rue Oberkampf, 75011 Paris."), "a flat at forty Rue Oberkampf, seven five zero one one Paris.");
  EXPECT_EQ(normalize_text("the office at Kurfürstendamm 21, 10719 Berlin."),
            "the office at Kurfürstendamm twenty one, one zero seven one nine Berlin.");
  EXPECT_EQ(normalize_text("In May 2021, 12000 Londoners signed."), "In May twenty twenty one, twelve thousand Londoners signed.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Address, ZipCodeAfterAStatesName) {
  EXPECT_EQ(normalize_text("Send entries to the club, Boise, Idaho 83702."),
            "Send entries to the club, Boise, Idaho eight three seven zero two.");
  EXPECT_EQ(normalize_text("Its office in Albany, New York 12207-1234 stays open."),
            "Its office in Albany, New York one two two zero seven one two three four stays open.");
  // Five figures going on into the clause are a count.
  EXPECT_EQ(normalize_text("In Houston, Texas 12000 people marched."),
            "In Houston, Texas twelve thousand people marched.");
}

TEST(Address, ZipPlusFourAfterAPlace) {
  EXPECT_EQ(normalize_text("Mail: 40 Elm Road, Portland 97205-1122"), "Mail: forty Elm Road, Portland nine seven two zero five one one two two");
  // Not after a place's name: left to the range rules.
  EXPECT_EQ(normalize_text("Its reach grew from 15000-9000 listeners."), "Its reach grew from fifteen thousand - nine thousand listeners.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Address, AFiveFigureHouseNumberIsSaidAsTwoThenThree) {
  // Whole it was "eighteen thousand four hundred twelve".
  EXPECT_EQ(normalize_text("The clinic at 18412 Oak Ave moved."), "The clinic at eighteen four twelve Oak Avenue moved.");
  EXPECT_EQ(normalize_text("Send it to 21050 NE 8th St today."), "Send it to twenty one zero fifty Northeast eighth Street today.");
  EXPECT_EQ(normalize_text("at 11300 Pine Rd"), "at eleven three hundred Pine Road");
  EXPECT_EQ(normalize_text("at 14000 Elm St"), "at fourteen thousand Elm Street");
  // Four figures stay in pairs.
  EXPECT_EQ(normalize_text("at 4521 Oak Ave"), "at forty five twenty one Oak Avenue");
}

// A floor and a unit as Asian addresses write them, and a block's short name.
TEST(Address, FloorUnitAndBlock) {
  EXPECT_EQ(normalize_text("Visit us at 8/F, Harbour Centre."), "Visit us at eighth floor, Harbour Centre.");
  EXPECT_EQ(normalize_text("The shop is at Blk 12 Bedok North, #01-57."),
            "The shop is at Block twelve Bedok North, unit zero one, five seven.");
  // Outside an address the slash and the sign keep their readings.
  EXPECT_EQ(normalize_text("She rated it 3/F overall.").find("floor"), std::string::npos);
  EXPECT_EQ(normalize_text("Trending: #10-2 win.").find("unit"), std::string::npos);
  // Places in a list are no units; after the word "Unit" it is not said twice.
  EXPECT_EQ(normalize_text("The player was ranked #11-20 in the world.").find("unit"), std::string::npos);
  EXPECT_EQ(normalize_text("Unit #12-05 at Sunshine Plaza sells noodles."),
            "Unit one two, zero five at Sunshine Plaza sells noodles.");
}

}  // namespace briefcast
