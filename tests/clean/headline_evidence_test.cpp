#include "clean/headline_evidence.h"

#include <algorithm>
#include <gtest/gtest.h>

#include "clean/text_blocks.h"
#include "clean/text_cleaner.h"
#include "clean/text_headline.h"

namespace briefcast {

namespace {

const std::string kBody =
    "The ferry to the island sailed again on Monday morning, ten years after the old boat was sold and the "
    "harbour wall was closed to traffic for repairs that took far longer than anyone had planned.\n\n"
    "Islanders said the crossing would bring visitors back to the shops and cafes on the quay, and the "
    "council said it would run the boat twice a day until the end of the summer at least.\n";

}  // namespace

TEST(HeadlineEvidence, ALineShownAgainRightAboveOrBelowIsShownTwiceInARow) {
  const std::vector<std::string> lower = {"menu", "ferry returns to the island", "ferry returns to the island", "weather"};
  EXPECT_FALSE(shown_twice_in_a_row(lower, 0));
  EXPECT_TRUE(shown_twice_in_a_row(lower, 1));
  EXPECT_TRUE(shown_twice_in_a_row(lower, 2));
  EXPECT_FALSE(shown_twice_in_a_row(lower, 3));
  EXPECT_FALSE(shown_twice_in_a_row(lower, 4));  // past the page
}

TEST(HeadlineEvidence, ALineRepeatedFarOffIsNotShownTwiceInARow) {
  // A menu shown at the top and at the foot of the page.
  const std::vector<std::string> lower = {"weather", "sport", "ferry returns to the island", "weather", "sport"};
  for (std::size_t i = 0; i < lower.size(); ++i) EXPECT_FALSE(shown_twice_in_a_row(lower, i)) << i;
  EXPECT_FALSE(shown_twice_in_a_row({"", ""}, 0));
}

TEST(HeadlineEvidence, TheTitleShownTwiceInARowOutranksATeaserRepeatedFarOff) {
  // Both lines stand above the text and are shown again on the page (the teaser in a rail under
  // it); only the title is shown twice in a row.
  std::vector<TextBlock> blocks = blocks_from_text(
      "Menu\nSearch\nFerry sails to the island again after ten years\n"
      "Ferry sails to the island again after ten years\nWeather\nHarbour cafes hope for a busy summer season\n"
      "Sport\n\n" + kBody + "\nMore stories\nHarbour cafes hope for a busy summer season\n");
  compute_block_features(blocks, "en");
  std::size_t body = 0;
  while (body < blocks.size() && blocks[body].word_count < 20) ++body;
  const auto candidates = score_headlines(blocks, body, "en");
  double title = 0.0;
  double teaser = 0.0;
  for (const auto& candidate : candidates) {
    if (blocks[candidate.index].text.rfind("Ferry", 0) == 0) {
      EXPECT_EQ(candidate.features.twice_in_a_row, 1.0);
      title = std::max(title, candidate.score);
    } else if (blocks[candidate.index].text.rfind("Harbour", 0) == 0) {
      EXPECT_EQ(candidate.features.twice_in_a_row, 0.0);
      teaser = candidate.score;
    }
  }
  EXPECT_GT(title, teaser);
  // Without this evidence the teaser, nearer the text, would be as likely.
  HeadlineConfig without;
  without.weights.twice_in_a_row = 0.0;
  const std::size_t pick = pick_headline(blocks, body, "en", without);
  EXPECT_EQ(blocks[pick].text.rfind("Harbour", 0), 0u);
}

}  // namespace briefcast
