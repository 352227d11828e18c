// How capitals are read: a shouted line keeps its words, emphasis inside prose stays words, a
// wire dateline is found, and short initialisms are written for eSpeak NG to spell.
#include "normalize/capitals.h"

#include <gtest/gtest.h>

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

}  // namespace briefcast::rules
