#include "clean/plain_article.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(PlainArticle, HeadlineAndParagraphsAreTakenWhole) {
  auto article = read_plain_article("Short Story\n\nIt rained.\n\nThen it stopped!\n", "a.txt");
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->title, "Short Story");
  EXPECT_EQ(article->paragraphs, (std::vector<std::string>{"It rained.", "Then it stopped!"}));
}

TEST(PlainArticle, WrappedParagraphLinesAreJoined) {
  auto article = read_plain_article("Title\n\nA paragraph that was\nwrapped at a margin.\n", "a.txt");
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->paragraphs, std::vector<std::string>{"A paragraph that was wrapped at a margin."});
}

TEST(PlainArticle, ClosingQuotesAfterTheFullStopStillEndASentence) {
  auto article = read_plain_article("Title\n\n\"We will,\" she said.\n\nHe replied: \xE2\x80\x9CNo.\xE2\x80\x9D\n", "a.txt");
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->paragraphs.size(), 2u);
}

TEST(PlainArticle, AnUnpunctuatedLineMeansPageDebris) {
  EXPECT_FALSE(read_plain_article("Title\n\nGood sentence.\n\nShare this article\n", "a.txt").has_value());
  EXPECT_FALSE(read_plain_article("Title\n\nGood sentence.\n\nXS\nSM\nMD\nLG\n", "a.txt").has_value());
  EXPECT_FALSE(read_plain_article("Accessibility links\n\nBreaking News\nUSA\n\nTitle\n\nBody.\n", "a.txt").has_value());
}

TEST(PlainArticle, NeedsAHeadlineLineAndABody) {
  EXPECT_FALSE(read_plain_article("Only a headline\n", "a.txt").has_value());
  EXPECT_FALSE(read_plain_article("Two lines\nof headline\n\nBody.\n", "a.txt").has_value());
  EXPECT_FALSE(read_plain_article("A sentence, not a headline.\n\nBody.\n", "a.txt").has_value());
}

}  // namespace briefcast
