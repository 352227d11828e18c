#include "clean/text_link_lists.h"

#include <string>

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

constexpr std::size_t kLengthLow = 70;

std::vector<TextBlock> with_features(const std::string& text) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  return blocks;
}

const std::string kPara =
    "The ferry company said on Tuesday that the night crossing would run again from March, after a winter "
    "in which storms kept the boats in harbour for more than three weeks.";

}  // namespace

TEST(TextLinkLists, AColonLabelOverItsGroupOfTitlesIsALinkList) {
  const auto blocks = with_features(kPara + "\n\nSee also:\nHarbour wall to be raised\nNew timetable for the islands\n\n" + kPara);
  EXPECT_EQ(inline_link_lists(blocks, kLengthLow), (std::vector<bool>{false, true, true, true, false}));
}

TEST(TextLinkLists, AColonLabelOverSentencesIsTheArticlesList) {
  const auto blocks = with_features(kPara + "\n\nBring:\nWarm clothes for the deck.\nYour ticket and a passport.\n\n" + kPara);
  EXPECT_EQ(inline_link_lists(blocks, kLengthLow), std::vector<bool>(5, false));
}

TEST(TextLinkLists, ALongerLabelOrOneTitleIsNoLinkList) {
  // Three words before the colon introduce the text's own lines; a label over one title is no list.
  const auto longer = with_features("Read these three:\nHarbour wall to be raised\nNew timetable for the islands\n");
  EXPECT_EQ(inline_link_lists(longer, kLengthLow), std::vector<bool>(3, false));
  const auto single = with_features("More:\nHarbour wall to be raised\n");
  EXPECT_EQ(inline_link_lists(single, kLengthLow), std::vector<bool>(2, false));
}

TEST(TextLinkLists, ARelatedLabelMarksTheTitlesOfItsGroup) {
  const auto blocks = with_features(kPara + "\n\nRelated articles\nHarbour wall to be raised\n"
                                            "Why the old pier may close for good and what the council...\n\n" + kPara);
  std::vector<bool> list(blocks.size(), false);
  mark_related_link_groups(blocks, list);
  EXPECT_EQ(list, (std::vector<bool>{false, true, true, true, false}));
}

TEST(TextLinkLists, ARelatedLabelOverASentenceMarksNothing) {
  const auto blocks = with_features("Related articles\n" + kPara + "\n");
  std::vector<bool> list(blocks.size(), false);
  mark_related_link_groups(blocks, list);
  EXPECT_EQ(list, std::vector<bool>(2, false));
}

}  // namespace briefcast
