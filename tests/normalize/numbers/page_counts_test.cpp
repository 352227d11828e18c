// "pp" after a whole figure, glued or spaced: pages, unless the words near speak of shares,
// rates, polls or a change in them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PageCounts, InventedSentences) {
  EXPECT_EQ(normalize_text("The 96pp catalogue and a 520pp novel arrived on Tuesday."),
            "The ninety-six-page catalogue and a five-hundred-twenty-page novel arrived on Tuesday.");
  EXPECT_EQ(normalize_text("Visitor numbers rose 12pp over the year."),
            "Visitor numbers rose twelve percentage points over the year.");
}

TEST(PageCounts, SpacedOrGluedAreOneReading) {
  EXPECT_EQ(normalize_text("It runs 288 pp, sewn, with maps."), "It runs two hundred eighty eight pages, sewn, with maps.");
  EXPECT_EQ(normalize_text("A slim 36pp, stapled."), "A slim thirty six pages, stapled.");
  EXPECT_EQ(normalize_text("Her poll lead is 6 pp today."), "Her poll lead is six percentage points today.");
  EXPECT_EQ(normalize_text("Turnout was 4.5pp lower."), "Turnout was four point five percentage points lower.");
}

}  // namespace briefcast
