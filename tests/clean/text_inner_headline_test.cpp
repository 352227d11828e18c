#include "clean/text_inner_headline.h"

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

// Paragraphs long enough to read as good prose on their own.
const std::string kLead =
    "The harbour board agreed on Monday to dredge the north channel before the summer, after two fishing boats "
    "ran aground there in the spring tides and a ferry had to turn back to the mainland with its passengers, "
    "who waited for hours on the pier before the next sailing could leave.";
const std::string kMore =
    "The work will take six weeks and close the slipway to pleasure boats, but the board said the fishing fleet "
    "could still land its catch at the old quay while the dredger is in the harbour, and that the ferry would "
    "keep to its timetable on all but the two days of the highest tides.";
const std::string kEnd =
    "Skippers who had asked for the dredging for years said they were glad of the vote, though some doubted the "
    "channel would stay open for long once the winter storms brought the sand back in, as they had done every "
    "year since the old breakwater was taken down.";

std::vector<TextBlock> blocks_of(const std::string& text) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  classify_blocks(blocks, BlockConfig{});
  return blocks;
}

}  // namespace

TEST(TextInnerHeadline, ATitleBetweenItsDateAndTheTextHeadsTheArticle) {
  const auto blocks = blocks_of("June 3, 2024\nHarbour board votes to dredge north channel\n" + kLead + "\n" + kMore);
  EXPECT_TRUE(heads_article(blocks, 1, blocks.size(), HeadlineConfig{}));
}

TEST(TextInnerHeadline, ATitleAboveItsBylineAndDateHeadsTheArticle) {
  const auto blocks =
      blocks_of("Harbour board votes to dredge north channel\nBy Ada Moss\nJune 3, 2024\n" + kLead + "\n" + kMore);
  EXPECT_TRUE(heads_article(blocks, 0, blocks.size(), HeadlineConfig{}));
}

TEST(TextInnerHeadline, ALabelOverAListOfDatedEventsHeadsNoArticle) {
  // An events box: a label, then dates and event names, then links; no prose goes on under it.
  const auto blocks = blocks_of("Coming up at the harbour\nJune 8, 2024 10:00\nBoat show on the north quay for all the family\n"
                                "June 15, 2024 18:00\nQuiz night at the Anchor with the lifeboat crew\nAll events\n"
                                "Contact us\n" + kLead);
  EXPECT_FALSE(heads_article(blocks, 0, blocks.size(), HeadlineConfig{}));
}

TEST(TextInnerHeadline, ASentenceThatNamesADateIsNoDateline) {
  const auto blocks = blocks_of("Harbour board votes to dredge north channel\nRead also: the last dredging, May 2019.\n" +
                                kLead + "\n" + kMore);
  EXPECT_FALSE(heads_article(blocks, 0, blocks.size(), HeadlineConfig{}));
}

TEST(TextInnerHeadline, NoTitleWithoutADateOrBylineNextToIt) {
  const auto blocks = blocks_of("Harbour board votes to dredge north channel\n" + kLead + "\n" + kMore);
  EXPECT_FALSE(heads_article(blocks, 0, blocks.size(), HeadlineConfig{}));
}

TEST(TextInnerHeadline, NoneUnderAParagraphOfTheText) {
  // A run that opens with the text (a paragraph longer than a caption) began at it: a dated title
  // under it is a subheading.
  const auto blocks = blocks_of(kLead + "\n" + kMore + "\nWhat the skippers say\nJune 4, 2024\n" + kEnd);
  EXPECT_FALSE(find_inner_headline(blocks, 0, blocks.size(), "en", HeadlineConfig{}).has_value());
}

TEST(TextInnerHeadline, ABannerInCapitalsIsNoParagraphOfTheText) {
  // A blog's tagline set in capitals over every post, as long as a paragraph: the dated title
  // under it still heads the post.
  const std::string banner =
      "NOTES FROM THE NORTH QUAY ARE WRITTEN BY AN OLD SKIPPER WHO HAS FISHED THESE WATERS FOR FORTY YEARS AND "
      "STILL CANNOT KEEP HIS OPINIONS ABOUT THE HARBOUR BOARD, THE WEATHER, THE PRICE OF DIESEL OR THE TOURISTS "
      "ON THE PIER TO HIMSELF, HOWEVER OFTEN HIS FAMILY ASKS HIM TO.";
  const auto blocks = blocks_of(banner + "\nJune 4, 2024\nWell, here we go again!\n" + kLead + "\n" + kMore);
  const auto inner = find_inner_headline(blocks, 0, blocks.size(), "en", HeadlineConfig{});
  ASSERT_TRUE(inner.has_value());
  EXPECT_EQ(inner->index, 2u);
}

