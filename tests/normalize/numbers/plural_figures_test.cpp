// A short figure with a plural "s": the plural of the number, seconds after a word of duration,
// a letter inside a model's name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PluralFigures, PluralOfTheNumber) {
  EXPECT_EQ(normalize_text("pupils with grade 8s and 9s"), "pupils with grade eights and nines");
  EXPECT_EQ(normalize_text("he hit four 6s in the over"), "he hit four sixes in the over");
  EXPECT_EQ(normalize_text("the under 11s won"), "the under elevens won");
}

TEST(PluralFigures, CountsAfterInOrOnly) {
  // "in", "only", "by" do not make a duration: these are plurals of the figure.
  EXPECT_EQ(normalize_text("machines that think in 1s and 0s"), "machines that think in ones and zeros");
  EXPECT_EQ(normalize_text("the cards were dealt in 3s"), "the cards were dealt in threes");
  EXPECT_EQ(normalize_text("only 2s were left in the box"), "only twos were left in the box");
}

TEST(PluralFigures, SecondsAfterAWordOfDuration) {
  EXPECT_EQ(normalize_text("the page loads within 3s now"), "the page loads within three seconds now");
  EXPECT_EQ(normalize_text("she finished 4s behind"), "she finished four seconds behind");
  EXPECT_EQ(normalize_text("it took 40s to boot"), "it took forty seconds to boot");
}

TEST(PluralFigures, DecadesAndModelNamesKeepTheirReading) {
  EXPECT_EQ(normalize_text("a singer in her 40s"), "a singer in her forties");
  EXPECT_EQ(normalize_text("music of the 1960s"), "music of the nineteen sixties");
  EXPECT_EQ(normalize_text("an old iPhone 4s case").find("fours"), std::string::npos);
  EXPECT_EQ(normalize_text("the Chipset 7s Pro").find("sevens"), std::string::npos);
}

}  // namespace briefcast
