#include "clean/unicode_text.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(UnicodeText, CollapsesAllKindsOfWhiteSpace) {
  EXPECT_EQ(collapse_whitespace("  a\t b\xC2\xA0\xC2\xA0" "c\n"), "a b c");
  EXPECT_EQ(collapse_whitespace("\xE2\x80\x8B"), "");
}

TEST(UnicodeText, WordPhraseIsTheLowerCaseWordsWithOneSpace) {
  EXPECT_EQ(word_phrase("  About THE  Author:"), "about the author");
  EXPECT_EQ(word_phrase("\xC3\x9C" "ber die Autorin \xE2\x80\x94"), "\xC3\xBC" "ber die autorin");
  EXPECT_EQ(word_phrase("\xE2\x80\x94 !"), "");
}

TEST(UnicodeText, WordTokensFollowWordCharacters) {
  const auto tokens = word_tokens("L'été, à 5h30 — déjà!");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0], "L");
  EXPECT_EQ(tokens[1], "été");
  EXPECT_EQ(tokens[3], "5h30");
  EXPECT_EQ(tokens[4], "déjà");
}

TEST(UnicodeText, LowerCasesBeyondAscii) { EXPECT_EQ(to_lower("ÉCONOMIE Москва"), "économie москва"); }

TEST(UnicodeText, ValidatesUtf8) {
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9"));
  EXPECT_FALSE(is_valid_utf8("caf\xE9"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));  // overlong '/'
  EXPECT_EQ(code_point_count("caf\xC3\xA9"), 4u);
}

}  // namespace briefcast
