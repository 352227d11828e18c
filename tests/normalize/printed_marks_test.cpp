// Print marks a reader does not say: note numbers glued after a sentence's period, and the
// leading point of a caliber.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(PrintedMarks, NoteNumbersAfterASentenceAreNotSaid) {
  EXPECT_EQ(say("rates rose.3 Then they fell.12"), "rates rose. Then they fell.");
  EXPECT_EQ(say("pi is 3.14 today"), "pi is three point one four today");
}

TEST(PrintedMarks, NoteNumbersGluedToAPluralAreNotSaid) {
  EXPECT_EQ(say("more delegates2 than anyone"), "more delegates than anyone");
  EXPECT_EQ(say("the highest ratings12, by far"), "the highest ratings, by far");
  // Codes and words that are no plural keep their figures.
  EXPECT_EQ(say("install python3 first"), "install python three first");
  EXPECT_NE(say("a glass2 test"), "a glass test");
}

TEST(PrintedMarks, EditorsBracketsInsideAWordAreNotSaid) {
  EXPECT_EQ(say("she wrote \"[o]ur town is safe\""), "she wrote \"our town is safe\"");
  EXPECT_EQ(say("a $2.5 bil[lion] loan"), "a two-point-five-billion-dollar loan");
  // Brackets around a figure or a word of their own stay.
  EXPECT_EQ(say("as noted [4] before"), "as noted [four] before");
  EXPECT_EQ(say("he spelt it wrong [sic] twice"), "he spelt it wrong [sic] twice");
}

TEST(PrintedMarks, CalibersAreWholeNumbers) {
  EXPECT_EQ(say("a .38-caliber revolver"), "a thirty eight caliber revolver");
  EXPECT_EQ(say("a .5 share"), "a point five share");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarks, TypesetPrimesAsInchAndFootMarks) {
  EXPECT_EQ(normalize_text("a 7.2\u2033 tablet"), "a seven-point-two-inch tablet");
  EXPECT_EQ(normalize_text("the 5\u203211\u2033 guard"), "the five foot eleven guard");
  // A prime alone may mark minutes of a match; it stays.
  EXPECT_EQ(normalize_text("Kane 44\u2032 scored"), "Kane 44\u2032 scored");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarks, ComparisonSignsBeforeAFigureAreWords) {
  EXPECT_EQ(normalize_text("in >20% of cases"), "in more than twenty percent of cases");
  EXPECT_EQ(normalize_text("(p <0.01)"), "(p less than zero point o one)");
  EXPECT_EQ(normalize_text("\u22653 doses"), "at least three doses");
  // Not before a figure, or inside a word: no words for the sign. After a variable's one
  // letter ("x>5", "p<0.05") it is a comparison, said.
  EXPECT_EQ(normalize_text("a <b> tag"), "a < b > tag");
  EXPECT_EQ(normalize_text("ab>5").find("more than"), std::string::npos);
  EXPECT_EQ(normalize_text("x>5"), "x more than five");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarks, TradeMarkSignsAfterANameAreNotSaid) {
  EXPECT_EQ(normalize_text("a Lego\u00ae set and Post-it\u2122 notes"), "a Lego set and Post-it notes");
  // Alone, the sign is left to the other rules.
  EXPECT_EQ(normalize_text("the \u00ae sign"), "the \u00ae sign");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarksStatistics, AComparisonGluedToAStatisticsLetter) {
  EXPECT_EQ(normalize_text("(p<0.001)"), "(p less than zero point o o one)");
  EXPECT_EQ(normalize_text("a cohort with n>400 adults"), "a cohort with n more than four hundred adults");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarksPowers, AVariablesSquareOrCube) {
  EXPECT_EQ(normalize_text("an adjusted R² of 0.6"), "an adjusted R squared of zero point six");
  EXPECT_EQ(normalize_text("the law E = mc² again"), "the law E equals mc squared again");
  // After a unit it is the unit's power, read by the measure rules.
  EXPECT_EQ(normalize_text("a 40 m² flat").find("squared"), std::string::npos);
  EXPECT_EQ(normalize_text("per km² of forest").find("squared"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarks, TildeAfterAnApproximationWordIsNotSaidAgain) {
  // The writer marked the figure as rough twice; "about" once is what is said.
  EXPECT_EQ(normalize_text("The repair took approximately ~3 weeks."), "The repair took approximately three weeks.");
  EXPECT_EQ(normalize_text("It drew around ~40% of the vote."), "It drew around forty percent of the vote.");
  EXPECT_EQ(normalize_text("a crowd of roughly \u22485,000"), "a crowd of roughly five thousand");
  // Alone, or after another word, the tilde is still "about".
  EXPECT_EQ(normalize_text("It took ~3 weeks."), "It took about three weeks.");
  EXPECT_EQ(normalize_text("costs rose ~12% in May"), "costs rose about twelve percent in May");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarks, BracketedNoteNumbersAreNotSaid) {
  EXPECT_EQ(normalize_text("The castle was built in stone.[2] It fell later."), "The castle was built in stone. It fell later.");
  EXPECT_EQ(normalize_text("a rare bird,[12][13] seen twice"), "a rare bird, seen twice");
  EXPECT_EQ(normalize_text("The Moving Charm[4] (a spell)"), "The Moving Charm (a spell)");
  // A list item's number and a formula's index stay.
  EXPECT_EQ(normalize_text("[1] Jones, 2004"), "[one] Jones, two thousand four");
  EXPECT_EQ(normalize_text("x[2] rose"), "x [ two] rose");
  EXPECT_EQ(normalize_text("print(sys.argv[1])"), "print ( sys dot argv [ one])");
}

}  // namespace briefcast

namespace briefcast {

TEST(PrintedMarks, AComparisonBeforeAnAmountOfMoney) {
  // eSpeak NG says nothing for ">" or "<"; before a currency sign the comparison is said and the
  // amount read whole.
  EXPECT_EQ(normalize_text("Fees of >$40 apply."), "Fees of more than forty dollars apply.");
  EXPECT_EQ(normalize_text("a grant of <\u20ac5m"), "a grant of less than five million euros");
  EXPECT_EQ(normalize_text("a fare of ~\u00a312"), "a fare of about twelve pounds");
  // A sign glued to a word, or no figure after the currency sign, is left alone.
  EXPECT_EQ(normalize_text("cost>$5").find("more than"), std::string::npos);
  EXPECT_EQ(normalize_text("the >$ key").find("more than"), std::string::npos);
}

}  // namespace briefcast
