// Two words joined by a slash: a choice said with "or", one name before a noun, or a rate.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(WordPair, PairOfPronounsIsAChoice) {
  EXPECT_EQ(normalize_text("Each pupil brings his/her own lunch."), "Each pupil brings his or her own lunch.");
}

TEST(WordPair, PartsOfABlendAfterSharesOfAHundred) {
  EXPECT_EQ(normalize_text("The scarf is 70/30 alpaca/silk throughout."),
            "The scarf is seventy thirty alpaca silk throughout.");
  EXPECT_EQ(normalize_text("Shirts come in 65/35 brushed cotton/linen for summer."),
            "Shirts come in sixty five thirty five brushed cotton linen for summer.");
  // Figures that are no shares of a hundred leave the pair a choice.
  EXPECT_EQ(normalize_text("Pick 3/4 cotton/linen for summer."), "Pick three quarters cotton or linen for summer.");
}

TEST(WordPair, PairBeforeANounNamesOneThing) {
  // "a push/pull door" is one kind of door: no "or" inside the name.
  EXPECT_EQ(normalize_text("Fit a push/pull door here."), "Fit a push pull door here.");
}

TEST(WordPair, OneWordInTwoSpellingsIsSaidWithOr) {
  // Said side by side the two spellings sound like a stutter, even before a noun.
  EXPECT_EQ(normalize_text("Pick a colour/color scheme."), "Pick a colour or color scheme.");
  EXPECT_EQ(normalize_text("The Abitur/abiturs exam is hard."), "The Abitur or abiturs exam is hard.");
  EXPECT_EQ(normalize_text("He chose the catalogue/catalog option."), "He chose the catalogue or catalog option.");
  // Different words that merely share letters stay one name before a noun.
  EXPECT_EQ(normalize_text("Use the bread/butter knife."), "Use the bread butter knife.");
}

TEST(WordPair, CountPerUnitIsARate) {
  EXPECT_EQ(normalize_text("It reads 200 copies/mL in the sample."), "It reads two hundred copies per milliliter in the sample.");
}

}  // namespace briefcast

namespace briefcast {

TEST(WordPair, TwoSurnamesOfAPairAreJoinedWithAnd) {
  EXPECT_EQ(normalize_text("The women's doubles pair Quist/Raines saved two match points."),
            "The women's doubles pair Quist and Raines saved two match points.");
  EXPECT_EQ(normalize_text("The duo Halvorsen/Paek won gold."), "The duo Halvorsen and Paek won gold.");
  // Without a word of a pairing before them, two capitalised words stay as they were.
  EXPECT_EQ(normalize_text("Trains on the Leeds/Bradford line were late."),
            "Trains on the Leeds Bradford line were late.");
}


// A spaced dash, eSpeak NG's short break: a comma's list pause made "US/UK and EU/UK" three items.
TEST(WordPieces, TwoSpeltInitialismsAcrossASlashAreParted) {
  EXPECT_EQ(normalize_text("across the UK/EEC area"), "across the UK - EEC area");
  EXPECT_EQ(normalize_text("the NHS/BMA and RCN/BMA talks").find(','), std::string::npos);
  EXPECT_EQ(normalize_text("a CEO/COO pay gap").find(','), std::string::npos);
  // A pair the engine says as words, or one word in it, keeps no pause.
  EXPECT_EQ(normalize_text("the ON/OFF button").find(','), std::string::npos);
  EXPECT_EQ(normalize_text("HIV/AIDS clinics").find(','), std::string::npos);
}

}  // namespace briefcast
