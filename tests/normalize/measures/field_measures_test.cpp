// Unit letters read by the line's field: millibars in a pressure line, a lap time with a
// space after its minutes, a count per a period; and the degree marks and gaps read with them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FieldMeasures, MillibarsInAPressureLine) {
  EXPECT_EQ(normalize_text("the storm's central pressure fell to 944 mb overnight"),
            "the storm's central pressure fell to nine hundred forty four millibars overnight");
  EXPECT_EQ(normalize_text("a hurricane with a pressure of 987mb"), "a hurricane with a pressure of nine hundred eighty seven millibars");
  EXPECT_EQ(normalize_text("barometric readings near 1012 mbar"), "barometric readings near one thousand twelve millibars");
}

TEST(FieldMeasures, MegabytesElsewhere) {
  EXPECT_EQ(normalize_text("the update is 640 MB").find("millibar"), std::string::npos);
  EXPECT_EQ(normalize_text("a 300 mb download").find("millibar"), std::string::npos);
  // Capital MB in a storm line: megabytes, unless the figure can be an air pressure.
  EXPECT_EQ(normalize_text("The Cyclone radar app is a 450 MB download").find("millibar"), std::string::npos);
  EXPECT_EQ(normalize_text("the typhoon's pressure dropped to 925 MB"), "the typhoon's pressure dropped to nine hundred twenty five millibars");
}

TEST(FieldMeasures, LapTimeWithASpaceAfterItsMinutes) {
  EXPECT_EQ(normalize_text("she set a 1m 31.402s to lead"), "she set a one minute thirty one point four o two seconds to lead");
  EXPECT_EQ(normalize_text("his best was 2m 04.55s today"), "his best was two minutes four point five five seconds today");
  // A length is still a length.
  EXPECT_EQ(normalize_text("a 3m wall"), "a three-meter wall");
}

TEST(FieldMeasures, CountPerPeriod) {
  EXPECT_EQ(normalize_text("they trained 4 days/week for a year"), "they trained four days a week for a year");
  EXPECT_EQ(normalize_text("a pill taken 2 times/day"), "a pill taken two times a day");
  EXPECT_EQ(normalize_text("open 24/7").find("a week"), std::string::npos);
}

TEST(FieldMeasures, TiebreakPointsWrittenWithASlash) {
  EXPECT_EQ(normalize_text("she won 7-6 (8/6), 6-2 on Friday"), "she won seven six (eight six), six two on Friday");
}

TEST(FieldMeasures, DegreeMarksOfPlacesAndTheRingAbove) {
  EXPECT_EQ(normalize_text("the ship was at 12.4°S and 40.2°E then"),
            "the ship was at twelve point four degrees south and forty point two degrees east then");
  EXPECT_EQ(normalize_text("near 31.5°N"), "near thirty one point five degrees north");
  EXPECT_EQ(normalize_text("water near 26˚C today"), "water near twenty six degrees Celsius today");
}

TEST(FieldMeasures, AGapBeforeAnAdverbIsPlural) {
  EXPECT_EQ(normalize_text("he was a clear 0.42s ahead of them"), "he was a clear zero point four two seconds ahead of them");
  EXPECT_EQ(normalize_text("she finished a mere 0.2s behind"), "she finished a mere zero point two seconds behind");
  EXPECT_EQ(normalize_text("about $240-million less than planned"), "about two hundred forty million dollars less than planned");
}

TEST(FieldMeasures, RateToTheDollar) {
  EXPECT_EQ(normalize_text("the rupee hit 88:$1 on Friday"), "the rupee hit eighty eight to the dollar on Friday");
  EXPECT_EQ(normalize_text("pegged at 3.67:$1"), "pegged at three point six seven to the dollar");
}

TEST(FieldMeasures, ResolutionInPixels) {
  // A display resolution is two labels said in pairs (resolution() in cued_measures.cpp).
  EXPECT_EQ(normalize_text("a panel of 2560 x 1440 pixels"), "a panel of twenty five sixty by fourteen forty pixels");
  EXPECT_EQ(normalize_text("shot at 1,080 x 2,400px today"), "shot at one thousand eighty by twenty four hundred pixels today");
  EXPECT_EQ(normalize_text("it is 640px wide"), "it is six hundred forty pixels wide");
}

TEST(FieldMeasures, BulletinClockBeforeAmOrPm) {
  EXPECT_EQ(normalize_text("At 1000 PM CDT the storm was"), "At ten PM C.D.T the storm was");
  EXPECT_EQ(normalize_text("valid until 845 AM"), "valid until eight forty five AM");
  EXPECT_EQ(normalize_text("issued at 1205 AM"), "issued at twelve oh five AM");
  // A radio dial, and a figure that is no clock, stay as they were.
  EXPECT_EQ(normalize_text("tune in to KXL 750 AM").find("seven fifty AM"), std::string::npos);
  EXPECT_EQ(normalize_text("at 1300 AM").find("one PM"), std::string::npos);
}

