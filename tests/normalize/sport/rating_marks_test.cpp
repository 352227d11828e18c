// Ratings and tallies out of a total, star ratings before a noun, rows of star glyphs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RatingMarks, AMarkAfterAWordThatRatesIsOutOfItsTotal) {
  EXPECT_EQ(normalize_text("Critics gave the sequel 7/10."), "Critics gave the sequel seven out of ten.");
  EXPECT_EQ(normalize_text("The verdict: 4/5"), "The verdict: four out of five");
  EXPECT_EQ(normalize_text("she converted 12/14 from the spot"), "she converted twelve out of fourteen from the spot");
  EXPECT_EQ(normalize_text("a 6/10 at best"), "a six out of ten at best");
  EXPECT_EQ(normalize_text("it earned 91/100 points"), "it earned ninety one out of one hundred points");
}

TEST(RatingMarks, AChessScoreWithItsHalfPoint) {
  EXPECT_EQ(normalize_text("she finished on 7½/11"), "she finished on seven and a half out of eleven");
}

TEST(RatingMarks, FractionsThatAreSharesStayFractions) {
  EXPECT_EQ(normalize_text("a 3/4 majority").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("got 2/3 of the vote").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("a 3/8 drill bit").find("out of"), std::string::npos);
}

TEST(RatingMarks, StarRatingBeforeItsNoun) {
  EXPECT_EQ(normalize_text("a 4* guest house"), "a four-star guest house");
  EXPECT_EQ(normalize_text("rated it ★★★☆☆ overall"), "rated it three out of five stars overall");
  EXPECT_EQ(normalize_text("★★★★★ from the Times"), "five stars from the Times");
}

}  // namespace briefcast

namespace briefcast {

TEST(RatingMarks, AMarkEqualToItsTotalOrATallyInBrackets) {
  EXPECT_EQ(normalize_text("Fire risk is at level 5/5 today."), "Fire risk is at level five out of five today.");
  EXPECT_EQ(normalize_text("She converted 63% (19/30) of her chances."),
            "She converted sixty three percent (nineteen out of thirty) of her chances.");
  // A bar of music keeps its signature; a share stays a fraction.
  EXPECT_EQ(normalize_text("written in 3/3 time").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("about 2/3 of members").find("out of"), std::string::npos);
}

TEST(RatingMarks, TallyOutOfALargeTotal) {
  // A tally out of more than a hundred, after a word of scoring.
  EXPECT_EQ(normalize_text("The rifle team shot 571/600 at Bisley."),
            "The rifle team shot five hundred seventy one out of six hundred at Bisley.");
  // A shutter speed after "shot" stays one.
  EXPECT_EQ(normalize_text("She shot 1/500 at f/4.").find("out of"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(RatingMarks, ADecimalRatingWithASpacedSlashIsOutOfItsTotal) {
  EXPECT_EQ(normalize_text("Guests rate the hotel 4.3 / 5 on average."), "Guests rate the hotel four point three out of five on average.");
  EXPECT_EQ(normalize_text("Score: 7.5 / 10"), "Score: seven point five out of ten");
  // A whole figure, a figure above the total, or another total stays as before.
  EXPECT_EQ(normalize_text("Score: 6.5 / 4"), "Score: six point five slash four");
}

TEST(RatingMarks, AStarGlyphAfterAFigure) {
  EXPECT_EQ(normalize_text("The 4\u2605 resort is full."), "The four-star resort is full.");
  EXPECT_EQ(normalize_text("The 4\u2605 Resort Belmar is full."), "The four-star Resort Belmar is full.");
}

TEST(RatingMarks, DecimalStarGlyphIsStars) {
  EXPECT_EQ(normalize_text("The cafe is rated 3.8\u2605 by diners."), "The cafe is rated three point eight stars by diners.");
  // A plain decimal keeps no star.
  EXPECT_EQ(normalize_text("The cafe is rated 3.8 by diners.").find("stars"), std::string::npos);
}

TEST(RatingMarks, ADecimalMarkOutOfARoundTotal) {
  EXPECT_EQ(normalize_text("The stout earned 91.25/100 from the panel."), "The stout earned ninety one point two five out of one hundred from the panel.");
  // Out of a total that is not round, or with no word of rating, the figures are left to others.
  EXPECT_EQ(normalize_text("The stout earned 91.25/97 from the panel.").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("Divide 91.25/100 by two.").find("out of"), std::string::npos);
}

}  // namespace briefcast
