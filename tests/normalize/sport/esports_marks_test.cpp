// Shorthand of competitive video games.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(EsportsMarks, GoldPerMinuteAmongGameWords) {
  EXPECT_EQ(normalize_text("The jungler averaged 455 GPM on the patch."),
            "The jungler averaged four hundred fifty five gold per minute on the patch.");
  // A pump's rate stays gallons.
  EXPECT_EQ(normalize_text("The pump moves 455 GPM of water."), "The pump moves four hundred fifty five gallons per minute of water.");
}

TEST(EsportsMarks, BestOfSeries) {
  EXPECT_EQ(normalize_text("Quarterfinal matches are Bo3 and the final is BO5."),
            "Quarterfinal matches are best of three and the final is best of five.");
  // Not a series: a name with a figure.
  EXPECT_EQ(normalize_text("She met Bo3 at the cafe.").find("best of"), std::string::npos);
}

TEST(EsportsMarks, FramesBeforeFightingWords) {
  EXPECT_EQ(normalize_text("His 7f jab is safe on-block."), "His seven-frame jab is safe on-block.");
  EXPECT_EQ(normalize_text("Room 4f was booked."), normalize_text("Room 4f was booked."));
  EXPECT_NE(normalize_text("Room 4f was booked."), "Room four-frame was booked.");
}

TEST(EsportsMarks, AwperSaidAsWord) {
  EXPECT_EQ(normalize_text("The team signed a new AWPer."), "The team signed a new Awper.");
}

}  // namespace briefcast
