#include "clean/text_blocks.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {

std::vector<TextBlock> make_blocks(std::initializer_list<const char*> lines) {
  std::vector<TextBlock> blocks;
  for (const char* line : lines) {
    TextBlock block;
    block.text = line;
    blocks.push_back(block);
  }
  return blocks;
}

const char* kProse1 =
    "The council said on Tuesday that the old bridge over the river would be closed for repairs from the start "
    "of next month, and that a temporary crossing would be built beside it so that the buses and the school "
    "coaches could keep to their usual routes.";
const char* kProse2 =
    "Engineers who inspected the bridge in the spring found that several of its supports had been weakened by "
    "the floods of the last two winters, and they advised that it be closed until the work on all of them "
    "had been finished and checked.";

}  // namespace

TEST(TextBlocks, GroupEndsFollowTheCopiedGroups) {
  auto blocks = make_blocks({"Menu", "Home", "A paragraph.", "Tags", "more", "an html block"});
  blocks[0].group_size = blocks[1].group_size = 2;
  blocks[2].group_size = 1;
  blocks[3].group_size = blocks[4].group_size = 2;
  // The last block comes from a source without groups: from it on, no group is known.
  EXPECT_EQ(group_ends(blocks), (std::vector<std::size_t>{2, 2, 3, 5, 5, 6}));
  blocks[0].group_size = 0;
  EXPECT_EQ(group_ends(blocks), (std::vector<std::size_t>(6, 6)));
}

TEST(TextBlocks, GroupOpeningsSetTwoGroupsOfOneSizeApart) {
  auto blocks = make_blocks({"More:", "One title", "Another title", "Tags:", "rain", "floods"});
  for (auto& block : blocks) block.group_size = 3;
  EXPECT_EQ(group_openings(blocks), (std::vector<bool>{true, false, false, true, false, false}));
}

TEST(TextBlocks, TheLastGoodBlocksOfARange) {
  auto blocks = make_blocks({"a", "b", "c", "d", "e"});
  for (std::size_t i : {0u, 2u, 3u}) blocks[i].final_class = BlockClass::kGood;
  EXPECT_EQ(last_good_blocks_start(blocks, 0, 5, 2), 2u);  // "c" and "d"; "e" is left out
  EXPECT_EQ(last_good_blocks_start(blocks, 1, 5, 9), 1u);  // never above `first`
  EXPECT_TRUE(any_good_block(blocks, 0, 1));
  EXPECT_FALSE(any_good_block(blocks, 1, 2));
}

TEST(TextBlocks, SentencePunctuation) {
  EXPECT_TRUE(ends_with_sentence_punctuation("It rained."));
  EXPECT_TRUE(ends_with_sentence_punctuation("\"Is it over?\""));
  EXPECT_TRUE(ends_with_sentence_punctuation("終わった。"));
  EXPECT_FALSE(ends_with_sentence_punctuation("Top Stories"));
  EXPECT_FALSE(ends_with_sentence_punctuation(""));
}

TEST(TextBlocks, FootnoteMarksAfterASentenceDoNotHideItsEnd) {
  EXPECT_TRUE(ends_with_sentence_punctuation("The bridge was finished in 1887.[2]"));
  EXPECT_TRUE(ends_with_sentence_punctuation("The ferry kept running until the war.[3][14]"));
  EXPECT_TRUE(ends_with_sentence_punctuation("\u201CTime is what we make of it.\u201D1"));
  EXPECT_TRUE(ends_with_sentence_punctuation("\"The pier will close.\"12"));
  // A number after a full stop is a version or a price; a bracket of words is no reference.
  EXPECT_FALSE(ends_with_sentence_punctuation("Harbour app 2.0"));
  EXPECT_FALSE(ends_with_sentence_punctuation("Ticket price: 4.50"));
  EXPECT_FALSE(ends_with_sentence_punctuation("Pier closed [update]"));
  EXPECT_FALSE(ends_with_sentence_punctuation("Notes [1]"));
}

TEST(TextBlocks, FeaturesOfABlock) {
  auto blocks = make_blocks({kProse1});
  compute_block_features(blocks, "en");
  EXPECT_EQ(blocks[0].word_count, 47u);
  EXPECT_TRUE(blocks[0].ends_sentence);
  EXPECT_GT(blocks[0].stopword_density, 0.4);
  EXPECT_EQ(blocks[0].boilerplate, BoilerplateKind::kNone);
}

