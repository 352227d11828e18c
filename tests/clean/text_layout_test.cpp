#include "clean/text_layout.h"

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

const std::string kPara1 =
    "The harbour authority said on Thursday that the old ferry pier would close for repairs in the spring, after "
    "divers found that several of its wooden piles had rotted through below the waterline.";
const std::string kPara2 =
    "Ferries will use the cargo quay on the far side of the harbour while the work goes on, which the authority "
    "expects to take about four months if the weather allows the divers to keep working.";
const std::string kPara3 =
    "Local traders said they were worried that fewer visitors would walk past their shops during the season, "
    "and asked the authority to put up signs pointing the way from the new landing.";
const std::string kTeaser =
    "A long teaser sentence from another story on the same site, about a new cycle path that the council says "
    "will open along the river next summer if the money is found in time.";

}  // namespace

TEST(TextLayout, GroupsAreRunsOfLinesBetweenBlankLines) {
  const auto blocks = blocks_from_text("Home\nNews\n\nA paragraph\n\nOne\nTwo\nThree\n");
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].group_size, 2u);
  EXPECT_EQ(blocks[2].group_size, 1u);
  EXPECT_EQ(blocks[5].group_size, 3u);
}

TEST(TextLayout, TeaserRailAfterParagraphsIsNotBody) {
  // The article's paragraphs stand alone; the rail after them is one long group of single lines
  // whose teasers read like prose.
  const std::string page = "Home\nNews\nSport\n\nPier to close for repairs\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\nMore from the site\nCycle path to open next summer\n" + kTeaser +
                           "\nMarket hall gets a new roof\n" + kTeaser + "\nSchool wins the county quiz\n" + kTeaser + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

TEST(TextLayout, RunsInLineLayoutAreLeftAlone) {
  // Every line in one group: the page has no paragraph layout to go by.
  auto blocks = blocks_from_text("Menu\n" + kPara1 + "\n" + kPara2 + "\n" + kPara3 + "\nFooter line\n");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  EXPECT_FALSE(in_paragraph_layout(blocks, 0, blocks.size(), 70));
  EXPECT_EQ(trim_to_paragraph_layout(blocks, 0, blocks.size(), 70), std::make_pair(std::size_t{0}, blocks.size()));
}

TEST(TextLayout, TrimKeepsTheParagraphsAndDropsLongGroupsAtBothEnds) {
  auto blocks = blocks_from_text("Top one\nTop two\nTop three\nTop four\n\n" + kPara1 + "\n\n" + kPara2 +
                                 "\n\nEnd one\nEnd two\nEnd three\nEnd four\n");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  EXPECT_TRUE(in_paragraph_layout(blocks, 0, blocks.size(), 70));
  EXPECT_EQ(trim_to_paragraph_layout(blocks, 0, blocks.size(), 70), std::make_pair(std::size_t{4}, std::size_t{6}));
}

TEST(TextLayout, LeadParagraphWithoutABlankLineAboveItStays) {
  // The lead paragraph follows the menu with no blank line between (a <div> lead), then the
  // other paragraphs stand alone; the menu goes, the lead stays. A rail's teaser after its
  // heading does not touch the paragraphs and goes.
  const std::string lead = kPara1 + " The pier was built in 1890.";  // long enough to be good on its own
  const std::string page = "Home\nNews\nSport\nWeather\n" + lead + "\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\nMore from the site\n" + kTeaser + "\n" + kTeaser + "\nAbout us\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{lead, kPara2, kPara3}));
}

TEST(TextLayout, LeadAboveABylineWithoutABlankLineStays) {
  // The lead, then the byline and date, set in the same <div> as the menu above them; the other
  // paragraphs stand alone. The lead stays, the byline is metadata, the menu goes.
  const std::string lead = kPara1 + " The pier was built in 1890.";
  const std::string page = "Home\nNews\nSport\nWeather\n" + lead + "\nBy Ann Marsh\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\nMore from the site\n" + kTeaser + "\n" + kTeaser + "\nAbout us\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{lead, kPara2, kPara3}));
  EXPECT_EQ(article.metadata.byline, "Ann Marsh");
}

TEST(TextLayout, AListTheLastParagraphIntroducesIsTheArticles) {
  // The closing paragraph ends in a colon and a <ul> of short lines follows it.
  const std::string intro = "The new timetable for the ferries from the cargo quay will be as follows:";
  const std::string page = "Home\nNews\nSport\n\nPier to close for repairs\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n" +
                           intro + "\n\nFirst ferry 6:40\nMidday ferry 12:15\nLast ferry 21:30\n\nShare\nTweet\nEmail\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, intro, "First ferry 6:40",
                                                          "Midday ferry 12:15", "Last ferry 21:30"}));
}

