// A short month with no period after a preposition of time.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BareMonths, AfterAPrepositionOfTime) {
  EXPECT_EQ(normalize_text("the new tariffs apply from Oct, the ministry said"),
            "the new tariffs apply from October, the ministry said");
  EXPECT_EQ(normalize_text("prices rose from Aug to Nov"), "prices rose from August to November");
}

TEST(BareMonths, NamesAndWordsStay) {
  // "Jan" is a name and "Mar" a word; with no period they are left as written.
  EXPECT_EQ(normalize_text("a letter from Jan to her sister"), "a letter from Jan to her sister");
  EXPECT_EQ(normalize_text("the Oct result"), "the Oct result");
}

TEST(BareMonths, NameLikeMonthsBeforeAFigureOrInAListOfMonths) {
  EXPECT_EQ(normalize_text("rents have climbed since Jan 2021"), "rents have climbed since January twenty twenty one");
  EXPECT_EQ(normalize_text("stores shut in Nov and Jan each year"), "stores shut in November and January each year");
  EXPECT_EQ(normalize_text("the fair runs in Aug or Mar, the council said"),
            "the fair runs in August or March, the council said");
}

// Another month or a quarter on the line is no cue: "Jan" is still a name there.
TEST(BareMonths, NameLikeMonthsOnALineOfMonthsStay) {
  EXPECT_EQ(normalize_text("sales have grown since Jan became chair in the second quarter"),
            "sales have grown since Jan became chair in the second quarter");
  EXPECT_EQ(normalize_text("costs fell after Jun was hired as treasurer in FY24").find("June"), std::string::npos);
  EXPECT_EQ(normalize_text("the squad relies on Jan, who arrived in Oct"), "the squad relies on Jan, who arrived in October");
  EXPECT_EQ(normalize_text("we will hold off until Mar lands in Dec").find("March"), std::string::npos);
  EXPECT_EQ(normalize_text("she thanked Jan and Jun for the Nov gala").find("January"), std::string::npos);
}

TEST(BareMonths, NameLikeMonthsWithoutADateCueStay) {
  EXPECT_EQ(normalize_text("the coach trusted in Jun, his goalkeeper"), "the coach trusted in Jun, his goalkeeper");
  EXPECT_EQ(normalize_text("villagers mourned the late Mar, a fisherman"), "villagers mourned the late Mar, a fisherman");
  EXPECT_EQ(normalize_text("the band stalled until Jan returned from Ghent"), "the band stalled until Jan returned from Ghent");
  EXPECT_EQ(normalize_text("she confided in Jan and Pieter"), "she confided in Jan and Pieter");
  EXPECT_EQ(normalize_text("viewers lost faith in Jun after the row"), "viewers lost faith in Jun after the row");
}

TEST(BareMonths, NameLikeMonthsBeforeANameStay) {
  EXPECT_EQ(normalize_text("the club has struggled since Jan Kowalski left"), "the club has struggled since Jan Kowalski left");
  EXPECT_EQ(normalize_text("in Jan van Eyck's workshop"), "in Jan van Eyck's workshop");
  EXPECT_EQ(normalize_text("a port in Mar del Plata"), "a port in Mar del Plata");
  EXPECT_EQ(normalize_text("a goal by Jan, then another"), "a goal by Jan, then another");
  EXPECT_EQ(normalize_text("the talks at Mar-a-Lago went on"), "the talks at Mar-a-Lago went on");
}

TEST(BareMonths, SpanOfTwoShortMonths) {
  EXPECT_EQ(normalize_text("exports in the Apr-Jun period"), "exports in the April to June period");
  EXPECT_EQ(normalize_text("sales for Jan\u2013Mar fell"), "sales for January to March fell");
  EXPECT_EQ(normalize_text("a Jan-Jan comparison"), "a Jan-Jan comparison");
}

TEST(BareMonths, AListHeldOnBothSidesOnly) {
  // A name after "<month>," opens the next clause: no list reaches it.
  EXPECT_EQ(normalize_text("Orders slipped in Oct, Jun Tanaka of the lender said.").find("June"), std::string::npos);
  EXPECT_EQ(normalize_text("Imports dipped in Aug, Jan noted on Friday.").find("January"), std::string::npos);
  EXPECT_EQ(normalize_text("with help from Sept, Mar and their crew").find("March"), std::string::npos);
  EXPECT_EQ(normalize_text("The twins, Jan and Nov, opened a bakery.").find("January"), std::string::npos);
  // A list of months is read whole, the plain months in it too.
  EXPECT_EQ(normalize_text("rainfall in Jun, Jul and Aug fell"), "rainfall in June, July and August fell");
  EXPECT_NE(normalize_text("shipments slowed in Nov or Jan.").find("November or January"), std::string::npos);
}

}  // namespace briefcast
