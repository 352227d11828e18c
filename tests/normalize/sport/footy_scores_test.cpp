// Australian football scores: goals and behinds with a total that checks out.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(FootyScores, GoalsBehindsWithTheirTotal) {
  std::string said = normalize_text("Carlton 14.11 (95) beat Essendon 9.7 (61).");
  EXPECT_TRUE(has(said, "fourteen eleven (ninety five)")) << said;
  EXPECT_TRUE(has(said, "nine seven (sixty one)")) << said;
  EXPECT_FALSE(has(said, "point")) << said;
}

TEST(FootyScores, TotalThatDoesNotCheckIsADecimal) {
  EXPECT_TRUE(has(normalize_text("Inflation was 3.4 (2.9) per cent."), "three point four"));
  EXPECT_TRUE(has(normalize_text("The index rose 10.5 (11) points."), "ten point five"));
}

TEST(FootyScores, KickedInAQuarter) {
  EXPECT_TRUE(has(normalize_text("The Hawks kicked 6.3 after the break."), "kicked six three after"));
}

TEST(FootyScores, KickersTallyBeforePunctuation) {
  std::string said = normalize_text("Wingman Tom Baxter kicking 4.2, the Lions won easily.");
  EXPECT_TRUE(has(said, "kicking four two,")) << said;
  said = normalize_text("The veteran booted 7.3 in the wet.");
  EXPECT_TRUE(has(said, "booted seven three")) << said;
}

TEST(FootyScores, QuarterTalliesJoinedByTo) {
  std::string said = normalize_text("The Swans booted 6.2 to 0.4 in the third quarter.");
  EXPECT_TRUE(has(said, "six two to zero four")) << said;
  said = normalize_text("In the WAFL, Claremont led 8.5 to 7.9 at half-time.");
  EXPECT_TRUE(has(said, "eight five to seven nine")) << said;
}

TEST(FootyScores, DecimalsJoinedByToStayDecimals) {
  std::string said = normalize_text("Growth slowed from 2.4 to 1.8 in the third quarter.");
  EXPECT_TRUE(has(said, "two point four to one point eight")) << said;
  said = normalize_text("He kicked off the season at 3.5 per cent.");
  EXPECT_FALSE(has(said, "three five")) << said;
  said = normalize_text("The VFL said crowds grew from 2.2 to 2.6 in the year, in millions.");
  EXPECT_TRUE(has(said, "two point two to two point six")) << said;
  said = normalize_text("She booted 1.4 million spam accounts off the site.");
  EXPECT_TRUE(has(said, "one point four million")) << said;
  said = normalize_text("The index moved from 5.3 to 6.1 after the AGM.");
  EXPECT_TRUE(has(said, "five point three to six point one")) << said;
}

TEST(FootyScores, SidesStandingBeforeTwoPairsInALeagueLine) {
  std::string said = normalize_text("In the VFL, Werribee trailing 2.6 to 4.1 at the long break.");
  EXPECT_TRUE(has(said, "two six to four one")) << said;
}

TEST(FootyScores, SumsInALeagueLineStayDecimals) {
  // A change, a rate or a sum beside the league's name is no score.
  std::string said = normalize_text("AFLW memberships climbed 2.7 to 3.3 million, the league said.");
  EXPECT_TRUE(has(said, "two point seven to three point three million")) << said;
  said = normalize_text("The VFL said head knocks went 3.3 to 3.9 a round.");
  EXPECT_TRUE(has(said, "three point three to three point nine")) << said;
  said = normalize_text("Footy ticket prices jumped 6.2 to 8.4 on average this year.");
  EXPECT_TRUE(has(said, "six point two to eight point four")) << said;
  said = normalize_text("VFL clubs lost 1.3 to 1.6 on average in the bad years.");
  EXPECT_TRUE(has(said, "one point three to one point six")) << said;
  said = normalize_text("Petrol rose 3.2 to 3.75 per cent, hurting SANFL clubs.");
  EXPECT_TRUE(has(said, "three point two to three point seven five")) << said;
}

TEST(FootyScores, BootsIsAlsoANoun) {
  std::string said = normalize_text("Adidas said its Predator boots 3.0 go on sale in May.");
  EXPECT_TRUE(has(said, "three point")) << said;
  said = normalize_text("In the WAFL, spearhead Jed Mills boots 4.1 as Swan Districts win.");
  EXPECT_TRUE(has(said, "boots four one")) << said;
}

TEST(FootyScores, TwoFigureBehindsNeedTheirCue) {
  // A season's tally after "kicked" may have two figures of behinds; a bare pair may not.
  EXPECT_TRUE(has(normalize_text("The spearhead kicked 58.27 for the year."), "fifty eight twenty seven"));
  std::string said = normalize_text("In the AFL, Carlton led 4.12 to 3.5 at the half.");
  EXPECT_FALSE(has(said, "four twelve")) << said;
}

}  // namespace briefcast
