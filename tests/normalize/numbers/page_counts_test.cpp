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

// A count of pages before the noun it sizes or before "of" stays pages beside a share; a change
// in a share ("a 3pp swing", "rose 2 pp of GDP") stays points.
TEST(PageCounts, PagesBeforeANounOrOfBesideAShare) {
  EXPECT_NE(normalize_text("A 36 pp pamphlet on the 3% tax went out.").find("thirty-six-page pamphlet"), std::string::npos);
  EXPECT_NE(normalize_text("Her role, set out on 18 pp of the dossier, ended in a 4% pay rise.").find("eighteen pages of"),
            std::string::npos);
  EXPECT_NE(normalize_text("The 256 pp. atlas sold out.").find("two-hundred-fifty-six-page atlas"), std::string::npos);
  EXPECT_NE(normalize_text("The 14 pp member guide on the 2% levy was sent.").find("fourteen-page"), std::string::npos);
  EXPECT_NE(normalize_text("The Tories saw a 3pp swing to 38%.").find("percentage-point swing"), std::string::npos);
  EXPECT_NE(normalize_text("Public debt rose 4 pp of output, to 91%.").find("four percentage points of"), std::string::npos);
}

// Hyphened to its figure with the printer's period, "pp." sizes a book even beside a share.
TEST(PageCounts, HyphenedAndDottedIsPages) {
  EXPECT_NE(normalize_text("A 64-pp. guide to the 4% levy went out.").find("sixty-four-page guide"), std::string::npos);
  EXPECT_NE(normalize_text("The 608-pp. novel tops the list.").find("six-hundred-eight-page novel"), std::string::npos);
  EXPECT_NE(normalize_text("Labour's share rose 2pp in May.").find("two percentage points"), std::string::npos);
  EXPECT_EQ(normalize_text("Support fell 9-pp. after the vote.").find("page"), std::string::npos);
}

}  // namespace briefcast