TEST(TextBlocks, TheLineAfterABareCreditLabelIsTheCredit) {
  auto blocks = make_blocks({kProse1, "Photo:", "Harbour Trust archive", kProse2, "Credit:",
                             "The trust said the photograph was taken before the storm."});
  compute_block_features(blocks, "en");
  EXPECT_EQ(blocks[1].boilerplate, BoilerplateKind::kCredit);
  EXPECT_EQ(blocks[2].boilerplate, BoilerplateKind::kCredit);
  EXPECT_EQ(blocks[3].boilerplate, BoilerplateKind::kNone);  // prose after a credit is prose
  EXPECT_EQ(blocks[5].boilerplate, BoilerplateKind::kNone);  // a finished sentence is no credit value
}

TEST(TextBlocks, AReplyLinkShownTwiceMarksComments) {
  auto blocks = make_blocks({"Antwort", kProse1, "Reply", kProse2, "Reply \u2193", "Reply \u2193"});
  compute_block_features(blocks, "en");
  EXPECT_FALSE(blocks[0].comment_header);  // once on the page: a heading
  EXPECT_FALSE(blocks[2].comment_header);  // "Reply" alone differs from "Reply ↓"
  EXPECT_TRUE(blocks[4].comment_header);
  EXPECT_TRUE(blocks[5].comment_header);
  EXPECT_EQ(blocks[4].boilerplate, BoilerplateKind::kComments);
}

TEST(TextBlocks, CommentsBeginBelowTheFirstGoodBlock) {
  auto blocks = make_blocks({"Reply", "Reply", kProse1, kProse2, "Reply", "Reply"});
  for (auto& block : blocks) block.final_class = BlockClass::kBad;
  blocks[2].final_class = BlockClass::kGood;
  blocks[3].final_class = BlockClass::kGood;
  for (std::size_t i : {std::size_t{0}, std::size_t{1}, std::size_t{4}, std::size_t{5}}) blocks[i].comment_header = true;
  // The two headers above the article are chrome; the comments begin after it.
  EXPECT_EQ(comment_section_start(blocks), 4u);
  blocks[5].comment_header = false;
  EXPECT_EQ(comment_section_start(blocks), blocks.size());  // one header below: no section
}

TEST(TextBlocks, WidgetTokenRunsAreMarked) {
  auto blocks = make_blocks({"USA", kProse1, "XS", "SM", "MD", "LG", kProse2, "A A A"});
  compute_block_features(blocks, "en");
  EXPECT_FALSE(blocks[0].widget_token);  // a lone label is not a widget
  EXPECT_FALSE(blocks[1].widget_token);
  for (std::size_t i = 2; i < 6; ++i) EXPECT_TRUE(blocks[i].widget_token) << i;
  EXPECT_FALSE(blocks[6].widget_token);
  EXPECT_TRUE(blocks[7].widget_token);  // three tiny tokens on one line
}

TEST(TextBlocks, InitialClassesFollowLengthAndStopWords) {
  auto blocks = make_blocks({kProse1, "Weather", "Sports Politics Business Culture Science Technology Travel Health "
                                                 "Food Style Books Music Film Television Podcasts"});
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  EXPECT_EQ(blocks[0].initial_class, BlockClass::kGood);
  EXPECT_EQ(blocks[1].initial_class, BlockClass::kShort);
  EXPECT_EQ(blocks[2].initial_class, BlockClass::kBad);
}

TEST(TextBlocks, LinkDenseBlocksAreBad) {
  auto blocks = make_blocks({kProse1});
  blocks[0].link_density = 0.6;
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  EXPECT_EQ(blocks[0].final_class, BlockClass::kBad);
}

TEST(TextBlocks, ShortBlocksTakeTheirNeighboursClass) {
  auto blocks = make_blocks({"Home", "News", kProse1, "A new crossing", kProse2, "Share", "Weather"});
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  EXPECT_EQ(blocks[0].final_class, BlockClass::kBad);
  EXPECT_EQ(blocks[3].final_class, BlockClass::kGood);  // a subheading between two paragraphs
  EXPECT_EQ(blocks[5].final_class, BlockClass::kBad);
  EXPECT_EQ(blocks[6].final_class, BlockClass::kBad);
}

