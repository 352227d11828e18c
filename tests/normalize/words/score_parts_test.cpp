// The shorthand of a work's scoring and length, among words of music.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ScoreParts, PlayersBeforeAnInstrumentsAbbreviation) {
  EXPECT_EQ(normalize_text("The symphony calls for 3 fl., 2 tpt and 1 tba in the finale."),
            "The symphony calls for three flutes, two trumpets and one tuba in the finale.");
  EXPECT_EQ(normalize_text("The concerto is scored for strings, 2 ob. and 2 hn."),
            "The concerto is scored for strings, two oboes and two horns.");
}

TEST(ScoreParts, OrchestraWrittenShort) {
  EXPECT_EQ(normalize_text("A cantata for soprano, choir and orch. opens the night."),
            "A cantata for soprano, choir and orchestra opens the night.");
}

TEST(ScoreParts, APrimeIsAWorksLength) {
  EXPECT_EQ(normalize_text("The opera (3 acts, 165\u2032) returns in May."),
            "The opera (three acts, one hundred sixty five minutes) returns in May.");
}

TEST(ScoreParts, NotWithoutAWordOfMusic) {
  EXPECT_EQ(normalize_text("Add 3 cl of gin and stir."), "Add three centiliters of gin and stir.");
  EXPECT_EQ(normalize_text("The cliff rises 120\u2032 above the beach."),
            normalize_text("The cliff rises 120\u2032 above the beach."));
  EXPECT_EQ(normalize_text("She took 2 ob. notes at the meeting.").find("oboes"), std::string::npos);
}

}  // namespace briefcast
