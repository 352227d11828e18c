// A display resolution ("4K", "8K") said as a code of screens, never a sum of thousands.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DisplayResolutions, BeforeAPluralNounOfScreens) {
  EXPECT_EQ(normalize_text("Prices of 55-inch 8K screens fell."), "Prices of fifty five inch eight K screens fell.");
  EXPECT_EQ(normalize_text("The studio shot it on 6K cameras."), "The studio shot it on six K cameras.");
}

TEST(DisplayResolutions, SlashedPairIsBothKinds) {
  EXPECT_EQ(normalize_text("a line of 2K/4K projectors"), "a line of two K and four K projectors");
}

TEST(DisplayResolutions, MoneyAndRacesKeepTheirReadings) {
  EXPECT_EQ(normalize_text("She won a 5K race in June."), "She won a five K race in June.");
  EXPECT_EQ(normalize_text("He paid $3K for the TV."), "He paid three thousand dollars for the T.V.");
  EXPECT_EQ(normalize_text("About 8K runners took part.").find("eight K"), std::string::npos);
}

TEST(DisplayResolutions, CountsOnAScreenLineStayCounts) {
  EXPECT_EQ(normalize_text("The show drew 3K viewers to the TV studio.").find("three K"), std::string::npos);
  EXPECT_EQ(normalize_text("The film was shot in 6K, the director said."), "The film was shot in six K, the director said.");
  // Laptops, cells, sets and headsets are counted, not displays.
  EXPECT_EQ(normalize_text("The council bought 7K laptops.").find("seven K"), std::string::npos);
  EXPECT_EQ(normalize_text("The jail holds 2K cells and a TV room.").find("two K"), std::string::npos);
  EXPECT_EQ(normalize_text("Stores sold 8K sets on Boxing Day.").find("eight K"), std::string::npos);
  EXPECT_EQ(normalize_text("The firm shipped 5K headsets.").find("five K"), std::string::npos);
}

TEST(DisplayResolutions, ClauseEndOnlyAsAWidth) {
  // A sum or an audience at a clause's end on a screen line, or an odd figure after "in".
  EXPECT_EQ(normalize_text("She sold her old 8K TV for 2.5K.").find("two point five K"), std::string::npos);
  EXPECT_EQ(normalize_text("The stream's audience hit 3.4K, it said.").find("three point four K"), std::string::npos);
  EXPECT_EQ(normalize_text("Its film sales ended at 1.8K, the studio said.").find("one point eight K"), std::string::npos);
  EXPECT_EQ(normalize_text("The movie was filmed in 8K."), "The movie was filmed in eight K.");
}

// The display words are singular "screen" and the named displays; the plural "screens" is no cue
// of this rule (a film opening on so many screens counts cinemas), though the counts' own
// resolution check still reads "4K screens" as before.
TEST(DisplayResolutions, SingularScreenIsADisplayWord) {
  EXPECT_NE(normalize_text("The 8K screen costs less this year.").find("eight K"), std::string::npos);
  EXPECT_EQ(normalize_text("The chain now runs 12K screens in India.").find("twelve K"), std::string::npos);
}

}  // namespace briefcast
