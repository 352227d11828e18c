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

TEST(PageCounts, PointsBesideAPercentageInTheLine) {
  EXPECT_NE(normalize_text("Employers will pay 3 pp more across the next six years, reaching 14%.").find("three percentage points"),
            std::string::npos);
  // A book's length with no share in the line stays pages.
  EXPECT_NE(normalize_text("The memoir, 288 pp, comes out in May.").find("pages"), std::string::npos);
  EXPECT_NE(normalize_text("The 416pp atlas is 15% off this week.").find("page"), std::string::npos);
}

}  // namespace briefcast
