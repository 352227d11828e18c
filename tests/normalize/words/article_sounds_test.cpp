// The article before a rule's words agrees with their first sound where the rule changed it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ArticleSounds, ArticleAgreesWithTheRuleWords) {
  EXPECT_NE(normalize_text("The board passed an FY2027 budget.").find("passed a fiscal year"), std::string::npos);
  EXPECT_NE(normalize_text("It was an M25 crash.").find("was an M twenty five"), std::string::npos);
}

TEST(ArticleSounds, CapitalArticleOpeningASentence) {
  EXPECT_EQ(normalize_text("An FY2031 surplus is due.").rfind("A fiscal year", 0), 0u);
  EXPECT_NE(normalize_text("Rates fell. An FY2031 surplus is due.").find("fell. A fiscal year"), std::string::npos);
  // Inside a sentence a capital "A" may be a class's letter.
  EXPECT_NE(normalize_text("They rank Class A FY2031 bonds.").find("Class A"), std::string::npos);
}

TEST(ArticleSounds, WriterArticleKeptWhereTheSoundIsUnclear) {
  EXPECT_EQ(normalize_text("She bought an apple and a unit and an hour later a one-off."),
            "She bought an apple and a unit and an hour later a one-off.");
  EXPECT_EQ(normalize_text("He is an MP and an hour late."), "He is an M.P and an hour late.");
}

}  // namespace briefcast