TEST(TextLayout, ABareLabelOrLinkTitlesAreNoIntroducedList) {
  auto blocks = blocks_from_text(kPara1 + "\n\n" + kPara2 + "\n\nMore:\n\nCycle path opens\nMarket hall reroofed\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  // "More:" is a label of one word: what follows is a list of links.
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 3), 3u);

  blocks = blocks_from_text(kPara1 + "\n\nThe whole series on the harbour can be read here:\n\nPart one: the piles | more\n"
                                     "Part two: the divers | more\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  // Titles with a bar and a link word are links to other stories, however the line above reads.
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 2), 2u);
}

TEST(TextLayout, AnIntroducedListEndsWithItsGroup) {
  auto blocks = blocks_from_text(kPara1 + "\n\nThe three quays that stay open this winter are these:\n\nNorth quay\nEast quay\n"
                                          "Cargo quay\n\nHome\nContact\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 2), 5u);
  // A paragraph that does not end in a colon introduces nothing.
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 1), 1u);
}

TEST(TextLayout, AnIntroducedListEndsAtTheFirstLineThatIsNoItem) {
  // The page's furniture follows the list with no blank line between: a date, a link's title.
  auto blocks = blocks_from_text(kPara1 + "\n\nBefore the pier closes, passengers should remember this:\n\n"
                                          "Buy the ticket a day ahead of the crossing\nKeep the season ticket close at hand\n"
                                          "Ask the crew before taking a bicycle aboard\nUpdated: 12 March 2024\n"
                                          "Harbour news | more\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kBad;
  blocks[0].final_class = BlockClass::kGood;
  blocks[1].final_class = BlockClass::kGood;
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 2), 5u);
  EXPECT_EQ(blocks[4].final_class, BlockClass::kGood);
  EXPECT_EQ(blocks[5].final_class, BlockClass::kBad);
}

TEST(TextLayout, ARailOfLabelsAfterAnIntroductionIsNoList) {
  // One-word labels open a group that goes on into the page's furniture: a rail, not a list.
  auto blocks = blocks_from_text(kPara1 + "\n\nMore pictures of the old pier can be found in our gallery:\n\n"
                                          "Gallery\nReadings\nThe pier in the old days\nHarbour news | more\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 2), 2u);
  // The same short lines make a list when they are the whole group.
  blocks = blocks_from_text(kPara1 + "\n\nThe quays that stay open this winter are these:\n\nNorth\nEast\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  EXPECT_EQ(extend_with_introduced_list(blocks, 0, 2), 4u);
}

TEST(TextLayout, AListIntroducedInsideTheBodyIsMarkedGood) {
  // A paragraph ending in a colon, the list's short lines, then more paragraphs of the body.
  auto blocks = blocks_from_text(kPara1 + "\n\nThe divers will need three things from the harbour office:\n\n"
                                          "Keys to the boat shed\nA tide table for March\nTwo spare air tanks\n\n" +
                                          kPara2 + "\n\nMore:\n\nCycle path opens\nMarket hall reroofed\n\n" + kPara3 + "\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kBad;
  for (const std::size_t i : {0u, 1u, 5u, 9u}) blocks[i].final_class = BlockClass::kGood;
  mark_introduced_lists(blocks, 0, blocks.size());
  for (const std::size_t i : {2u, 3u, 4u}) EXPECT_EQ(blocks[i].final_class, BlockClass::kGood) << blocks[i].text;
  // A bare label introduces links, not a list of the article's.
  for (const std::size_t i : {6u, 7u, 8u}) EXPECT_EQ(blocks[i].final_class, BlockClass::kBad) << blocks[i].text;
}

TEST(TextLayout, AShortOpeningSentenceRightAboveTheParagraphsStays) {
  // The article opens with a sentence too short to be good on its own, set as its paragraph.
  const std::string page = "Home\nNews\nSport\nWeather\n\nPier to close for repairs\n\nThe pier is rotting.\n\n" + kPara1 +
                           "\n\n" + kPara2 + "\n\n" + kPara3 + "\n\nShare\nTweet\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Pier to close for repairs");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{"The pier is rotting.", kPara1, kPara2, kPara3}));
}

