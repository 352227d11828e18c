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

// Every word of a golf clause (tells_of_golf) tells of rounds too, not only the few this rule
// once listed itself.
TEST(RoundMarks, RoundOfGolfByAnyGolfWord) {
  EXPECT_EQ(normalize_text("An eagle on the long fourteenth in R3 put him back in the hunt."),
            "An eagle on the long fourteenth in round three put him back in the hunt.");
  EXPECT_EQ(normalize_text("Her putts kept lipping out during R2 at the windy links."),
            "Her putts kept lipping out during round two at the windy links.");
}

TEST(RoundMarks, CodesStay) {
  EXPECT_EQ(normalize_text("the bridge on the R7 was closed"), "the bridge on the R seven was closed");
  // A golf word in the clause, but no preposition before the mark: a road's number stays.
  EXPECT_EQ(normalize_text("The golfers drove the R4 to the links."), "The golfers drove the R four to the links.");
}

}  // namespace briefcast

namespace briefcast {

// "lead" and "led" tell of no round: a band's singer and a remix keep the letter.
TEST(RoundMarks, LeadAndLedAreNoCue) {
  EXPECT_EQ(normalize_text("the lead singer of R5 left the band"), "the lead singer of R five left the band");
}

}  // namespace briefcast
