// A party's letter after a lawmaker's name and in a slashed split of votes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PartyLetters, BracketAfterName) {
  EXPECT_EQ(normalize_text("Rep. Dana Holt (R) voted no."), "Representative Dana Holt (Republican) voted no.");
  EXPECT_EQ(normalize_text("Assemblyman Tom Reyes (D-9th) filed the bill."),
            "Assemblyman Tom Reyes (Democrat, ninth district) filed the bill.");
}

TEST(PartyLetters, SlashedSplit) {
  EXPECT_EQ(normalize_text("returns show a 55/45 R/D edge in the county"),
            "returns show a fifty five to forty five Republican to Democrat edge in the county");
}

TEST(PartyLetters, LettersElsewhereStayLetters) {
  // A grade, a bracketed note and a vitamin are no party.
  EXPECT_EQ(normalize_text("The bond is rated (D) by the agency."), "The bond is rated (D) by the agency.");
  EXPECT_EQ(normalize_text("Plan B (R) costs more."), "Plan B (R) costs more.");
  EXPECT_EQ(normalize_text("Install Acme Writer (R) today."), "Install Acme Writer (R) today.");
  EXPECT_EQ(normalize_text("They scored 3/2 on D/R testing."), normalize_text("They scored 3/2 on D/R testing."));
}

}  // namespace briefcast