TEST(TextLayout, NoOpeningLineFromALabelATeaserOrALinkTitle) {
  // A teaser cut short, a line of labels split by bars, or a line inside a group of lines does
  // not open the article.
  for (const std::string line : {"Read how the pier was built in the old days...", "News | Harbour | Is the pier safe?",
                                 "Home\nHarbour\nThe pier is rotting."}) {
    const std::string page = "Home\nNews\nSport\nWeather\n\nPier to close for repairs\n\n" + line + "\n\n" + kPara1 +
                             "\n\n" + kPara2 + "\n\n" + kPara3 + "\n";
    const Article article = clean_copied_text(page, "page.txt");
    EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3})) << line;
  }
}

namespace {

const std::string kIntro1 =
    "The pier has stood at the mouth of the harbour for more than a hundred years, and generations of islanders "
    "have waited on its boards for the morning boat to the mainland.";
const std::string kIntro2 =
    "Its repair is the largest job the authority has taken on since the storm of 1987 washed away the breakwater, "
    "and it has set aside most of this year's budget for it.";
// A picture and a table of contents with a box of key facts, set into the text after its opening.
const std::string kContentsBox =
    "Photo: Harbour Studio\nContents\nWhy the pier is closing\nWhere the ferries will go\nWhat the traders say\n"
    "Contents\nWhy the pier is closing\nWhere the ferries will go\nWhat the traders say\nKey facts\n"
    "Pier built 1911\nRepairs from April\nFour months of work\n";

std::string page_with_box(const std::string& opening) {
  return "Home\nNews\nSport\n\nPier to close for repairs\n\nBy Ann Lee\n\n" + opening + kContentsBox + "\n" + kPara1 +
         "\n\n" + kPara2 + "\n\n" + kPara3 + "\n\nMost read\nTrains cancelled\n";
}

}  // namespace

