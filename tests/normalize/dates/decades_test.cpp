// Decades and years written short: "the 1990s", "'90s", "1980 s", "in '08".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Decade, FourFiguresSaidAsTheYearsPlural) {
  EXPECT_EQ(normalize_text("Jazz of the 1920s filled the hall."), "Jazz of the nineteen twenties filled the hall.");
  EXPECT_EQ(normalize_text("Prices doubled in the 2010s."), "Prices doubled in the twenty tens.");
}

TEST(Decade, AfterATypographicApostrophe) {
  EXPECT_EQ(normalize_text("in the early \u201980s"), "in the early \u2019eighties");
}

TEST(Decade, ClippedDecadeInACompound) {
  // The apostrophe inside "mid-'80s" is no prefix of the word; eSpeak NG said "eighty z".
  EXPECT_EQ(normalize_text("a mid-'80s hit"), "a mid eighties hit");
  EXPECT_EQ(normalize_text("since the early-\u201960s"), "since the early sixties");
}

TEST(Decade, LooseLetterS) {
  EXPECT_EQ(normalize_text("cars of the 1970 s were heavier"), "cars of the nineteen seventies were heavier");
}

TEST(DateShortYear, ApostropheBeforeTwoFigures) {
  EXPECT_EQ(normalize_text("since '07 the firm"), "since oh seven the firm");
  EXPECT_EQ(normalize_text("graduated in '85."), "graduated in eighty five.");
  EXPECT_EQ(normalize_text("the team of \u201999 won"), "the team of ninety nine won");
  // A figure quoted between apostrophes is no year.
  EXPECT_EQ(normalize_text("the word '17' appeared"), "the word 'seventeen' appeared");
}

}  // namespace briefcast
