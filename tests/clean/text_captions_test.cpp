#include "clean/text_captions.h"

#include <string>

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

const std::string kPara1 =
    "The old mill on the river was bought by the town on Tuesday, after ten years in which it stood empty and "
    "its roof let in the rain, and the council wants to open it to visitors next summer.";
const std::string kPara2 =
    "Builders will first repair the wheel and the sluice gates, which were damaged in the floods of the last "
    "winter, before the floors are made safe enough for school classes to walk through the rooms.";
const std::string kPara3 =
    "A group of volunteers has offered to run a small museum on the ground floor, with the tools the last miller "
    "left behind when the mill closed its doors more than forty years ago.";
const std::string kCaption = "The mill wheel under repair in the spring, seen from the footbridge.";

std::vector<TextBlock> featured(const std::string& text) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  return blocks;
}

}  // namespace

TEST(TextCaptions, ACaptionOverItsCreditInTheBodyIsLeftOut) {
  const std::string page = "Home\n\nTown buys the old mill\n\n" + kPara1 + "\n\n" + kCaption + "\nPhoto: Jane Roe\n\n" + kPara2 +
                           "\n\n" + kPara3 + "\n\nMost read\nBridge closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

TEST(TextCaptions, MarksTheLineAboveAndAShortLineUnderACredit) {
  const auto blocks = featured(kPara1 + "\n\n" + kCaption + "\nPhoto: Jane Roe\n\n" + kPara2 + "\n\nPhoto: Jane Roe\n" +
                               kCaption + "\n\n" + kPara3);
  std::vector<bool> left_out(blocks.size(), false);
  mark_captions_beside_credits(blocks, 0, blocks.size(), left_out);
  EXPECT_EQ(left_out, (std::vector<bool>{false, true, false, false, false, true, false}));
}

TEST(TextCaptions, KeepsAParagraphUnderTheCreditOfThePictureAboveIt) {
  // A paragraph glued to the credit line under it is longer than a caption.
  const auto blocks = featured(kPara1 + "\n\nPhoto: Town Archive\n" + kPara2 + "\n\n" + kPara3);
  std::vector<bool> left_out(blocks.size(), false);
  mark_captions_beside_credits(blocks, 0, blocks.size(), left_out);
  EXPECT_EQ(left_out, std::vector<bool>(blocks.size(), false));
}

TEST(TextCaptions, KeepsLinesApartFromTheCreditOrInALongGroup) {
  // A paragraph of its own over a credit, and a list's line over a credit in a long group.
  const auto blocks = featured(kPara1 + "\n\nPhoto: Jane Roe\n\n" + kPara2 + "\n\nOne\nTwo\nThree\nFour\nPhoto: Jane Roe");
  std::vector<bool> left_out(blocks.size(), false);
  mark_captions_beside_credits(blocks, 0, blocks.size(), left_out);
  EXPECT_EQ(left_out, std::vector<bool>(blocks.size(), false));
}

}  // namespace briefcast
