// Two dates whose dash is glued to the first month.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GluedDateSpans, InventedSentences) {
  EXPECT_EQ(normalize_text("The trail is closed from 3 Sept.-14 Nov. for repairs."),
            "The trail is closed from the third of September to the fourteenth of November for repairs.");
  EXPECT_EQ(normalize_text("Voting runs 9 Feb-2 Mar and the count follows."),
            "Voting runs the ninth of February to the second of March and the count follows.");
  EXPECT_EQ(normalize_text("The fair opens 28 Dec.-4 Jan. 2027 in the square."),
            "The fair opens the twenty eighth of December to the fourth of January twenty twenty seven in the square.");
  EXPECT_EQ(normalize_text("The gallery shows her prints 5 Apr.-19 May."),
            "The gallery shows her prints the fifth of April to the nineteenth of May.");
  EXPECT_EQ(normalize_text("Roadworks run 2 Mar.-9 Apr.; buses divert."),
            "Roadworks run the second of March to the ninth of April; buses divert.");
  // The spaced dash after a short month's period reads the same.
  EXPECT_EQ(normalize_text("The trail is closed 3 Sept. - 14 Nov. for repairs."),
            "The trail is closed the third of September to the fourteenth of November for repairs.");
}

}  // namespace briefcast
