// A round of a fight or a golf tournament written "R3".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RoundMarks, RoundOfAFightOrGolf) {
  EXPECT_EQ(normalize_text("The referee waved it off in R7 after a second knockdown."),
            "The referee waved it off in round seven after a second knockdown.");
  EXPECT_EQ(normalize_text("She led by two after R2 on 9-under par."),
            "She led by two after round two on nine under par.");
}

TEST(RoundMarks, CodesStay) {
  EXPECT_EQ(normalize_text("the bridge on the R7 was closed"), "the bridge on the R seven was closed");
}

}  // namespace briefcast
