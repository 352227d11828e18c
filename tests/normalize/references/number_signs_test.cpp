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

}  // namespace briefcast
