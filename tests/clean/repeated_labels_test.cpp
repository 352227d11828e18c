#include "clean/repeated_labels.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

std::vector<TextBlock> with_features(const std::string& text) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  return blocks;
}

const std::string kTip1 =
    "Walking to the station instead of taking the bus adds twenty minutes of exercise to every working day, "
    "and most people who try it for a month say they sleep better and feel less tired in the evening.";
const std::string kTip2 =
    "Taking the stairs at the office is the easiest habit to keep, because it needs no planning at all, and "
    "a few flights a day are enough to make a difference to your heart over the course of a year.";
const std::string kTip3 =
    "Standing up during phone calls breaks up long stretches of sitting, which doctors now think are harmful "
    "even for people who do go to the gym or run a few times every week in the park.";

}  // namespace

TEST(RepeatedLabels, AShortLineShownOverEveryBoxIsALabel) {
  const auto blocks = with_features("IN SHORT\n" + kTip1 + "\n\nIN SHORT\n" + kTip2 + "\n\nIn short\n" + kTip3 + "\n");
  const auto labels = repeated_labels(blocks);
  ASSERT_EQ(labels.size(), 6u);
  EXPECT_TRUE(labels[0]);
  EXPECT_FALSE(labels[1]);
  EXPECT_TRUE(labels[2]);
  EXPECT_TRUE(labels[4]);  // the case does not matter
}

TEST(RepeatedLabels, ASubheadingShownOnceOrTwiceIsNone) {
  // A heading and its copy in a box of contents are two; the article's other headings differ.
  const auto blocks = with_features("Walk more\n" + kTip1 + "\n\nWalk more\n" + kTip2 + "\n\nSit less\n" + kTip3 + "\n");
  for (const bool label : repeated_labels(blocks)) EXPECT_FALSE(label);
}

TEST(RepeatedLabels, SentencesLongerLinesAndLabelsWithAValueAreNone) {
  // A refrain that ends as a sentence, a heading of three words, a label with its value.
  const std::string page = "Go on.\nGo on.\nGo on.\nShow the answer\nShow the answer\nShow the answer\n"
                           "Buy it: Corner Shop\nBuy it: Corner Shop\nBuy it: Corner Shop\nQ:\nQ:\nQ:\n";
  for (const bool label : repeated_labels(with_features(page))) EXPECT_FALSE(label);
}

TEST(RepeatedLabels, TheCleanerSpeaksTheBoxesButNotTheirLabel) {
  const std::string page = "Home\nHealth\n\nThree small habits that keep you moving\n\n" + kTip1 + "\n\nIN SHORT\n" +
                           "Walk to the station.\n\n" + kTip2 + "\n\nIN SHORT\nTake the stairs.\n\n" + kTip3 +
                           "\n\nIN SHORT\nStand up when you call.\n\nMost read\nRain due on Sunday\n";
  const Article article = clean_copied_text(page, "page.txt");
  for (const auto& paragraph : article.paragraphs) EXPECT_NE(paragraph, "IN SHORT");
  EXPECT_NE(std::find(article.paragraphs.begin(), article.paragraphs.end(), "Take the stairs."), article.paragraphs.end());
  EXPECT_NE(std::find(article.paragraphs.begin(), article.paragraphs.end(), kTip3), article.paragraphs.end());
}

}  // namespace briefcast