TEST(TextBlocks, LexiconHitIsOneSignalNotAVerdict) {
  // Short and furniture-like: bad. Long prose that mentions "share": still good.
  auto blocks = make_blocks({"Share this story", "Shareholders said they would share the costs of the new plant with "
                                                 "the town, which had asked for help with the roads and the school "
                                                 "that the project would need in the coming years, and with the "
                                                 "new bus service."});
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  EXPECT_EQ(blocks[0].initial_class, BlockClass::kBad);
  EXPECT_EQ(blocks[1].initial_class, BlockClass::kGood);
}

TEST(TextBlocks, DensestRunSkipsTextBeyondAMenu) {
  auto blocks = make_blocks({kProse1, kProse2, "Most popular", "Weather", "Sports", "Politics", "Culture", "Science",
                             "Travel", "Health", kProse1});
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  const auto run = densest_good_run(blocks);
  EXPECT_EQ(run.first, 0u);
  EXPECT_EQ(run.second, 2u);
}

TEST(TextBlocks, UnfinishedBlocksWeighLessInTheRun) {
  // Two finished paragraphs, a gap of menu lines, then three teasers cut off mid-sentence that
  // are longer together than the article.
  const char* teaser1 =
      "The mayor said that the new market hall would open in the spring and that the traders who had been moved to "
      "the car park during the works would be the first to be offered stalls in the";
  const char* teaser2 =
      "A family who have run the corner bakery for three generations say that they will close the shop at the end of "
      "the year because the rent on the building has doubled since the new owners took";
  const char* teaser3 =
      "Parents at the village school have started a petition against the plan to merge it with the school in the "
      "next town, which they say would mean a journey of more than an hour for the";
  auto blocks = make_blocks({kProse1, kProse2, "Home", "News", "Sport", "Weather", "Culture", "Travel", "Food",
                            "Books", teaser1, teaser2, teaser3});
  compute_block_features(blocks, "en");
  BlockConfig config;
  classify_blocks(blocks, config);
  ASSERT_EQ(blocks[10].final_class, BlockClass::kGood);
  ASSERT_FALSE(blocks[10].ends_sentence);
  config.unfinished_weight = 1.0;
  EXPECT_EQ(densest_good_run(blocks, config).first, 10u);
  config.unfinished_weight = 0.2;
  const auto run = densest_good_run(blocks, config);
  EXPECT_EQ(run.first, 0u);
  EXPECT_EQ(run.second, 2u);
}

TEST(TextBlocks, LinesOfALongGroupWeighLessInTheRun) {
  // Two paragraphs the copy set apart with blank lines, a menu, then three finished sentences
  // copied as one long group of single lines (a rail, a form's messages): longer together than
  // the article, but no paragraphs. (A line may show twice: no repeat rule runs here.)
  const char* line1 =
      "The mayor said that the new market hall would open in the spring and that the traders who had been moved to "
      "the car park would be the first to be offered stalls.";
  const char* line2 =
      "A family who have run the corner bakery for three generations say that they will close the shop at the end of "
      "the year because the rent on the building has doubled.";
  const char* line3 =
      "Parents at the village school have started a petition against the plan to merge it with the school in the "
      "next town, which they say would mean a long journey.";
  auto blocks = make_blocks({kProse1, kProse2, "Home", "News", "Sport", "Weather", "Culture", "Travel", "Food",
                             "Books", line1, line2, line3, line1, line2});
  compute_block_features(blocks, "en");
  BlockConfig config;
  classify_blocks(blocks, config);
  for (std::size_t i = 0; i < blocks.size(); ++i) blocks[i].group_size = i < 2 ? 1 : 13;
  ASSERT_EQ(blocks[10].final_class, BlockClass::kGood);
  EXPECT_EQ(densest_good_run(blocks, config).first, 10u);
  config.long_group_weight = 0.5;
  const auto run = densest_good_run(blocks, config);
  EXPECT_EQ(run.first, 0u);
  EXPECT_EQ(run.second, 2u);
  // Without a line layout (HTML blocks, group size 0) nothing changes.
  for (auto& block : blocks) block.group_size = 0;
  EXPECT_EQ(densest_good_run(blocks, config).first, 10u);
}

