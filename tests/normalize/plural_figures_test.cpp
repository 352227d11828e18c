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

TEST(PluralFigures, SecondsAfterAWordOfDuration) {
  EXPECT_EQ(normalize_text("the page loads in 3s now"), "the page loads in three seconds now");
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
