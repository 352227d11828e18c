// Short forms of news copy read in the shape that makes them unambiguous (news_shorthand.cpp).
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST(NewsShorthand, EspeciallyDotted) {
  EXPECT_EQ(normalize_text("Prices rose, esp. for rent, over the year."), "Prices rose, especially for rent, over the year.");
  EXPECT_EQ(normalize_text("Esp. in winter the roads flood."), "Especially in winter the roads flood.");
  // Without its period the letters are left to other rules.
  EXPECT_FALSE(has(normalize_text("the ESP module failed"), "especially"));
}

TEST(NewsShorthand, DaysThatAreNoWord) {
  EXPECT_EQ(normalize_text("The vote moves to Weds after a delay."), "The vote moves to Wednesday after a delay.");
  EXPECT_EQ(normalize_text("Talks resume Thurs. morning in Oslo."), "Talks resume Thursday morning in Oslo.");
  EXPECT_EQ(normalize_text("Polls open Tues and close at eight."), "Polls open Tuesday and close at eight.");
  EXPECT_EQ(normalize_text("The museum reopens Fri with a new wing."), "The museum reopens Friday with a new wing.");
  // "Wed" and "wed" are words: the couple wed in June.
  EXPECT_EQ(normalize_text("The pair wed in June."), "The pair wed in June.");
}

TEST(NewsShorthand, MotorwayJunctions) {
  EXPECT_EQ(normalize_text("a crash on the M6 between J4 and J5"), "a crash on the M six between junction four and junction five");
  EXPECT_TRUE(has(normalize_text("Queues at J19 of the M1 this morning."), "junction nineteen"));
  EXPECT_TRUE(has(normalize_text("closed at J3a on the M40"), "junction three Eh"));
  // No road near: J and a figure stay a code.
  EXPECT_FALSE(has(normalize_text("the J10 model ships in May"), "junction"));
}

TEST(NewsShorthand, SquareUnitsWithoutAFigure) {
  EXPECT_TRUE(has(normalize_text("rents of $48 per sq ft in midtown"), "per square foot"));
  EXPECT_TRUE(has(normalize_text("land costs £900 a sq m there"), "a square metre"));
  EXPECT_TRUE(has(normalize_text("a density of 40 people per sq km"), "per square kilometre"));
}

TEST(NewsShorthand, StreetTypesWithoutAPeriod) {
  EXPECT_EQ(normalize_text("A van hit a wall on High Rd, Leyton."), "A van hit a wall on High Road, Leyton.");
  EXPECT_EQ(normalize_text("shops on Bloor St W, near the park"), "shops on Bloor Street West, near the park");
  EXPECT_EQ(normalize_text("at 12 Ocean Pde, Coogee"), "at twelve Ocean Parade, Coogee");
  EXPECT_TRUE(has(normalize_text("They live on Yonge St N."), "Yonge Street North"));
  EXPECT_EQ(normalize_text("a bus stop on Station Rd near the bank"), "a bus stop on Station Road near the bank");
  EXPECT_EQ(normalize_text("new flats on Dundas St E"), "new flats on Dundas Street East");
  // "St" before a name stays the saint's.
  EXPECT_TRUE(has(normalize_text("a day out in St Albans today"), "Saint Albans"));
  // After a function word or a capitalised initialism the letters are no street.
  EXPECT_FALSE(has(normalize_text("The Rd, as it is known"), "Road"));
}

TEST(NewsShorthand, CanadianProvincesInAnAddress) {
  EXPECT_TRUE(has(normalize_text("Send letters to 40 King St, Ottawa, ON K1P 5J9."), "Ottawa, Ontario K one P five J nine"));
  EXPECT_TRUE(has(normalize_text("The firm is based in Kelowna, BC V1Y 2B5."), "Kelowna, British Columbia"));
  EXPECT_EQ(normalize_text("The store opened in Halifax, NS."), "The store opened in Halifax, Nova Scotia.");
  EXPECT_EQ(normalize_text("A man from Moncton, NB, was fined."), "A man from Moncton, New Brunswick, was fined.");
  // "on" and "ON" away from the address shape stay as they are.
  EXPECT_FALSE(has(normalize_text("Turn the heater ON now."), "Ontario"));
  EXPECT_FALSE(has(normalize_text("Paris, ON the other hand, said no"), "Ontario"));
  EXPECT_FALSE(has(normalize_text("Calgary, AB is cold, she said"), "Alberta is"));
}

TEST(NewsShorthand, CoinsBeforeANoun) {
  EXPECT_EQ(normalize_text("the 20c coin is rarely used"), "the twenty-cent coin is rarely used");
  EXPECT_EQ(normalize_text("a new 50p piece for the jubilee"), "a new fifty-pence piece for the jubilee");
  // Alone, the amount is read by the money rules.
  EXPECT_TRUE(has(normalize_text("it costs 50c now"), "fifty cents"));
}

TEST(NewsShorthand, UnitAfterAPrice) {
  EXPECT_TRUE(has(normalize_text("tomatoes at £2 a kg this week"), "two pounds a kilogram"));
  EXPECT_TRUE(has(normalize_text("beef rose to $7 per lb in March"), "per pound"));
  EXPECT_TRUE(has(normalize_text("power at €0.30 per kWh"), "per kilowatt hour"));
}

