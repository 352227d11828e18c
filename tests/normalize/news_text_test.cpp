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

}  // namespace briefcast
