// The lower-case number sign after a noun: "report no. 25-0417", "lot no. 7D", "case no. HC
// 12/2019", "issue no. 1", "the no. of seats"; and the answer "no." that must stay the word.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool says(const std::string& text, const std::string& part) { return normalize_text(text).find(part) != std::string::npos; }
}  // namespace

TEST(NumberSigns, AfterAnyNounBeforeAWholeFigure) {
  EXPECT_TRUE(says("It ran in issue no. 7 of the zine.", "issue number seven of"));
  // A register's long number is said digit by digit.
  EXPECT_TRUE(says("a company reg no. 4451923 in Cardiff", "number four four five one nine two three"));
  EXPECT_TRUE(says("Her pension, scheme nos. 31 and 32, paid out.", "scheme numbers thirty one"));
  // An answer stays the word.
  EXPECT_FALSE(says("Voters said no. 40 seats changed hands.", "number"));
}

TEST(NumberSigns, AfterANumberedNounBeforeACode) {
  EXPECT_TRUE(says("The lab filed case no. 31-0208 today.", "case number three one, zero two zero eight today"));
  EXPECT_TRUE(says("The mare, passport no. GB82 was sold.", "passport number"));
  // A recall's or a notice's code led by its figures.
  EXPECT_TRUE(says("See recall no. 19V-204 for details.", "recall number"));
  EXPECT_TRUE(says("The agency's bulletin no. 7B-12 said so.", "bulletin number"));
  EXPECT_FALSE(says("The campaign said no. 5 people joined.", "number"));
  // A figure with a letter glued to it after "no." is the number's letter, no unit nor scale.
  EXPECT_TRUE(says("The recall no. 6F covers vans.", "recall number six F covers"));
  EXPECT_TRUE(says("The notice no. 450B was issued.", "notice number four fifty B was"));
  // An answer stays the word.
  EXPECT_EQ(normalize_text("She said no."), "She said no.");
  EXPECT_FALSE(says("They said no. 12 people left.", "number"));
  // After an adjective or a verb the answer ends its sentence; the next opens with a code.
  EXPECT_FALSE(says("The board gave a blunt no. 2021-22 accounts were late.", "number"));
  EXPECT_FALSE(says("Shoppers picked no. B12 vitamins sold out anyway.", "number"));
  EXPECT_FALSE(says("Her reply was a stern no. 3-1 down, they pressed on.", "number"));
}

TEST(NumberSigns, BeforeACourtsCapitals) {
  EXPECT_NE(normalize_text("The tribunal ruled in case no. HC 311/2021 last week.").find("case number"), std::string::npos);
  EXPECT_NE(normalize_text("See claim no. QB 88 of the list.").find("claim number"), std::string::npos);
  // After a word that takes no number, "no." stays the word.
  EXPECT_EQ(normalize_text("She said no. HC 311 was not hers.").find("number"), std::string::npos);
}