TEST(NewsShorthand, DimensionsAreBy) {
  EXPECT_TRUE(has(normalize_text("a banner 4m x 2m hung outside"), "four meters by two meters"));
  EXPECT_TRUE(has(normalize_text("a box 20cm x 10cm x 5cm"), "by ten centimeters by five"));
  // An x that is no dimension's stays: "Model x 5cm" has no measure before it.
  EXPECT_FALSE(has(normalize_text("the Model x 5cm wide"), " by "));
}

TEST(NewsShorthand, TemperatureDecades) {
  EXPECT_TRUE(has(normalize_text("highs in the low 70s F on Sunday"), "seventies Fahrenheit"));
  EXPECT_TRUE(has(normalize_text("the upper 20s C by Friday"), "twenties Celsius"));
  // "Grade C" after a plain word stays a letter.
  EXPECT_TRUE(has(normalize_text("he got a C in maths"), "a C in"));
}

TEST(NewsShorthand, InchesAfterAFractionalHeight) {
  EXPECT_TRUE(has(normalize_text("The suspect is 6 ft 1\u00bd in tall."), "six feet one and a half inches tall"));
  // Without the feet before it "in" is the preposition.
  EXPECT_TRUE(has(normalize_text("Rain fell 2\u00bd in an hour."), "in an hour"));
}

TEST(NewsShorthand, CourtCodesInNeutralCitations) {
  EXPECT_TRUE(has(normalize_text("in Smith v Jones [2021] EWCA Civ 88"), "E.W.C.A Civ"));
  EXPECT_TRUE(has(normalize_text("see [2019] UKSC 41 on this"), "U.K.S.C"));
}

TEST(NewsShorthand, LabCodes) {
  EXPECT_TRUE(has(normalize_text("His HbA1c level fell."), "H.B.A one C level"));
  EXPECT_TRUE(has(normalize_text("her SpO2 was low"), "S.P.O two was"));
}

TEST(NewsShorthand, AgesWrittenYo) {
  EXPECT_EQ(normalize_text("The 4yo gelding was favourite."), "The four-year-old gelding was favourite.");
  EXPECT_EQ(normalize_text("a race for 2yos"), "a race for two-year-olds");
}

TEST(NewsShorthand, NumberedArmyUnits) {
  EXPECT_EQ(normalize_text("troops of 1st Bn, Royal Welsh"), "troops of first Battalion, Royal Welsh");
  EXPECT_EQ(normalize_text("the 7th Armoured Bde deployed"), "the seventh Armoured Brigade deployed");
  EXPECT_EQ(normalize_text("soldiers of 3 Regt, Royal Logistic Corps"), "soldiers of three Regiment, Royal Logistic Corps");
  EXPECT_EQ(normalize_text("a platform with 2 Bn users").find("Battalion"), std::string::npos);
}

TEST(NewsShorthand, RetiredRankInBrackets) {
  EXPECT_EQ(normalize_text("said Maj. (Ret.) Anne Hill today"), "said retired Major Anne Hill today");
  EXPECT_EQ(normalize_text("Adm. (ret.) Jim Stavridis wrote."), "Retired Admiral Jim Stavridis wrote.");
  EXPECT_EQ(normalize_text("Brig. Gen. (Ret.) Ann Cole"), "Brigadier retired General Ann Cole");
}

TEST(NewsShorthand, EpisodeBeforeItsNumber) {
  EXPECT_EQ(normalize_text("Season 2, Ep 6 drops on Friday"), "Season two, Episode six drops on Friday");
  EXPECT_EQ(normalize_text("catch up with Ep. 3 tonight"), "catch up with Episode three tonight");
}

}  // namespace briefcast

namespace briefcast {

TEST(NewsShorthandJunctions, AStretchBetweenJunctionsAndAJunctionFurtherFromItsRoad) {
  EXPECT_EQ(normalize_text("the M1 northbound J23-J24 is closed"), "the M one northbound junction twenty three to junction twenty four is closed");
  EXPECT_EQ(normalize_text("queues on the A1(M) J6-7"), "queues on the A-one M junction six to junction seven");
  EXPECT_EQ(normalize_text("the M4 will close overnight from J12 to J13"),
            "the M four will close overnight from junction twelve to junction thirteen");
  // With no road named nearby "J12" stays as written.
  EXPECT_EQ(normalize_text("Flight J12 left").find("junction"), std::string::npos);
}

TEST(NewsShorthand, SquareAndNumberedStreets) {
  EXPECT_NE(normalize_text("Crowds filled Trafalgar Sq on Sunday.").find("Trafalgar Square on"), std::string::npos);
  EXPECT_NE(normalize_text("Trains skip 23 St until May.").find("twenty third Street until"), std::string::npos);
  EXPECT_EQ(normalize_text("He lives at 12 St Anne's Road.").find("twelfth"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(NewsShorthand, SeasonAndEpisodeCodes) {
  EXPECT_EQ(normalize_text("The twist comes in S3E7."), "The twist comes in season three, episode seven.");
  EXPECT_EQ(normalize_text("watch s01e02 first"), "watch season one, episode two first");
}

// Short forms that are no word of their own are said in full wherever they stand.
TEST(NewsShorthand, UnmistakableShortWords) {
  EXPECT_EQ(normalize_text("Sales fell in the June qtr."), "Sales fell in the June quarter.");
  EXPECT_EQ(normalize_text("Rents rose for two yrs running."), "Rents rose for two years running.");
  EXPECT_EQ(normalize_text("The boiler runs at 12 barg."), "The boiler runs at twelve bar gauge.");
}

}  // namespace briefcast
