// Inch marks before the noun they size: one adjective ("a seven-inch screen").
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(InchMarks, AnAdjectiveBetweenTheArticleAndTheSize) {
  EXPECT_EQ(normalize_text("She bought a new 65\" TV."), "She bought a new sixty-five-inch T.V.");
  EXPECT_EQ(normalize_text("the cheapest 43\" monitor"), "the cheapest forty-three-inch monitor");
  EXPECT_EQ(normalize_text("the least expensive 50\" screen"), "the least expensive fifty-inch screen");
}

TEST(InchMarks, AFigureBetweenTheSizeAndTheNoun) {
  EXPECT_EQ(normalize_text("It has a 27\" 2560x1440 matte panel."),
            "It has a twenty-seven-inch twenty five sixty by fourteen forty matte panel.");
  EXPECT_EQ(normalize_text("a 55\" 4K set"), "a fifty-five-inch four K set");
}

TEST(InchMarks, MeasuresAndVerbsStayInches) {
  EXPECT_EQ(normalize_text("The board is 22\" wide."), "The board is twenty two inches wide.");
  EXPECT_EQ(normalize_text("the frame measures 30\" across"), "the frame measures thirty inches across");
  EXPECT_EQ(normalize_text("a tall 6\" in height"), "a tall six inches in height");
}

TEST(InchMarks, TwoFiguresOfFeetAndSpacedInches) {
  EXPECT_EQ(normalize_text("The bridge has a headroom of 13' 9\" at high tide."),
            "The bridge has a headroom of thirteen feet nine inches at high tide.");
  // Inches of twelve or more are no length in feet and inches.
  EXPECT_EQ(normalize_text("He led by 14' 30\" at the line.").find("feet"), std::string::npos);
}

TEST(InchMarks, SpacedInchAfterAWordOfMeasuring) {
  EXPECT_EQ(normalize_text("The ball was dropped from 60 in."), "The ball was dropped from sixty inches.");
  EXPECT_EQ(normalize_text("It measures 30 in."), "It measures thirty inches.");
  // After other words "in" stays the word.
  EXPECT_EQ(normalize_text("Only 1 in 5 passed."), "Only one in five passed.");
  EXPECT_EQ(normalize_text("Crowds came from 20 in and around the town."),
            "Crowds came from twenty in and around the town.");
}

TEST(InchMarks, MarkJoinedToTheWordItSizes) {
  EXPECT_EQ(normalize_text("Cut a 1/4\"-thick board."), "Cut a quarter-inch thick board.");
  EXPECT_EQ(normalize_text("The 3\"-wide strap held."), "The three inch wide strap held.");
  // A quotation closed after a figure, then a hyphen, keeps its mark.
  EXPECT_EQ(normalize_text("He said \"5\"-ish.").find("inch"), std::string::npos);
  EXPECT_EQ(normalize_text("A \"best of 3\"-style final was played.").find("inch"), std::string::npos);
}

TEST(InchMarks, ANameBeforeTheNoun) {
  EXPECT_EQ(normalize_text("a 6\" Wusthof knife"), "a six-inch Wusthof knife");
  EXPECT_EQ(normalize_text("The 4\" Smith was taller."), "The four inches Smith was taller.");
}

// Two figures of feet and one of inches, typeset or straight: a length said in full units; a
// second is written with two digits, so "14'07\"" stays a time.
TEST(InchMarks, LongFeetAndInches) {
  EXPECT_EQ(normalize_text("The bridge gives a clearance of 14\u20328\u2033 at high water."),
            "The bridge gives a clearance of fourteen feet eight inches at high water.");
  EXPECT_EQ(normalize_text("She launched a 16'3\" dinghy from the slip."),
            "She launched a sixteen-foot-three-inch dinghy from the slip.");
  EXPECT_EQ(normalize_text("The stone was fixed at 16\u00b054\u203212\u2033 north."),
            normalize_text("The stone was fixed at 16\u00b054'12\" north."));
  EXPECT_EQ(normalize_text("The loft has an 11'0\" ridge."), "The loft has an eleven-foot ridge.");
  EXPECT_EQ(normalize_text("The hedge stands 13'0\" tall."), "The hedge stands thirteen feet tall.");
}

// After a degree figure the primes are minutes and seconds of arc, never feet and inches.
TEST(InchMarks, NoFeetAfterADegree) {
  EXPECT_EQ(normalize_text("The buoy sits at 47\u00b0 23'4\" W.").find("feet"), std::string::npos);
  EXPECT_EQ(normalize_text("The cairn stands at 62 degrees 18'7\" north.").find("feet"), std::string::npos);
}

// Before a lower-case plural with no article a long length in feet and inches sizes each thing,
// one adjective; before a word of size or a verb it stays a quantity.
TEST(InchMarks, LongFeetAndInchesBeforeABarePlural) {
  EXPECT_EQ(normalize_text("The yard stores 18'4\" containers."), "The yard stores eighteen-foot-four-inch containers.");
  EXPECT_EQ(normalize_text("They rent 11'0\" kayaks."), "They rent eleven-foot kayaks.");
  EXPECT_EQ(normalize_text("The mast stood 15'2\" high."), "The mast stood fifteen feet two inches high.");
}

TEST(InchMarks, NameAndInitialismBeforeTheNoun) {
  EXPECT_EQ(normalize_text("They sell a 77\" Ultra HD panel now."), "They sell a seventy-seven-inch Ultra H.D panel now.");
  // A name alone closing the phrase is no noun the measure sizes.
  EXPECT_EQ(normalize_text("The screen is 40\" Samsung said.").find("forty-inch"), std::string::npos);
}

}  // namespace briefcast
