// How capitals are read: a shouted line keeps its words, emphasis inside prose stays words, a
// wire dateline is found, and short initialisms are written for eSpeak NG to spell.
#include "normalize/capitals.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

TEST(Capitals, ShoutedLineIsMostlyCapitalWords) {
  EXPECT_TRUE(is_shouted(text::split_words("HARBOUR TOLLS DOUBLE OVERNIGHT"), 0));
  EXPECT_FALSE(is_shouted(text::split_words("The NHS and the BBC met on Monday"), 0));
}

TEST(Capitals, EmphasisRunInsideProse) {
  auto words = text::split_words("and then the crowd SANG LOUDER THAN EVER before dawn");
  std::vector<bool> marked = shouted_runs(words);
  ASSERT_EQ(marked.size(), words.size());
  EXPECT_FALSE(marked[2]);
  EXPECT_TRUE(marked[4]);
  EXPECT_TRUE(marked[7]);
  EXPECT_FALSE(marked[8]);
  // Two initialisms side by side are no run of words.
  auto pair = text::split_words("the FBI CIA meeting");
  for (bool m : shouted_runs(pair)) EXPECT_FALSE(m);
}

TEST(Capitals, DatelineSpansThePlace) {
  EXPECT_EQ(dateline_words(text::split_words("PORT MORESBY, Papua New Guinea (AP) — Rain fell")), 2u);
  EXPECT_EQ(dateline_words(text::split_words("Rain fell in PORT MORESBY.")), 0u);
}

TEST(Capitals, ShortInitialismsAreSpelled) {
  EXPECT_EQ(spell_capitals("the FDIC said"), "the F.D.I.C said");
  // A plural keeps its s after the letters, behind a final period, or the engine says "dot".
  EXPECT_EQ(spell_capitals("two CEOs"), "two C.E.O.'s");
  // After a hissing letter the ending is a syllable of its own, which the engine says only
  // without that period.
  EXPECT_EQ(spell_capitals("three MFXs and two PBSs"), "three M.F.X's and two P.B.S's");
  EXPECT_EQ(spell_capitals("the TSH's level"), "the T.S.H's level");
  // Long capitals are words.
  EXPECT_EQ(spell_capitals("ARRESTS made"), "ARRESTS made");
  // Initialisms listed as spelled keep their letters with an ending, though shaped like words.
  EXPECT_EQ(spell_capitals("the UKAB's report on two HUIDs"), "the U.K.A.B.'s report on two H.U.I.D.'s");
}

}  // namespace briefcast::rules

namespace briefcast::rules {

// A byline's names in capitals are names, between "By", commas and "and"; an agency is not.
TEST(Capitals, BylineNamesInCapitals) {
  std::vector<bool> names = byline_names(text::split_words("By Rosa Quill and TOM FENWICK"));
  EXPECT_EQ(names, (std::vector<bool>{false, false, false, false, true, true}));
  names = byline_names(text::split_words("By ADA MOSS, Lee Park"));
  EXPECT_EQ(names, (std::vector<bool>{false, true, true, false, false}));
  // An agency's capitals, or letters with no vowel, stay initialisms.
  EXPECT_EQ(byline_names(text::split_words("By Rosa Quill, KTV NEWS")), std::vector<bool>(5, false));
  EXPECT_EQ(byline_names(text::split_words("By Rosa Quill, NBC")), std::vector<bool>(4, false));
  // Not a byline: capitals elsewhere are left to the other rules.
  EXPECT_EQ(byline_names(text::split_words("Made by TOM FENWICK")), std::vector<bool>(4, false));
}


// A letter drawn out in a shout may be any letter: capitals with a run are left as they were.
// A final W after I or Y is a code's letter only with figures glued after it.
TEST(Capitals, DrawnOutLettersStayWordsFinalWOnlyInCodes) {
  EXPECT_EQ(normalize_text("the crowd went WILLLLD at the end").find("L.L"), std::string::npos);
  EXPECT_EQ(normalize_text("she wrote NOWWWW in the chat").find("W.W"), std::string::npos);
  EXPECT_EQ(normalize_text("he shouted STUFFFF it").find("F.F"), std::string::npos);
  EXPECT_EQ(normalize_text("a piece in DRIUW on Sunday").find("I.U"), std::string::npos);
  EXPECT_EQ(normalize_text("the OFIW86 strain"), "the O.F.I.W eighty six strain");
}

TEST(Capitals, WordShapesStayWords) {
  EXPECT_EQ(normalize_text("NATO and OPEC met"), "Nato and Opec met");
  EXPECT_EQ(normalize_text("the UEFA draw").find("U.E"), std::string::npos);
  EXPECT_EQ(normalize_text("a TOMAHAWK missile").find("."), std::string::npos);
  // A shout or a sound drawn out is still a word.
  EXPECT_EQ(normalize_text("he yelled GOOOOAL twice").find("."), std::string::npos);
  EXPECT_EQ(normalize_text("she said SHHHHHH and left").find("."), std::string::npos);
}

// Capitals in a code with figures are its letters: "AT" is no preposition, "OR" no conjunction.
TEST(Capitals, CodeCapitalsBeforeAPointAreLetters) {
  EXPECT_EQ(normalize_text("in file AT.3318 the court"), "in file A.T thirty three eighteen the court");
  EXPECT_EQ(normalize_text("notice IS.72041 was sent"), "notice I.S seven two zero four one was sent");
  EXPECT_EQ(normalize_text("the H.264 codec"), "the H two sixty four codec");
}

}  // namespace briefcast::rules
