// A trade's abbreviations with their period, said as their words with no pause at the period.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TradeAbbreviations, LimitsBeforeAFigureACodeOrAWord) {
  EXPECT_EQ(normalize_text("Keep the kiln at max. 900 degrees for an hour."),
            "Keep the kiln at maximum nine hundred degrees for an hour.");
  EXPECT_EQ(normalize_text("The tender asks for min. IP65 housings on every lamp."),
            "The tender asks for minimum IP sixty five housings on every lamp.");
  EXPECT_EQ(normalize_text("Nobody may exceed the max. load on the hoist."),
            "Nobody may exceed the maximum load on the hoist.");
  EXPECT_EQ(normalize_text("Bore the holes to dia. 12 before fitting the dowels."),
            "Bore the holes to diameter twelve before fitting the dowels.");
}

TEST(TradeAbbreviations, OnSpecIsSpeculation) {
  EXPECT_EQ(normalize_text("The builder put up six houses on spec. and sold them all.").find("specification"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The valve failed its spec. by a wide margin."),
            "The valve failed its specification by a wide margin.");
}

TEST(TradeAbbreviations, AfterAFigureTheyStayUnits) {
  EXPECT_EQ(normalize_text("The tour took 45 min. and ended at the pier."),
            "The tour took forty five minutes and ended at the pier.");
}

TEST(TradeAbbreviations, DocumentLabelsBeforeAFigureOrACode) {
  EXPECT_EQ(normalize_text("The checklist follows Iss. 7 of the depot manual."),
            "The checklist follows Issue seven of the depot manual.");
  EXPECT_EQ(normalize_text("Drawings to Rev. C were sent to the fabricator."),
            "Drawings to Revision C were sent to the fabricator.");
  EXPECT_EQ(normalize_text("The hut stands at grid ref. SK 214 587 above the dale."),
            "The hut stands at grid reference S.K, two one four, five eight seven above the dale.");
}

TEST(TradeAbbreviations, NamesAndTitlesAreLeftToTheirRules) {
  EXPECT_EQ(normalize_text("Rev. Okafor blessed the new bells."), "Reverend Okafor blessed the new bells.");
  EXPECT_EQ(normalize_text("We met Max. He had driven from Leeds."), "We met Max. He had driven from Leeds.");
}

TEST(TradeAbbreviations, JunctionAfterAPlaceName) {
  EXPECT_EQ(normalize_text("Freight will be held at Morrow Jn. until the line reopens."),
            "Freight will be held at Morrow Junction until the line reopens.");
  EXPECT_EQ(normalize_text("Trains now run non-stop past Eldham Jct. to the coast."),
            "Trains now run non-stop past Eldham Junction to the coast.");
}

TEST(TradeAbbreviations, DayOrMonthBeforeAPossessive) {
  EXPECT_EQ(normalize_text("Fri.'s auction drew a record crowd."), "Friday's auction drew a record crowd.");
  EXPECT_EQ(normalize_text("Compare it with Nov.'s figures."), "Compare it with November's figures.");
}

TEST(TradeAbbreviations, StrengthBasisAfterAPercent) {
  EXPECT_EQ(normalize_text("Dissolve the salt to 10% w/v in warm water."),
            "Dissolve the salt to ten percent weight by volume in warm water.");
  EXPECT_EQ(normalize_text("The tincture is 60% v/v ethanol."), "The tincture is sixty percent volume by volume ethanol.");
  EXPECT_EQ(normalize_text("The cream holds 1% w/w hydrocortisone."),
            "The cream holds one percent weight by weight hydrocortisone.");
  EXPECT_EQ(normalize_text("Footfall rose 4% w/w at the outlets."), "Footfall rose four percent week on week at the outlets.");
}

}  // namespace briefcast

namespace briefcast {

TEST(TradeAbbreviations, AJournalsYearIsNoLabel) {
  EXPECT_EQ(normalize_text("See Dent Rev. 2019;41:12 for the method.").find("Revision"), std::string::npos);
}

TEST(TradeAbbreviations, ACapitalisedWordAfterThePeriodOpensASentence) {
  EXPECT_EQ(normalize_text("I gave it all to my art. I never looked back.").find("article"), std::string::npos);
}

TEST(TradeAbbreviations, AnInitialIsNoLabel) {
  EXPECT_EQ(normalize_text("The Rev. K. Osei read the banns.").find("Revision"), std::string::npos);
}

TEST(TradeAbbreviations, MinutesAfterACountStayMinutes) {
  EXPECT_EQ(normalize_text("The pier is a five min. stroll away.").find("minimum"), std::string::npos);
  EXPECT_EQ(normalize_text("She came back a few min. later.").find("minimum"), std::string::npos);
  EXPECT_NE(normalize_text("Set the fan to the min. speed.").find("minimum speed"), std::string::npos);
}

TEST(TradeAbbreviations, MinimumAfterACountedCompound) {
  EXPECT_EQ(normalize_text("The lodge has a 3-night min. stay in August."),
            "The lodge has a three night minimum stay in August.");
  // After a plain count "min." is the minute, the measure rules'.
  EXPECT_EQ(normalize_text("It is a 10 min. walk from here.").find("minimum"), std::string::npos);
}

TEST(TradeAbbreviations, ArticleBeforeItsNumberSign) {
  EXPECT_EQ(normalize_text("Quote Art. No. 4410 when you order."), "Quote Article number four thousand four hundred ten when you order.");
  // "Art." before a name is left alone.
  EXPECT_EQ(normalize_text("Pop Art. No one liked it.").find("article"), std::string::npos);
}

TEST(TradeAbbreviations, BillOfLading) {
  EXPECT_EQ(normalize_text("Check B/L no. 88213 against the manifest."),
            "Check bill of lading number eight eight two one three against the manifest.");
  EXPECT_EQ(normalize_text("The carrier issued the B/L once the cargo was loaded."),
            "The carrier issued the bill of lading once the cargo was loaded.");
  EXPECT_EQ(normalize_text("Press B/L to reset the screen.").find("lading"), std::string::npos);
}

}  // namespace briefcast
