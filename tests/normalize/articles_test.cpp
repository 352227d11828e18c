// The indefinite article: chosen by the first sound of the words said, in one place.
#include <gtest/gtest.h>

#include "normalize/articles.h"
#include "normalize/normalizer.h"

namespace briefcast {

TEST(ArticleSounds, SoundReadFromThePlainSpelling) {
  using rules::opens_with_vowel_sound;
  EXPECT_EQ(opens_with_vowel_sound("orchard"), true);
  EXPECT_EQ(opens_with_vowel_sound("heirloom"), true);
  EXPECT_EQ(opens_with_vowel_sound("hourly"), true);
  EXPECT_EQ(opens_with_vowel_sound("harbour"), false);
  EXPECT_EQ(opens_with_vowel_sound("eulogy"), false);
  EXPECT_EQ(opens_with_vowel_sound("oneself"), false);
  EXPECT_EQ(opens_with_vowel_sound("NGO"), true);   // "en"
  EXPECT_EQ(opens_with_vowel_sound("Ms"), true);    // letters, "em"
  EXPECT_EQ(opens_with_vowel_sound("Kw"), false);   // "kay"
  EXPECT_EQ(opens_with_vowel_sound("Olga"), true);
  EXPECT_EQ(opens_with_vowel_sound("umbrella"), std::nullopt);  // "umbrella" and "union" differ
  EXPECT_EQ(opens_with_vowel_sound("7"), std::nullopt);
}

TEST(ArticleSounds, PhraseTakesTheArticleOfItsWord) {
  EXPECT_EQ(rules::with_indefinite_article("hour"), "an hour");
  EXPECT_EQ(rules::with_indefinite_article("eighth"), "an eighth");
  EXPECT_EQ(rules::with_indefinite_article("yard"), "a yard");
  EXPECT_EQ(rules::with_indefinite_article("unit"), "a unit");
  EXPECT_EQ(rules::with_indefinite_article("ounce"), "an ounce");
}

TEST(ArticleSounds, NumbersSaidInWordsTakeTheirOwnArticle) {
  EXPECT_EQ(rules::agreed_before_numbers("a eighteen hole course and an one-off fee"),
            "an eighteen hole course and a one-off fee");
  EXPECT_EQ(rules::agreed_before_numbers("a at least five-point gain"), "an at least five-point gain");
  // Only numbers: the writer's article before an ordinary word stays.
  EXPECT_EQ(rules::agreed_before_numbers("an historic win and a apple"), "an historic win and a apple");
}

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
