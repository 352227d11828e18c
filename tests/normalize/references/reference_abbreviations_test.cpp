// Abbreviations of reference works, obituaries and programme notes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ReferenceAbbreviations, BornAndDiedBeforeAYearOrADate) {
  EXPECT_EQ(normalize_text("the sculptor, b. 1938, lives in Leeds"), "the sculptor, born nineteen thirty eight, lives in Leeds");
  EXPECT_EQ(normalize_text("a bishop (d. 1204) built it"), "a bishop (died twelve oh four) built it");
  EXPECT_EQ(normalize_text("the singer, d. 4 June 2001, recorded it"),
            "the singer, died the fourth of June two thousand one, recorded it");
  // A capital initial is a name, and without a figure "b." is nothing to expand.
  EXPECT_EQ(normalize_text("Mary B. 1990").find("born"), std::string::npos);
  EXPECT_EQ(normalize_text("see note b. below").find("born"), std::string::npos);
}

TEST(ReferenceAbbreviations, CenturyAfterItsOrdinal) {
  EXPECT_EQ(normalize_text("a chapel of the 14th c. in ruins"), "a chapel of the fourteenth century in ruins");
  EXPECT_EQ(normalize_text("a poem of the 9th C."), "a poem of the ninth century.");
  // "c." before a year is still circa.
  EXPECT_EQ(normalize_text("built c. 1720"), "built circa seventeen twenty");
}

TEST(ReferenceAbbreviations, CenturyHyphenedToItsOrdinal) {
  EXPECT_EQ(normalize_text("a 16th-c. Flemish tapestry sold"), "a sixteenth-century Flemish tapestry sold");
  EXPECT_EQ(normalize_text("the 12th-C chapel and its 20th-c roof"),
            "the twelfth-century chapel and its twentieth-century roof");
  EXPECT_EQ(normalize_text("a tower of the 13th-c."), "a tower of the thirteenth-century.");
}

TEST(ReferenceAbbreviations, EditedAndEditor) {
  EXPECT_EQ(normalize_text("poems ed. by Ann Lee"), "poems edited by Ann Lee");
  EXPECT_EQ(normalize_text("Ann Lee (ed.) and others"), "Ann Lee (editor) and others");
}

TEST(ReferenceAbbreviations, WordsBeforeTheirFigure) {
  EXPECT_EQ(normalize_text("quote ref. 77 when you call"), "quote reference seventy seven when you call");
  EXPECT_EQ(normalize_text("Brahms's Op. 118 is short"), "Brahms's Opus one hundred eighteen is short");
  // Without a figure "Op." stays.
  EXPECT_EQ(normalize_text("an Op. art show").find("Opus"), std::string::npos);
}

TEST(ReferenceAbbreviations, MajestyAndHonourable) {
  EXPECT_EQ(normalize_text("HM the Queen visited Fife"), "Her Majesty the Queen visited Fife");
  EXPECT_EQ(normalize_text("HM the King's speech"), "His Majesty the King's speech");
  EXPECT_EQ(normalize_text("the Rt Hon the Speaker rose"), "the Right Honorable the Speaker rose");
  // "HM" elsewhere (HM Treasury) is spelt as before.
  EXPECT_EQ(normalize_text("HM Treasury said").find("Majesty"), std::string::npos);
}

TEST(ReferenceAbbreviations, AbbreviatedBooksBeforeChapterAndVerse) {
  EXPECT_EQ(normalize_text("the text was Isa 40:31, read twice"), "the text was Isaiah forty, verse thirty one, read twice");
  EXPECT_EQ(normalize_text("from Rom. 8:28-30 today"), "from Romans eight, verses twenty eight to thirty today");
  // A book in full and a score after a name are left to the other rules.
  EXPECT_EQ(normalize_text("Luke 2:10 was read"), "Luke two ten was read");
  EXPECT_EQ(normalize_text("Gen Z 3:2").find("Genesis"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(ReferenceAbbreviations, AHouseBillsNumberInPairs) {
  EXPECT_EQ(normalize_text("a vote on H.R. 3602 tonight"), "a vote on H.R thirty six oh two tonight");
  EXPECT_EQ(normalize_text("HB 1517 passed"), "H.B fifteen seventeen passed");
  // Without periods a shorter figure may be a heart rate: this rule leaves it to the others.
  EXPECT_EQ(normalize_text("HR 128 at rest"), "HR one twenty eight at rest");
}

TEST(ReferenceAbbreviations, TheHoldingsFormIsNoTemperature) {
  EXPECT_EQ(normalize_text("its 13F filing showed"), "its thirteen F filing showed");
  EXPECT_EQ(normalize_text("in the quarterly 13F, the fund"), "in the quarterly thirteen F, the fund");
  EXPECT_NE(normalize_text("it fell to 13F overnight").find("Fahrenheit"), std::string::npos);
}

TEST(ReferenceAbbreviations, ASenateBillsNumberInPairs) {
  EXPECT_EQ(normalize_text("The Senate passed S. 1450 on a voice vote."), "The Senate passed S fourteen fifty on a voice vote.");
  // Without a word of bills the letter and the figure keep their reading.
  EXPECT_EQ(normalize_text("See p. 12 and S. 1450 of the atlas."), normalize_text("See p. 12 and S. 1450 of the atlas."));
}

TEST(ReferenceAbbreviations, AResolutionOfCongress) {
  EXPECT_EQ(normalize_text("She filed H.Con.Res. 18 on Monday."), "She filed H Con Res eighteen on Monday.");
  EXPECT_EQ(normalize_text("The S.J.Res. 104 vote failed."), "The S J Res one oh four vote failed.");
}

TEST(ReferenceAbbreviations, AStatutoryInstrumentIsNoFraction) {
  EXPECT_EQ(normalize_text("The order, SI 2023/417, took effect."),
            "The order, S I twenty twenty three number four seventeen, took effect.");
}

// "ref." before a code of capitals and figures is the word, with no stop after it.
TEST(ReferenceAbbreviations, RefBeforeACode) {
  EXPECT_EQ(normalize_text("Quote ref. AB12 when you call.").find("reference A"), std::string("Quote ").size());
  // Before a name it may end a sentence.
  EXPECT_EQ(normalize_text("He asked the ref. Smith agreed.").find("reference"), std::string::npos);
}

}  // namespace briefcast
