// The number of a published standard.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(StandardNumbers, InventedSentences) {
  EXPECT_EQ(normalize_text("Cables must follow BS 7671 and lifts EN 81-70, the council said."),
            "Cables must follow BS seventy six seventy one and lifts E.N eighty one dash seventy, the council said.");
  EXPECT_EQ(normalize_text("The plant is certified to ISO 45001:2018 and IEC 61508-3."),
            "The plant is certified to I.S.O forty five thousand one twenty eighteen and I.E.C sixty one thousand five hundred eight dash three.");
}

TEST(StandardNumbers, ReadFromTheBodysLetters) {
  // A three-figure number with a part, which a code rule had read figure by figure.
  EXPECT_EQ(normalize_text("Doors must meet EN 179-2 in the new wing."),
            "Doors must meet E.N one hundred seventy nine dash two in the new wing.");
}

}  // namespace briefcast