TEST(TextBlocks, AnInsetThatSplitsTheBodyDoesNotCutOffItsOpening) {
  // The article's first paragraph, a fact box of short lines, then three longer paragraphs: the
  // later part is the densest run, and the opening above the box is joined to it.
  const char* later =
      "Residents who use the bridge every day said they had expected the closure for months, but that nobody had "
      "told them how long the detour through the industrial estate would add to a journey into the town centre.";
  auto blocks = make_blocks({"Bridge closure", kProse1, "Fact box", "Built: 1894", "Length: 212 metres", "Spans: 5",
                             "Listed: Grade II", "Owner: county council", "Material: stone", "Rebuilt: 1951", "Traffic: 9,000 a day",
                             kProse2, later, kProse2});
  compute_block_features(blocks, "en");
  BlockConfig config;
  classify_blocks(blocks, config);
  ASSERT_EQ(blocks[1].final_class, BlockClass::kGood);
  // The box's lines as a page's furniture classifies them (here their prose neighbours lift them).
  for (std::size_t i = 2; i <= 10; ++i) blocks[i].final_class = BlockClass::kBad;
  const GoodRun densest = densest_good_run_within(blocks, 0, blocks.size(), config);
  ASSERT_EQ(densest.first, 11u);
  EXPECT_EQ(with_parts_above_inset(blocks, densest, config).first, 1u);
  // A part worth less than the share of the body (a sidebar's teaser is short next to it), or
  // beyond the reach, stays out.
  config.inset_part_share = 0.5;
  EXPECT_EQ(with_parts_above_inset(blocks, densest, config).first, 11u);
  config.inset_part_share = 0.2;
  config.inset_reach_lines = 5;
  EXPECT_EQ(with_parts_above_inset(blocks, densest, config).first, 11u);
}

TEST(TextBlocks, ASidebarTeaserAboveTheBodyIsNotJoined) {
  // One teaser of a "most read" list: good prose, but short next to the article.
  auto blocks = make_blocks({"Most read", "Fire crews were called to a barn near the ring road on Monday night, and the "
                             "owner said that none of his animals had been hurt.", "Home", "News", "Sport",
                             "Weather", "Culture", "Travel", kProse1, kProse2, kProse1, kProse2});
  compute_block_features(blocks, "en");
  BlockConfig config;
  classify_blocks(blocks, config);
  blocks[1].final_class = BlockClass::kGood;
  const GoodRun densest = densest_good_run_within(blocks, 0, blocks.size(), config);
  ASSERT_EQ(densest.first, 8u);
  EXPECT_EQ(with_parts_above_inset(blocks, densest, config).first, 8u);
}

TEST(TextBlocks, NoGoodBlocksGiveAnEmptyRun) {
  auto blocks = make_blocks({"Home", "News", "Sport"});
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  const auto run = densest_good_run(blocks);
  EXPECT_EQ(run.first, run.second);
}

TEST(TextBlocks, CalibrationLowersThresholdsForSparseLists) {
  std::vector<TextBlock> blocks(3);
  for (auto& b : blocks) {
    b.word_count = 30;
    b.stopword_density = 0.21;
  }
  const BlockConfig config = calibrated_config(blocks, BlockConfig{});
  // Median 0.21 is half the reference: the scale stops at its floor, 0.55.
  EXPECT_NEAR(config.stopwords_low, 0.30 * 0.55, 1e-9);
  EXPECT_NEAR(config.stopwords_high, 0.32 * 0.55, 1e-9);
}

}  // namespace briefcast

namespace briefcast {

TEST(TextBlocks, FirstMarkerInTheTailOfTheBody) {
  std::vector<TextBlock> blocks(5);
  for (auto& b : blocks) b.final_class = BlockClass::kGood;
  blocks[1].text = "marker";
  blocks[4].text = "marker";
  auto marks = [](const TextBlock& b) { return b.text == "marker"; };
  EXPECT_EQ(first_marker_in_tail(blocks, 0, 5, 2, marks), 4u);  // only the last two good blocks are read
  EXPECT_EQ(first_marker_in_tail(blocks, 0, 5, 9, marks), 1u);
  EXPECT_EQ(first_marker_in_tail(blocks, 0, 4, 2, marks), 4u);  // none in the tail: `last`
}

}  // namespace briefcast
