// Written forms of real news text: mixed numbers, dates after an article, addresses with a
// compass point, grid roads, footnote marks, undecoded character references, possessives
// of initials.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Fraction, MixedNumbersWithAHyphen) {
  EXPECT_EQ(say("a 2-1/2 hour wait"), "a two and a half hour wait");
  EXPECT_EQ(say("3-3/4 miles"), "three and three quarters miles");
  EXPECT_EQ(say("4 1/4"), "four and a quarter");
}

TEST(Date, NoSecondArticle) {
  EXPECT_EQ(say("a 14 March 2021 memo"), "a March fourteenth twenty twenty one memo");
  EXPECT_EQ(say("since 14 March 2021"), "since the fourteenth of March twenty twenty one");
}

TEST(Address, CompassPointsAndGridRoads) {
  EXPECT_EQ(say("at 4410 E. Lincoln Way"), "at forty four ten East Lincoln Way");
  EXPECT_EQ(say("on County Road 450N"), "on County Road four fifty North");
  EXPECT_EQ(say("the 1875W Road"), "the eighteen seventy five West Road");
  EXPECT_EQ(say("Vitamin 450N"), "Vitamin four hundred fifty N");  // no road: no compass point
}

TEST(Symbols, FootnotesAndReferences) {
  EXPECT_EQ(say("approved.* Later"), "approved. Later");
  EXPECT_EQ(say("Smith &amp; Sons"), "Smith and Sons");
  EXPECT_EQ(say("the city&#8217;s"), "the city\u2019s");
  EXPECT_EQ(say("D.C.'s schools"), "D.C.'s schools");
}

}  // namespace briefcast

namespace briefcast {

TEST(Symbols, SlashesBetweenWordsAndHandles) {
  EXPECT_EQ(normalize_text("raises/lowers rates"), "raises or lowers rates");
  EXPECT_EQ(normalize_text("cash and/or stock"), "cash and or stock");
  EXPECT_EQ(normalize_text("walking / cycling"), "walking or cycling");
  EXPECT_EQ(normalize_text("Dallas/Fort Worth"), "Dallas Fort Worth");
  EXPECT_EQ(normalize_text("follow at @citydesk"), "follow at citydesk");
  EXPECT_EQ(normalize_text("add 1/2 an onion"), "add half an onion");
}

}  // namespace briefcast

namespace briefcast {

TEST(Address, GridRoadsAlone) {
  EXPECT_EQ(normalize_text("turned onto 1500N and"), "turned onto fifteen hundred North and");
  EXPECT_EQ(normalize_text("a 500W heater"), "a five-hundred-watt heater");  // watts, not west
}

TEST(Acronyms, LabelsAndLongCapitalsAreWords) {
  EXPECT_EQ(normalize_text("May 3: THEFT \u2013 A bike was taken"), "May third: THEFT \u2013 A bike was taken");
  EXPECT_EQ(normalize_text("a SCHEDULE change"), "a SCHEDULE change");
  EXPECT_EQ(normalize_text("the NHTSA said"), "the N.H.T.S.A said");
}

TEST(Articles, AnBeforeAFigureSaidWithAVowel) {
  EXPECT_EQ(say("a $8 ticket"), "an eight-dollar ticket");
  EXPECT_EQ(say("A 11-day strike ended."), "An eleven day strike ended.");
  EXPECT_EQ(say("a 18% cut and a 7% rise"), "an eighteen-percent cut and a seven-percent rise");
  EXPECT_EQ(say("a eightfold rise"), "an eightfold rise");
  EXPECT_EQ(say("plan a 1 day trip"), "plan a one day trip");
}

TEST(Measure, InchMarksWithEvenQuotes) {
  // Two figures with inch marks pair up as quotes would; neither closes a quotation.
  EXPECT_EQ(say("a crate 30\" deep and 12\" tall"), "a crate thirty inches deep and twelve inches tall");
  // A quotation that ends on a figure keeps its closing mark.
  EXPECT_EQ(say("she chose \"Gate 9\" again"), "she chose \"Gate nine\" again");
}

TEST(Measure, LowerCaseSizesAreBytes) {
  EXPECT_EQ(say("a 40kb image"), "a forty-kilobyte image");
  EXPECT_EQ(say("a 300kbps stream"), "a three-hundred-kilobit-per-second stream");
}

TEST(Serial, VideoLineCountsInPairs) {
  EXPECT_EQ(say("shot in 480i and 720p"), "shot in four eighty i and seven twenty p");
}

TEST(Address, StateBeforeAZipCodeWithoutAStreet) {
  EXPECT_EQ(say("PO Box 12, Tulsa, OK 74103 today"), "P.O Box twelve, Tulsa, Oklahoma seven four one zero three today");
  EXPECT_EQ(say("the OK 74103 form"), "the O.K seventy four thousand one hundred three form");
}

TEST(Initials, LetterAAtASentenceEndKeepsItsPeriod) {
  EXPECT_EQ(say("The top mark was an A. Then came B."), "The top mark was an A. Then came B.");
  EXPECT_EQ(say("with Lena A. Okafor"), "with Lena Eh Okafor");
}

TEST(Acronyms, ShortWordsInCapitalsForEmphasis) {
  EXPECT_EQ(say("It was NOT a drill, AND it was SO loud."), "It was Not a drill, And it was So loud.");
  EXPECT_EQ(say("the WHO and the US"), "the W.H.O and the U.S");
}

TEST(Symbols, NoteNumbersAfterASentenceAreNotSaid) {
  EXPECT_EQ(say("rates rose.3 Then they fell.12"), "rates rose. Then they fell.");
  EXPECT_EQ(say("pi is 3.14 today"), "pi is three point one four today");
}

TEST(Cardinal, PluralNumbersOfTwoFigures) {
  EXPECT_EQ(say("tickets for over 60s and under 18s"), "tickets for over sixties and under eighteens");
}

TEST(Address, ApartmentAbbreviation) {
  EXPECT_EQ(say("at 9 Oak Rd., Apt. 2 since May"), "at nine Oak Road, Apartment two since May");
}

TEST(Measure, TemperaturesWithoutTheDegreeSign) {
  EXPECT_EQ(say("highs of 31C and lows of -4C"), "highs of thirty one degrees Celsius and lows of minus four degrees Celsius");
  EXPECT_EQ(say("bake at 425F until brown"), "bake at four hundred twenty five degrees Fahrenheit until brown");
  EXPECT_EQ(say("only 1C warmer"), "only one degree Celsius warmer");
}

TEST(Measure, AdjectivalBeforeANameAndItsNoun) {
  EXPECT_EQ(say("a 65W Acme charger"), "a sixty-five-watt Acme charger");
  EXPECT_EQ(say("a $25 Acme voucher"), "a twenty-five-dollar Acme voucher");
  EXPECT_EQ(say("the $20 Dana owed"), "the twenty dollars Dana owed");
}

TEST(Version, AnyReleaseOfASeries) {
  EXPECT_EQ(say("runs on Perl 5.x only"), "runs on Perl five point x only");
}

TEST(Symbols, CalibersAreWholeNumbers) {
  EXPECT_EQ(say("a .38-caliber revolver"), "a thirty eight caliber revolver");
  EXPECT_EQ(say("a .5 share"), "a point five share");
}

}  // namespace briefcast