TEST(TextInnerHeadline, TheRunThatOpensWithACaptionKeepsItsHeadline) {
  // A notice box and the picture's caption read as prose, so the run of text starts above the
  // headline; the headline, its byline and date stand a few lines into it.
  const std::string page =
      "Home\nNews\nSport\nWeather\nMore sections\n"
      "Would you like us to tell you in your browser when we publish the most important news of the day? We send "
      "two to five messages a day.\n"
      "Almost done: allow the site to send you messages, and confirm it in the box your browser shows you.\n"
      "Dredgers at work in the south channel, which was cleared two years ago.\n(Photo: Port archive)\n"
      "Harbour board votes to dredge north channel\nBy Ada Moss\nJune 3, 2024\n" +
      kLead + "\n" + kMore + "\n" + kEnd + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Harbour board votes to dredge north channel");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.front(), kLead);
}

// A question that opens a forum thread: one short paragraph, weaker prose than the answers.
const std::string kQuestion = "Why does the north channel silt up so much faster than the south one, when both get the same tides?";

// Lines between the question and the answers: buttons, tags, a count, the sort order.
const std::string kThreadFurniture =
    "Share\nFollow\nharbours\ntides\ndredging\nasked by Tom Reed\n12 votes\n3 Answers\nSorted by:\nNewest first\n"
    "Oldest first\nMost votes\nAdd a comment\nReport\n";

TEST(TextInnerHeadline, ADatedTitleWithASentenceUnderItHeadsTheArticleAboveTheRun) {
  const auto blocks = blocks_of("Home\nForum\nWhy the north channel silts up faster\nAsked June 3, 2024\n" + kQuestion +
                                "\n" + kThreadFurniture + kLead + "\n" + kMore + "\n" + kEnd);
  const std::size_t run_start = blocks.size() - 3;
  const auto head = find_head_above_run(blocks, run_start, "en", HeadlineConfig{});
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->index, 2u);
  EXPECT_EQ(head->prose, 4u);
}

TEST(TextInnerHeadline, NoHeadAboveTheRunWithoutADateOrByline) {
  const auto blocks = blocks_of("Home\nForum\nWhy the north channel silts up faster\n" + kQuestion + "\n" +
                                kThreadFurniture + kLead + "\n" + kMore + "\n" + kEnd);
  EXPECT_FALSE(find_head_above_run(blocks, blocks.size() - 3, "en", HeadlineConfig{}).has_value());
}

TEST(TextInnerHeadline, ACutTeaserHeadsNothing) {
  const auto blocks = blocks_of("Home\nForum\nWhy the north channel silts up faster than the…\nJune 3, 2024\n" + kQuestion +
                                "\n" + kThreadFurniture + kLead + "\n" + kMore + "\n" + kEnd);
  EXPECT_FALSE(find_head_above_run(blocks, blocks.size() - 3, "en", HeadlineConfig{}).has_value());
}

TEST(TextInnerHeadline, APictureCaptionIsNoHeadsSentence) {
  // Under the title and its date only a picture's caption and credit, then the page's furniture.
  const auto blocks = blocks_of("Home\nNews\nHarbour board votes to dredge north channel\nJune 3, 2024\n"
                                "The dredger arrived in the harbour on a grey morning after a night at sea.\n"
                                "Photo: Port archive\n" + kThreadFurniture + kLead + "\n" + kMore + "\n" + kEnd);
  EXPECT_FALSE(find_head_above_run(blocks, blocks.size() - 3, "en", HeadlineConfig{}).has_value());
}

TEST(TextInnerHeadline, TheBodyStartsAtTheHeadsSentenceAboveTheRun) {
  // The thread's question is weaker prose than its answers, and the buttons, tags and sort order
  // between them cut it from the run, which starts at the answers. The dated title above the
  // question heads the article, and the body starts at the question.
  const std::string page = "Home\nForum\nMembers\nSearch\nWhy the north channel silts up faster\nAsked June 3, 2024\n" +
                           kQuestion + "\nIs it the new breakwater?\n" + kThreadFurniture + kLead + "\n\n" + kMore +
                           "\n\n" + kEnd + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Why the north channel silts up faster");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.front(), kQuestion);
  EXPECT_EQ(article.paragraphs.back(), kEnd);
}

}  // namespace briefcast
