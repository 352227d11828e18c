#include "model/language_tag.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(LanguageTag, NormalizesCaseSeparatorAndSpace) {
  EXPECT_EQ(normalized_language_tag(" pt_BR\n"), "pt-br");
  EXPECT_EQ(normalized_language_tag("zh-Hant-TW"), "zh-hant-tw");
  EXPECT_EQ(normalized_language_tag(""), "");
}

TEST(LanguageTag, PrimarySubtag) {
  EXPECT_EQ(primary_language("de-AT"), "de");
  EXPECT_EQ(primary_language("EN_us"), "en");
  EXPECT_EQ(primary_language("fr"), "fr");
  EXPECT_EQ(primary_language(""), "");
}

TEST(LanguageTag, EnglishTags) {
  EXPECT_TRUE(is_english_tag(""));
  EXPECT_TRUE(is_english_tag("en-US"));
  EXPECT_TRUE(is_english_tag("en_gb"));
  EXPECT_FALSE(is_english_tag("de"));
  EXPECT_FALSE(is_english_tag("eng-x"));
}

}  // namespace briefcast
