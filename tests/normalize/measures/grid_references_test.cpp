// British national grid references.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GridReferences, LettersThenEachFigure) {
  EXPECT_EQ(normalize_text("The trig point is at SH 609 543."), "The trig point is at S.H, six zero nine, five four three.");
  EXPECT_EQ(normalize_text("Walkers met at TQ31408050 on the map."),
            "Walkers met at T.Q, three one four zero, eight zero five zero on the map.");
}

TEST(GridReferences, WithoutAWordOfMapsNoReference) {
  EXPECT_EQ(normalize_text("Ship SN44556677 today.").find("four four, "), std::string::npos);
  EXPECT_EQ(normalize_text("NY 215 072 voters").find("two one five"), std::string::npos);
}

}  // namespace briefcast
