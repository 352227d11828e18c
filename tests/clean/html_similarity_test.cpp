#include "clean/html_similarity.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(HtmlSimilarity, ShinglesAreLowerCasedWordTriples) {
  EXPECT_EQ(shingles("The Cat sat, on"), (ShingleSet{"the cat sat", "cat sat on"}));
  EXPECT_EQ(shingles("Two words"), (ShingleSet{"two", "words"}));
  EXPECT_TRUE(shingles("  ...  ").empty());
}

TEST(HtmlSimilarity, ContainmentIsTheShareOfThePartFound) {
  const ShingleSet whole = shingles("the ferry left the harbour at dawn with forty cars on board");
  EXPECT_DOUBLE_EQ(containment(shingles("the ferry left the harbour"), whole), 1.0);
  EXPECT_DOUBLE_EQ(containment(shingles("the ferry left late"), whole), 0.5);
  EXPECT_DOUBLE_EQ(containment({}, whole), 0.0);
}

TEST(HtmlSimilarity, WordOverlapCountsAgainstTheLongerText) {
  EXPECT_DOUBLE_EQ(word_overlap("Ferry leaves at dawn", "ferry LEAVES at dawn"), 1.0);
  EXPECT_DOUBLE_EQ(word_overlap("Ferry leaves", "ferry leaves at dawn"), 0.5);
  EXPECT_DOUBLE_EQ(word_overlap("", "x"), 0.0);
}

}  // namespace briefcast
