#include "clean/text_lead.h"

#include <string>

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

const std::string kHeadline = "Ferry to the islands returns after winter repairs";
const std::string kLead =
    "The ferry to the outer islands will sail again from Monday, after three months in the dry dock at the harbour.";
const std::string kBody1 =
    "The company that runs the crossing said the new engines had passed their trials at sea last week, and that the "
    "timetable would be the same as it was before the repairs began in the autumn.";
const std::string kBody2 =
    "Islanders had relied on a smaller boat during the winter, which could not carry lorries, so that the shop on "
    "the largest island was supplied by air for several weeks in January and February.";
const std::string kBody3 =
    "The harbour master said that the dredging of the channel, which had been put off twice, would now be done in "
    "the spring while the ferry keeps to its normal crossings.";

std::string page_with(const std::string& gap) {
  return "Home\nNews\nTravel\n\n" + kHeadline + "\n" + gap + "\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 +
         "\n\nMost read\nBridge closes\nSchool reopens\n";
}

}  // namespace

TEST(TextLead, TheLeadUnderTheDateAndShareBarOpensTheBody) {
  // The lead copied in one group with the date and the share buttons, no blank line between.
  const Article article = clean_copied_text(page_with("By Ann Lee\n12 March 2024\nShare\nTweet\n" + kLead), "page.txt");
  EXPECT_EQ(article.title, kHeadline);
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kLead, kBody1, kBody2, kBody3}));
}

TEST(TextLead, TheLeadUnderAPictureWithItsCaptionAndCredit) {
  // The caption beside the credit is the picture's, however much it reads like a sentence.
  const std::string caption = "The ferry in the dry dock at the harbour during the winter repairs to its engines.";
  const Article article =
      clean_copied_text(page_with("12 March 2024\nPhoto: Harbour Trust\n" + caption + "\n" + kLead + "\nShare"), "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kLead, kBody1, kBody2, kBody3}));
}

TEST(TextLead, TheLeadBetweenTheBylineAndTheDate) {
  const Article article = clean_copied_text(page_with("By Ann Lee\n" + kLead + "\n12 March 2024\nShare"), "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kLead, kBody1, kBody2, kBody3}));
}

TEST(TextLead, ACaptionOverItsCreditAcrossABlankLineIsNoLead) {
  const std::string caption = "The ferry in the dry dock at the harbour during the winter repairs to its engines.";
  const Article article =
      clean_copied_text(page_with("By Ann Lee\n12 March 2024\n" + caption + "\n\nPHOTOGRAPH BY JOHN DOE, HARBOUR TRUST"),
                        "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextLead, TheDekAboveTheBylineIsNoBody) {
  // A sentence between the headline and the byline is the headline's second line.
  const Article article = clean_copied_text(page_with(kLead + "\nBy Ann Lee\n12 March 2024\nShare"), "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextLead, TheAuthorsNoteUnderTheBylineIsNoLead) {
  const std::string note = "Ann Lee is a reporter for the County News and has covered the islands since the year 2015.";
  const Article article = clean_copied_text(page_with("Ann Lee\n12 March 2024\n" + note), "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextLead, ASummaryTheTextSaysAgainIsNoLead) {
  // The teaser an index page showed, printed again above the article that holds it.
  const std::string summary = "The ferry will sail again from Monday, after three months in the dry dock at the harbour.";
  const std::string opening = summary + " " + kBody1;
  const std::string page = "Home\n\n" + kHeadline + "\n12 March 2024\nShare\n" + summary + "\n\n" + opening + "\n\n" +
                           kBody2 + "\n\n" + kBody3 + "\n\nMost read\nBridge closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{opening, kBody2, kBody3}));
}

TEST(TextLead, ALongLineThatIsNoSentenceLeavesTheGapAlone) {
  // A teaser's title or a caption without its credit: the gap is not the page's chrome.
  const std::string teaser = "Ten things to see on the outer islands this summer from the lighthouse to the old mill and more";
  std::vector<TextBlock> blocks = blocks_from_text(kHeadline + "\n12 March 2024\n" + teaser + "\n" + kLead + "\n\n" + kBody1);
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  std::vector<bool> left_out(blocks.size(), false);
  EXPECT_EQ(lead_above_body(blocks, 0, 4, left_out), 4u);
  EXPECT_EQ(left_out, std::vector<bool>(blocks.size(), false));
}

TEST(TextLead, MarksTheChromeBetweenLeadAndBody) {
  std::vector<TextBlock> blocks = blocks_from_text(kHeadline + "\n12 March 2024\n" + kLead + "\nShare\nTweet\n\n" + kBody1);
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  std::vector<bool> left_out(blocks.size(), false);
  EXPECT_EQ(lead_above_body(blocks, 0, 5, left_out), 2u);
  EXPECT_EQ(blocks[2].final_class, BlockClass::kGood);
  EXPECT_EQ(left_out, (std::vector<bool>{false, false, false, true, true, false}));
}

TEST(TextLead, NoHeadlineOrAWideGapChangesNothing) {
  std::vector<TextBlock> blocks = blocks_from_text("12 March 2024\n" + kLead + "\n\n" + kBody1);
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  std::vector<bool> left_out(blocks.size(), false);
  EXPECT_EQ(lead_above_body(blocks, blocks.size(), 2, left_out), 2u);
  LeadConfig narrow;
  narrow.max_gap_lines = 0;
  EXPECT_EQ(lead_above_body(blocks, 0, 2, left_out, narrow), 2u);
}

}  // namespace briefcast
