// The number of a published standard.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(StandardNumbers, InventedSentences) {
  EXPECT_EQ(normalize_text("Cables must follow BS 7671 and lifts EN 81-70, the council said."),
            "Cables must follow B.S seventy six seventy one and lifts E.N eighty one dash seventy, the council said.");
  EXPECT_EQ(normalize_text("The plant is certified to ISO 45001:2018 and IEC 61508-3."),
            "The plant is certified to I.S.O forty five thousand one, twenty eighteen and I.E.C sixty one five oh eight dash three.");
}

TEST(StandardNumbers, ReadFromTheBodysLetters) {
  // A three-figure number with a part, which a code rule had read figure by figure.
  EXPECT_EQ(normalize_text("Doors must meet EN 179-2 in the new wing."),
            "Doors must meet E.N one seventy nine dash two in the new wing.");
}

TEST(StandardNumbers, SaidInGroupsAsTheTradeSaysThem) {
  // Five figures: a pair, then the rest in pairs; a round thousand whole.
  EXPECT_EQ(normalize_text("The new boilers comply with EN 12828 across the estate."),
            "The new boilers comply with E.N twelve eight twenty eight across the estate.");
  EXPECT_EQ(normalize_text("Our fridge maker follows IEC 62552-3 for testing."),
            "Our fridge maker follows I.E.C sixty two five fifty two dash three for testing.");
  EXPECT_EQ(normalize_text("Its packaging meets ISO 18602 as well as DIN 4102."),
            "Its packaging meets I.S.O eighteen six oh two as well as DIN forty one oh two.");
  EXPECT_EQ(normalize_text("A florist got ISO 14001 before her rivals."),
            "A florist got I.S.O fourteen thousand one before her rivals.");
}

TEST(StandardNumbers, JointBodiesPartsAndSeriesLetters) {
  EXPECT_EQ(normalize_text("The lab moved to ISO/IEC 17025:2017 last year."),
            "The lab moved to I.S.O I.E.C seventeen oh twenty five, twenty seventeen last year.");
  EXPECT_EQ(normalize_text("Bridges are built to BS EN 1993-1-8 in Wales."),
            "Bridges are built to B.S E.N nineteen ninety three dash one dash eight in Wales.");
  EXPECT_EQ(normalize_text("The cable follows ASTM B23 and IEEE 1547 rules."),
            "The cable follows A.S.T.M B twenty three and I triple E fifteen forty seven rules.");
}

TEST(StandardNumbers, FilmSpeedIsNoStandard) {
  EXPECT_EQ(normalize_text("She shot the gig at ISO 1600 without a flash.").find("I.S.O"), std::string::npos);
}

TEST(StandardNumbers, CodeWithEditionYear) {
  EXPECT_EQ(normalize_text("Welds met B2.1/B2.1M:2021 last week."), "Welds met B2.1 slash B2.1M twenty twenty one last week.");
  EXPECT_EQ(normalize_text("The rig passed A5.18:2017 checks."), "The rig passed A5.18 twenty seventeen checks.");
  // A clock's figures hold no letter and keep their reading.
  EXPECT_EQ(normalize_text("We met at 10:15 sharp."), "We met at ten fifteen sharp.");
}

TEST(StandardNumbers, WholeTensBeforeTheRestAreSaidOneByOne) {
  EXPECT_EQ(normalize_text("Heaters must meet IEC 60335-2-30 from March."),
            "Heaters must meet I.E.C six oh three three five dash two dash thirty from March.");
  EXPECT_EQ(normalize_text("Our fridge maker follows IEC 62552-3 for testing."),
            "Our fridge maker follows I.E.C sixty two five fifty two dash three for testing.");
}

TEST(StandardNumbers, AmendmentsAfterTheEdition) {
  EXPECT_EQ(normalize_text("Swings must meet EN 1176-2:2017+A1:2019 before opening."),
            "Swings must meet E.N eleven seventy six dash two, twenty seventeen, plus A-one, twenty nineteen before opening.");
  // A plus with no amendment's letter is left to the other rules.
  EXPECT_EQ(normalize_text("Kits meet ISO 9001:2015+ and more.").find("plus A"), std::string::npos);
}