TEST(TextLayout, TheOpeningAboveABoxSetIntoTheTextIsTheArticles) {
  // The box splits the article; the longer part under it classifies as the body, the opening
  // over it is taken back and the box left out.
  const Article article = clean_copied_text(page_with_box(kIntro1 + "\n\n" + kIntro2 + "\n\n"), "page.txt");
  EXPECT_EQ(article.title, "Pier to close for repairs");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kIntro1, kIntro2, kPara1, kPara2, kPara3}));
  // One paragraph there is the dek, which the body leaves out.
  const Article with_dek = clean_copied_text(page_with_box(kIntro1 + "\n\n"), "page.txt");
  EXPECT_EQ(with_dek.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

TEST(TextLayout, AnOpeningIsParagraphsBetweenTheHeadlineAndTheBody) {
  auto blocks = blocks_from_text("Headline\n\n" + kIntro1 + "\n\n" + kIntro2 + "\n\nContents\nOne\nTwo\nThree\nFour\n\n" +
                                 kPara1 + "\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = block.word_count > 10 ? BlockClass::kGood : BlockClass::kBad;
  const std::size_t body = blocks.size() - 1;
  EXPECT_EQ(intro_above_body(blocks, 0, body, 70), std::make_pair(std::size_t{1}, std::size_t{3}));
  // Above the headline there is nothing to take back, nor when the box is longer than a box.
  EXPECT_EQ(intro_above_body(blocks, 2, body, 70), std::make_pair(body, body));
  LayoutConfig short_gap;
  short_gap.intro_max_gap = 3;
  EXPECT_EQ(intro_above_body(blocks, 0, body, 70, short_gap), std::make_pair(body, body));
}

TEST(TextLayout, TheSitesNoticesAboveABoxAreNoOpening) {
  // A login form's messages, framed like paragraphs between the headline and a box.
  const std::string notice1 = "The password you entered does not match the one we have on file for this account.";
  const std::string notice2 = "No account exists for this e-mail address, or the password you typed in is wrong.";
  auto blocks = blocks_from_text("Headline\n\n" + notice1 + "\n\n" + notice2 + "\n\nContents\nOne\nTwo\nThree\nFour\n\n" +
                                 kPara1 + "\n");
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = block.word_count > 10 ? BlockClass::kGood : BlockClass::kBad;
  const std::size_t body = blocks.size() - 1;
  EXPECT_EQ(intro_above_body(blocks, 0, body, 70), std::make_pair(body, body));
}

namespace {

// A rail of teasers copied as one group of lines: a title and a sentence for each story.
std::string teaser_rail(std::size_t stories) {
  std::string rail;
  for (std::size_t i = 0; i < stories; ++i) {
    rail += "Story number " + std::to_string(i + 1) + " from the county\n" + kTeaser + "\n";
  }
  return rail;
}

std::vector<TextBlock> all_good(const std::string& text) {
  auto blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  return blocks;
}

}  // namespace

TEST(TextLayout, ALongGroupUnderTheLastParagraphEndsTheRun) {
  auto blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\n" + teaser_rail(20));
  EXPECT_EQ(end_before_long_group(blocks, 0, blocks.size(), 70), 2u);
  // A long list between paragraphs is the article's.
  blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\n" + teaser_rail(20) + "\n" + kPara3 + "\n");
  EXPECT_EQ(end_before_long_group(blocks, 0, blocks.size(), 70), blocks.size());
  // A page copied with no blank lines has no paragraphs to go by.
  blocks = all_good(kPara1 + "\n" + kPara2 + "\n" + teaser_rail(20));
  EXPECT_EQ(end_before_long_group(blocks, 0, blocks.size(), 70), blocks.size());
  // Nor does a short group of lines end it.
  blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\n" + teaser_rail(5));
  EXPECT_EQ(end_before_long_group(blocks, 0, blocks.size(), 70), blocks.size());
}

TEST(TextLayout, TheArticleEndsBeforeARailThatOutweighsIt) {
  const std::string page = "Home\nNews\n\nPier to close for repairs\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\n" + teaser_rail(20) + "\nImprint\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

TEST(TextLayout, TeasersUnderARelatedLabelEndTheBody) {
  // Each teaser's lead reads as prose, and the copy gives every line a paragraph of its own.
  const std::string lead1 = "The council says it has found the money for the path along the river, and that work will start in May.";
  const std::string lead2 = "The pupils from the harbour school beat six other teams in the final, which was held in the town hall.";
  const std::string page = "Home\nNews\n\nPier to close for repairs\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\nRelated stories\n\nCycle path to open next summer\n\n" + lead1 +
                           "\n\nSchool wins the county quiz\n\n" + lead2 + "\n\nImprint\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

TEST(TextLayout, ARelatedLabelBeforeTheArticlesOwnTextEndsNothing) {
  auto blocks = all_good(kPara1 + "\n\nRelated\n\nCycle path to open next summer\n\n" + kPara2 + "\n\n" + kPara3 + "\n");
  // Paragraphs follow the label's title: a link set into the article, which goes on.
  EXPECT_EQ(end_before_related_teasers(blocks, 0, blocks.size()), blocks.size());
  // One title is a link; two or more with at most a sentence each are the rail of teasers.
  blocks = all_good(kPara1 + "\n\nRelated\n\nCycle path to open next summer\n");
  EXPECT_EQ(end_before_related_teasers(blocks, 0, blocks.size()), blocks.size());
  blocks = all_good(kPara1 + "\n\nRelated\n\nCycle path to open\n\nMarket hall reroofed\n");
  EXPECT_EQ(end_before_related_teasers(blocks, 0, blocks.size()), 1u);
}

TEST(TextLayout, AClosingParagraphWithALineBreakAfterEachSentenceEndsTheArticle) {
  // The summing up is copied as a group of lines, each a sentence; the rail under it is not.
  const std::string summing_up =
      "In short, the pier will be shut for four months.\nThe ferries will run from the cargo quay.\n"
      "The traders hope that the signs will bring the visitors.\n";
  const std::string page = "Home\nNews\n\nPier to close for repairs\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\n" + summing_up + "\nMost read\nCycle path to open next summer\nMarket hall gets a new roof\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs,
            (std::vector<std::string>{kPara1, kPara2, kPara3, "In short, the pier will be shut for four months.",
                                      "The ferries will run from the cargo quay.",
                                      "The traders hope that the signs will bring the visitors."}));
  // Lines that end no sentence are no such paragraph.
  auto blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\nCycle path to open next summer\nMarket hall gets a new roof\n");
  for (std::size_t i = 2; i < blocks.size(); ++i) blocks[i].final_class = BlockClass::kBad;
  EXPECT_EQ(extend_with_closing_lines(blocks, 0, 2, 70), 2u);
}

TEST(TextLayout, TheBodyEndsBeforeTheCommentForm) {
  // The readers' comments are prose, as long as the article's paragraphs.
  const std::string reader1 =
      "I have taken the ferry from that pier every summer since I was a child, and I really hope that they manage "
      "to finish the work on time this year.";
  const std::string reader2 =
      "The cargo quay is a long way from the town centre, and I do not see how older passengers with heavy luggage "
      "are supposed to walk there in the rain.";
  const std::string page = "Home\nNews\n\nPier to close for repairs\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 +
                           "\n\nLeave a reply\n\n" + reader1 + "\n\n" + reader2 + "\n\nImprint\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

TEST(TextLayout, ACommentLinkUnderEveryPostIsNoCommentForm) {
  // A question and its answers, each with its own link: the thread goes on.
  auto blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\nAdd a comment\n\n" + kPara3 + "\n\nAdd a comment\n");
  EXPECT_EQ(end_before_comment_form(blocks, 0, blocks.size()), blocks.size());
  blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\nAdd a comment\n\n" + kPara3 + "\n");
  EXPECT_EQ(end_before_comment_form(blocks, 0, blocks.size()), 2u);
  // Above the article's paragraphs it ends nothing.
  blocks = all_good("Add a comment\n\n" + kPara1 + "\n\n" + kPara2 + "\n");
  EXPECT_EQ(end_before_comment_form(blocks, 0, blocks.size()), blocks.size());
}

}  // namespace briefcast

namespace briefcast {

TEST(TextLayout, TheBodyEndsAtTheHeadingThatCountsTheComments) {
  const std::string reader =
      "Thank you for this report, I walked past the pier yesterday and the fences were already up around the old "
      "ticket office.";
  for (const std::string heading : {"2 Comments", "One comment", "3 Kommentare zu \u201CDer Steg wird repariert\u201D",
                                    "12 commentaires", "4 thoughts on \u201CPier to close\u201D", "Comments (35)",
                                    "Kommentare 8", "Kommentare2"}) {
    auto blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 + "\n\n" + heading + "\n\n" + reader + "\n");
    EXPECT_EQ(end_before_comment_form(blocks, 0, blocks.size()), 3u) << heading;
  }
}

TEST(TextLayout, ACommentCountNearTheTopOrInTheTextEndsNothing) {
  // By the byline, under the dek: the article follows.
  auto blocks = all_good(kPara1 + "\n\n5 Comments\n\n" + kPara2 + "\n\n" + kPara3 + "\n");
  EXPECT_EQ(end_before_comment_form(blocks, 0, blocks.size()), blocks.size());
  // A sentence about comments is no heading.
  blocks = all_good(kPara1 + "\n\n" + kPara2 + "\n\n" + kPara3 +
                    "\n\n200 comments were sent to the council before the vote.\n\n"
                    "Two comments on the harbour plan\n\nComments 2 and 3\n\nKommentarfunktion\n");
  EXPECT_EQ(end_before_comment_form(blocks, 0, blocks.size()), blocks.size());
}

}  // namespace briefcast
