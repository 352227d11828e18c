#include "clean/text_pictures.h"

#include <string>

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

const std::string kPara1 =
    "The lighthouse on the northern cape was switched off on Friday night for the first time in ninety years, "
    "after the harbour trust said that modern beacons on the buoys had made it unnecessary for shipping.";
const std::string kPara2 =
    "Residents of the fishing village below it had campaigned for months to keep the light burning, and some of "
    "them gathered on the cliff path with lanterns to watch the beam go dark for the last time.";
const std::string kPara3 =
    "The trust has promised to keep the tower open to visitors in the summer and to restore the old lens room, "
    "which has been closed since a storm damaged its roof and windows three winters ago.";

std::vector<TextBlock> classified(const std::string& text) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  classify_blocks(blocks);
  return blocks;
}

}  // namespace

TEST(TextPictures, CountersHaveTwoNumbersAndFewWords) {
  EXPECT_TRUE(is_picture_counter("2/5"));
  EXPECT_TRUE(is_picture_counter("1 / 12"));
  EXPECT_TRUE(is_picture_counter("Image 3 of 10"));
  EXPECT_TRUE(is_picture_counter("Bild 3 von 10"));
  EXPECT_TRUE(is_picture_counter("Foto 1 de 8"));
  EXPECT_TRUE(is_picture_counter("Фото 2 из 6"));
}

TEST(TextPictures, FiguresAndLabelsAreNoCounters) {
  EXPECT_FALSE(is_picture_counter("48% (95 votes)"));
  EXPECT_FALSE(is_picture_counter("2.206"));
  EXPECT_FALSE(is_picture_counter("A380 of 10"));
  EXPECT_FALSE(is_picture_counter("9 of 10 readers agree"));
  EXPECT_FALSE(is_picture_counter("Chapter 3"));
  EXPECT_FALSE(is_picture_counter("The best 3 of the 10 harbours we visited this year"));
}

TEST(TextPictures, GalleryLinesBetweenParagraphsFormAStretch) {
  // Credit, the caption shown twice, a tiny control, the counter, and the next slide's heading.
  const std::string caption = "The tower at dusk seen from the harbour wall";
  const auto blocks = classified(kPara1 + "\n\n" + caption + "\n" + caption + "\nPhoto: Harbour Trust\nClose\n3 / 8\n"
                                 "Inside the old lens room\n\n" + kPara2 + "\n");
  const auto stretch = picture_stretches(blocks);
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(stretch, (std::vector<bool>{false, true, true, true, true, true, false, false}));
}

TEST(TextPictures, AGalleryOfTenPicturesIsOneStretch) {
  // Each picture: a tiny control, its counter and its captioned credit.
  std::string gallery;
  for (int n = 1; n <= 10; ++n) {
    gallery += "Enlarge\nImage " + std::to_string(n) + " of 10\nThe cape at dawn, seen from boat " + std::to_string(n) +
               " (Photo: Harbour Trust)\n";
  }
  const auto blocks = classified(kPara1 + "\n\n" + gallery + "\n" + kPara2 + "\n");
  const auto stretch = picture_stretches(blocks);
  ASSERT_EQ(blocks.size(), 32u);
  EXPECT_FALSE(stretch.front());
  EXPECT_FALSE(stretch.back());
  for (std::size_t i = 1; i + 1 < blocks.size(); ++i) EXPECT_TRUE(stretch[i]) << blocks[i].text;
}

TEST(TextPictures, RepeatedLinesWithoutCreditOrCounterAreNoPicture) {
  // Two teaser titles shown again in a second rail: no picture's mark among them.
  const auto blocks = classified(kPara1 + "\n\nFerry timetable changes\nNew harbour master named\nFerry timetable changes\n"
                                 "New harbour master named\n\n" + kPara2 + "\n");
  const auto stretch = picture_stretches(blocks);
  EXPECT_EQ(stretch, std::vector<bool>(blocks.size(), false));
}

TEST(TextPictures, RepeatedSentencesStayText) {
  // The question put to each guest is the text's, though the page shows it twice.
  const std::string question = "What made you start?";
  const auto blocks = classified(kPara1 + "\n\n" + question + "\n\n" + kPara2 + "\n\n1 / 2\nPhoto: Sam Lee\n" + question +
                                 "\n\n" + kPara3 + "\n");
  const auto stretch = picture_stretches(blocks);
  ASSERT_EQ(blocks.size(), 7u);
  EXPECT_FALSE(stretch[1]);
  EXPECT_TRUE(stretch[3]);
  EXPECT_TRUE(stretch[4]);
  EXPECT_FALSE(stretch[5]);
}

TEST(TextPictures, ALongRunWithoutMarkIsNoPicture) {
  // A credit, then a table of contents the page shows twice: more lines without a credit or a
  // counter than a picture has.
  const auto blocks = classified(kPara1 + "\n\nPhoto: Harbour Trust\nContents\nThe light\nThe village\nThe trust\nContents\n"
                                 "The light\nThe village\nThe trust\n\n" + kPara2 + "\n");
  const auto stretch = picture_stretches(blocks);
  EXPECT_EQ(stretch, std::vector<bool>(blocks.size(), false));
}

TEST(TextPictures, AnIntroductionOrATeaserEndsTheStretch) {
  // A line that introduces links (a colon) or a teaser cut short is no picture's heading.
  for (const std::string line : {"More from the harbour trust:", "Why the keepers left the cape and never..."}) {
    const auto blocks = classified(kPara1 + "\n\nPhoto: Harbour Trust\n2 / 4\n" + line + "\n\n" + kPara2 + "\n");
    EXPECT_EQ(picture_stretches(blocks), std::vector<bool>(blocks.size(), false)) << line;
  }
}

TEST(TextPictures, TheCleanerJoinsParagraphsAcrossAGallery) {
  const std::string caption = "Lanterns on the cliff path on the last night of the light";
  const std::string gallery = caption + "\n" + caption + "\nPhoto: Harbour Trust\nPhoto: Harbour Trust\nImage 1 of 1\n" +
                              "Close\n" + caption + "\nBack to gallery\n";
  const std::string page = "Home\nNews\nSport\n\nLighthouse goes dark after ninety years\n\n" + kPara1 + "\n\n" + kPara2 +
                           "\n\n" + gallery + "\n" + kPara3 + "\n\nMost read\nFerry timetable changes\nNew harbour master named\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kPara1, kPara2, kPara3}));
}

}  // namespace briefcast
