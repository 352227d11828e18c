// A print job's inks per side, front over back, beside an ink's word or in a printing line.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PrintInks, BesideAWordOfInks) {
  EXPECT_EQ(normalize_text("The flyers run 4/0 colour on gloss."), "The flyers run four over zero colour on gloss.");
  EXPECT_EQ(normalize_text("Cards were printed 1/1 in black."), "Cards were printed one over one in black.");
  EXPECT_EQ(normalize_text("Menus go out 2/2 Pantone each week."), "Menus go out two over two Pantone each week.");
  EXPECT_EQ(normalize_text("The plant added a 4/4 press last year."), "The plant added a four over four press last year.");
}

TEST(PrintInks, InALineAboutPresses) {
  EXPECT_EQ(normalize_text("The new press runs a 5/5 setup for brochures."),
            "The new press runs a five over five setup for brochures.");
  EXPECT_EQ(normalize_text("Its sheetfed line handles a 6/4 configuration for catalogue covers."),
            "Its sheetfed line handles a six over four configuration for catalogue covers.");
}

TEST(PrintInks, OtherSlashesKeepTheirReadings) {
  // Away from printing, a time signature or a date.
  EXPECT_EQ(normalize_text("The song is in 3/2 time.").find(" over "), std::string::npos);
  EXPECT_EQ(normalize_text("The final is on 4/4 this year.").find(" over "), std::string::npos);
  // A back with more inks than the front is no ink pair without an ink's word beside it.
  EXPECT_EQ(normalize_text("The printer sold 2/5 of its presses.").find("two over five"), std::string::npos);
  // A press release is no press.
  EXPECT_EQ(normalize_text("The board voted 3/2 to approve it, the firm said in a press release.").find(" over "),
            std::string::npos);
  // Figures past six are no inks.
  EXPECT_EQ(normalize_text("The leaflets were 8/8 colour.").find("eight over eight"), std::string::npos);
}

}  // namespace briefcast