TEST(FieldMeasures, KAfterAFigureIsKelvinInALineAboutTemperature) {
  EXPECT_EQ(normalize_text("the magnet was cooled to 20 K."), "the magnet was cooled to twenty kelvin.");
  EXPECT_EQ(normalize_text("a superconductor that works at 150K"), "a superconductor that works at one hundred fifty kelvin");
  EXPECT_EQ(normalize_text("a surface temperature of 40 K at night"),
            "a surface temperature of forty kelvin at night");
  // No temperature in the line, money, or a noun after the K: not kelvin.
  EXPECT_EQ(normalize_text("a salary of 90K").find("kelvin"), std::string::npos);
  EXPECT_EQ(normalize_text("paid $90K for thermal imaging").find("kelvin"), std::string::npos);
  EXPECT_EQ(normalize_text("8K screens with thermal limits").find("kelvin"), std::string::npos);
}

TEST(FieldMeasures, WholeSecondsAfterMinutes) {
  EXPECT_EQ(normalize_text("The ferry crossed in 14m 40s on Monday."), "The ferry crossed in fourteen minutes forty seconds on Monday.");
  EXPECT_EQ(normalize_text("she finished in 3m 5s flat"), "she finished in three minutes five seconds flat");
  EXPECT_EQ(normalize_text("a 2m wall and 40s music").find("minute"), std::string::npos);
}

TEST(FieldMeasures, MilesAndFurlongsInARacingLine) {
  EXPECT_EQ(normalize_text("The handicap is run over 2m at Haydock."), "The handicap is run over two miles at Haydock.");
  EXPECT_EQ(normalize_text("She won the 1m 4f race by a neck."), "She won the one mile four furlongs race by a neck.");
  EXPECT_EQ(normalize_text("the filly stays 1m2f well"), "the filly stays one mile two furlongs well");
  EXPECT_EQ(normalize_text("The colt drops back to 6f over the 7f trip."), "The colt drops back to six furlongs over the seven furlongs trip.");
}

TEST(FieldMeasures, MetersAndMillionsOutsideARacingLine) {
  EXPECT_EQ(normalize_text("The wall rose over 2m in places."), "The wall rose over two meters in places.");
  EXPECT_EQ(normalize_text("The trainer won 1m in prize money at Ascot.").find("mile"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(FieldMeasures, AFigurePerASpanOfTheCalendar) {
  EXPECT_EQ(normalize_text("The ferry carries 4,520/day in summer."), "The ferry carries four thousand five hundred twenty a day in summer.");
  EXPECT_EQ(normalize_text("about 80/year"), "about eighty a year");
  EXPECT_EQ(normalize_text("trains run 12/hour"), "trains run twelve an hour");
}

}  // namespace briefcast

namespace briefcast {

TEST(FieldMeasures, ATGluedToALargeFigureIsTonnes) {
  EXPECT_EQ(normalize_text("a quota of 250,000t of sugar"), "a quota of two hundred fifty thousand tonnes of sugar");
  EXPECT_EQ(normalize_text("the 3.5t limit"), "the three-point-five-tonne limit");
  EXPECT_EQ(normalize_text("Plan 5t was dropped.").find("tonne"), std::string::npos);
}

TEST(FieldMeasures, TonnesBeforeAHeavyThing) {
  EXPECT_EQ(normalize_text("A 26t lorry overturned on the bypass."),
            "A twenty-six-tonne lorry overturned on the bypass.");
}

TEST(FieldMeasures, TimesPerPeriod) {
  EXPECT_EQ(normalize_text("The physio wants the drills done 4x/week at home."),
            "The physio wants the drills done four times a week at home.");
  EXPECT_EQ(normalize_text("Take the syrup 3\u00d7/day after meals."), "Take the syrup three times a day after meals.");
  EXPECT_EQ(normalize_text("Dogs are walked 1x/day by the sitter."), "Dogs are walked once a day by the sitter.");
  EXPECT_EQ(normalize_text("She lifts 2X/wk in the gym."), "She lifts twice a week in the gym.");
}

// The three rates share one naming of the calendar's spans, each with its own set of them.
TEST(FieldMeasures, CalendarPeriodsShared) {
  EXPECT_EQ(normalize_text("The drip is checked 6x/hr on the ward."), "The drip is checked six times an hour on the ward.");
  EXPECT_EQ(normalize_text("Nurses work 3 nights/wk there."), "Nurses work three nights a week there.");
  EXPECT_EQ(normalize_text("The pump moves 40/hour at most."), "The pump moves forty an hour at most.");
}

TEST(FieldMeasures, RaceDistancesWithYardsHalvesAndLists) {
  EXPECT_EQ(normalize_text("The gelding raced over 1m 4f 80y at Chester, his jockey said."),
            "The gelding raced over one mile four furlongs eighty yards at Chester, his jockey said.");
  EXPECT_EQ(normalize_text("The mare won over 2m \u00bdf at Kelso for her trainer."),
            "The mare won over two miles and a half furlong at Kelso for her trainer.");
  EXPECT_EQ(normalize_text("The filly won over 1m 2\u00bdf at Newmarket for her jockey."),
            "The filly won over one mile two and a half furlongs at Newmarket for her jockey.");
  EXPECT_EQ(normalize_text("The 6f and 1m starts were watered, the trainer said."),
            "The six furlongs and one mile starts were watered, the trainer said.");
  EXPECT_EQ(normalize_text("Buy 1m and 2m cables at the store."), "Buy one-meter and two-meter cables at the store.");
}

}  // namespace briefcast