TEST(StandardNumbers, SeriesLetterApartFromTheNumber) {
  EXPECT_NE(normalize_text("Scales must meet OIML R 51-2 before sale.").find("R fifty one dash two"), std::string::npos);
  EXPECT_EQ(normalize_text("Scales must meet OIML R 51-2 before sale.").find(" to "), std::string::npos);
  // A lone capital after a body with no number after it is left alone.
  EXPECT_EQ(normalize_text("The ISO R team met.").find("dash"), std::string::npos);
}

// Australian and New Zealand standards number their parts after a point.
TEST(StandardNumbers, PartAfterAPoint) {
  EXPECT_EQ(normalize_text("Decks must meet AS 1684.2 in cyclone areas."),
            "Decks must meet A.S sixteen eighty four point two in cyclone areas.");
  EXPECT_EQ(normalize_text("Pipes follow AS/NZS 2032.1:2006 now."),
            "Pipes follow A.S N.Z.S twenty thirty two point one, two thousand six now.");
  // In a line of capitals "AS" is the word.
  EXPECT_EQ(normalize_text("AS 2024 ENDS, PRICES RISE").find("A.S"), std::string::npos);
}

// Any body's capitals before a number and its edition's year after a colon: a standard.
TEST(StandardNumbers, AnyBodyWithItsEditionYear) {
  EXPECT_EQ(normalize_text("Flour must meet the KNS 218:2019 standard."),
            "Flour must meet the K.N.S two eighteen, twenty nineteen standard.");
  EXPECT_EQ(normalize_text("Wiring follows SANS 10142-1:2020 now."),
            "Wiring follows S.A.N.S ten one forty two dash one, twenty twenty now.");
  // Without the year the capitals may be a currency or a name: left to other rules.
  EXPECT_EQ(normalize_text("They raised NIS 450 million.").find("N.I.S"), std::string::npos);
  // A map's scale is no standard.
  EXPECT_EQ(normalize_text("The OS 1:2500 sheet was used.").find("twenty five hundred"), std::string::npos);
  EXPECT_EQ(normalize_text("The mix is LPG 3:2500 by mass.").find("L.P.G three, "), std::string::npos);
}

TEST(StandardNumbers, TwoStandardsJoinedBySlash) {
  EXPECT_EQ(normalize_text("Tags follow ISO 14223/14224 in herds."),
            "Tags follow I.S.O fourteen two twenty three and fourteen two twenty four in herds.");
  // A year after the slash is the edition, no second standard.
  EXPECT_EQ(normalize_text("Fit it to BS 7671/2018 rules."), "Fit it to B.S seventy six seventy one, twenty eighteen rules.");
}

// A year before the slash or the colon makes a span of years or a pair of them, not a standard
// with its edition; and unlisted capitals before "N:YYYY" need a word that names a standard.
TEST(StandardNumbers, YearsAndUnnamedCapitalsAreNoStandard) {
  EXPECT_NE(normalize_text("The UL 2017/2018 campaign was long.").find("twenty seventeen to twenty eighteen"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The EN 2021/2022 budget rose.").find("twenty twenty one, twenty twenty two"), std::string::npos);
  EXPECT_EQ(normalize_text("The FTSE 40:2023 mark held.").find("F.T.S.E forty, "), std::string::npos);
  EXPECT_EQ(normalize_text("The IMF 2024:2025 outlook dimmed.").find(", twenty twenty five"), std::string::npos);
  EXPECT_EQ(normalize_text("Bread meets the KNS 218:2019 rules.").find("two eighteen, "), std::string::npos);
  // A listed body's edition after a slash still reads so.
  EXPECT_EQ(normalize_text("It passed EN 1317/2010 tests."), "It passed E.N thirteen seventeen, twenty ten tests.");
}

}  // namespace briefcast