TEST(NumberSigns, ACaseNumberWithinItsYearIsNoDate) {
  EXPECT_NE(normalize_text("The appeal, docket no. KB 11/2020, was heard.").find("eleven of twenty twenty,"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The appeal, docket no. KB 11/2020, was heard.").find("November"), std::string::npos);
  EXPECT_NE(normalize_text("It was filed as claim no. TC 3/2018 on Monday.").find("three of twenty eighteen"),
            std::string::npos);
  // After a noun that takes no number, "no." stays the word and nothing is read as a case.
  EXPECT_EQ(normalize_text("Voters said no. UK 4/2021 figures show it.").find("number"), std::string::npos);
}

TEST(NumberSigns, BeforeOfIsTheNounNumber) {
  EXPECT_EQ(normalize_text("the no. of stores fell"), "the number of stores fell");
  EXPECT_EQ(normalize_text("She said no. Of course she did."), "She said no. Of course she did.");
}

TEST(NumberSigns, AfterACapitalisedNounOpeningTheSentence) {
  EXPECT_TRUE(says("Flight no. QZ8571 was diverted to Perth.", "Flight number"));
  EXPECT_TRUE(says("Room no. 14B had been cleaned.", "Room number fourteen B had"));
}

TEST(NumberSigns, TitlesFlatsAndTendersAreNumbered) {
  EXPECT_TRUE(says("The deeds, title no. WK40917, were lodged.", "title number"));
  EXPECT_TRUE(says("Bids for tender no. 2025/088 close on Friday.", "tender number"));
  EXPECT_TRUE(says("The tenant of flat no. 3C complained.", "flat number three C complained"));
  // "flat" as the market's word is no numbered noun before an answer's code-less word.
  EXPECT_FALSE(says("Prices stayed flat no. Traders blamed the heat.", "number"));
}

TEST(NumberSigns, CapitalAgainstItsFigure) {
  EXPECT_EQ(normalize_text("beat the no.3 seed"), "beat the number three seed");
  EXPECT_EQ(normalize_text("the No.12 shirt"), "the number twelve shirt");
}

TEST(NumberSigns, CapitalBeforeAnyFigure) {
  EXPECT_EQ(normalize_text("the No. 4-ranked side"), "the number four ranked side");
}

TEST(NumberSigns, CapitalWithoutItsPeriod) {
  // British copy drops the period: "No 10" is Downing Street, never "no ten".
  EXPECT_EQ(normalize_text("No 10 denied the claim"), "number ten denied the claim");
  EXPECT_EQ(normalize_text("she rose to world No 4 in May"), "she rose to world number four in May");
  EXPECT_EQ(normalize_text("the No 7 shirt"), "the number seven shirt");
  // Before a plural noun, and in a vote's tally, "No" is the word.
  EXPECT_EQ(normalize_text("No 3 cases were alike"), "No three cases were alike");
  EXPECT_EQ(normalize_text("No 12 children attended"), "No twelve children attended");
  EXPECT_EQ(normalize_text("Yes 40, No 25 on the motion"), "Yes forty, No twenty five on the motion");
}

TEST(NumberSigns, CapitalBeforeAnActNumberedInItsYear) {
  EXPECT_EQ(normalize_text("Commission Regulation (EU) No 432/2012 lists the claims."),
            "Commission Regulation (E.U) number four hundred thirty two of twenty twelve lists the claims.");
  EXPECT_EQ(normalize_text("under Order No 57/2019 of the ministry"),
            "under Order number fifty seven of twenty nineteen of the ministry");
  // Before a plain share it stays the word.
  EXPECT_EQ(normalize_text("No 2/3 of voters agreed."), "No two thirds of voters agreed.");
}

TEST(NumberSigns, CapitalBeforeAVerbInS) {
  EXPECT_EQ(normalize_text("No 10 has denied it"), "number ten has denied it");
  EXPECT_EQ(normalize_text("No 3 was seeded"), "number three was seeded");
  EXPECT_EQ(normalize_text("No 5 cars were sold"), "No five cars were sold");
}


TEST(NumberSigns, AFlightsNumberAfterACommaIsSaidInPairs) {
  EXPECT_EQ(normalize_text("the delayed flight, No. 2461 to Oslo"), "the delayed flight, number twenty four sixty one to Oslo");
  // After other nouns the sign's figure keeps its own reading.
  EXPECT_EQ(normalize_text("the house, No. 2461 on the list").find("twenty four sixty one"), std::string::npos);
}

// Any spelling of the flight's number sign before three or four figures: said in pairs.
TEST(NumberSigns, AFlightsNumberIsSaidInPairsAfterAnySign) {
  EXPECT_NE(normalize_text("Flight No. 5172 landed late").find("number fifty one seventy two"), std::string::npos);
  EXPECT_NE(normalize_text("the flight (No. 926) was held").find("number nine twenty six"), std::string::npos);
  EXPECT_NE(normalize_text("flight number 4410 left").find("number forty four ten"), std::string::npos);
  EXPECT_EQ(normalize_text("the flight number was 4410").find("forty four ten"), std::string::npos);
  EXPECT_EQ(normalize_text("the fight No. 4410 on the card").find("forty four ten"), std::string::npos);
}

// A register's code of capitals, figures and hyphens after a noun's "No.": the sign is "number".
TEST(NumberSigns, CapitalSignBeforeRegisterCode) {
  EXPECT_NE(normalize_text("Permit No. KT-2023-00417 was revoked.").find("Permit number K"), std::string::npos);
  // After an answer's word the sign is the word "no".
  EXPECT_EQ(normalize_text("Voters said No. MH-17 families wept.").find("number"), std::string::npos);
}

// An order's number within its year after the sign, a leading zero and a series with it.
TEST(NumberSigns, NoticeNumberWithinItsYear) {
  EXPECT_NE(normalize_text("under Circular No. 07/2024-Excise, the rate")
                .find("number seven of twenty twenty four, Excise"),
            std::string::npos);
  EXPECT_NE(normalize_text("under Order No. 19/2022 the fee").find("number nineteen of twenty twenty two"),
            std::string::npos);
}

}  // namespace briefcast
