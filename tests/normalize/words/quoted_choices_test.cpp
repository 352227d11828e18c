// Two quoted words joined by a slash are a choice, said with "or".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(QuotedChoices, SlashBetweenQuotedWordsIsOr) {
  EXPECT_EQ(normalize_text("Voters ticked \"yes\"/\"no\" on the ballot."),
            "Voters ticked \"yes\" or \"no\" on the ballot.");
  EXPECT_EQ(normalize_text("The switch reads 'on'/'off' in small print."),
            "The switch reads 'on' or 'off' in small print.");
  EXPECT_EQ(normalize_text("The sign said \u201copen\u201d/\u201cclosed\u201d all week."),
            "The sign said \u201copen\u201d or \u201cclosed\u201d all week.");
}

TEST(QuotedChoices, OtherSlashesAreLeftToTheirRules) {
  EXPECT_EQ(normalize_text("The \"and/or\" clause was struck out."), "The \"and or\" clause was struck out.");
}

}  // namespace briefcast
