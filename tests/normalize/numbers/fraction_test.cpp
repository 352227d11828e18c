// Fractions, mixed numbers, and the figures written with a slash that are no fraction.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Fraction, SeasonOfTwoFullYears) {
  // Joined by "to", as "2023-24" is: run together the two years sounded like one figure.
  EXPECT_EQ(normalize_text("the 2023/2024 season"), "the twenty twenty three to twenty twenty four season");
  EXPECT_EQ(normalize_text("in 1899/1900"), "in eighteen ninety nine to nineteen hundred");
  // A figure under a year stays a fraction.
  EXPECT_EQ(normalize_text("1/2000"), "one two thousandth");
}

}  // namespace briefcast

namespace briefcast {

TEST(Fraction, NineElevenNamesTheAttacks) {
  EXPECT_EQ(normalize_text("after 9/11, airports"), "after nine eleven, airports");
  // With its year it is a date.
  EXPECT_EQ(normalize_text("on 9/11/2001"), "on September eleventh two thousand one");
}

TEST(Fraction, LargerTopOverAnUncommonBottomIsAPairOfReadings) {
  EXPECT_EQ(normalize_text("a reading of 135/85 today"), "a reading of one hundred thirty five over eighty five today");
  // Proper fractions and common bottoms stay fractions.
  EXPECT_EQ(normalize_text("3/8 of it"), "three eighths of it");
  EXPECT_EQ(normalize_text("7/4 of the dose"), "seven quarters of the dose");
}

}  // namespace briefcast

namespace briefcast {

TEST(Fraction, HyphenedToTheWordItMeasures) {
  EXPECT_EQ(normalize_text("a 1/2-mile loop"), "a half-mile loop");
  EXPECT_EQ(normalize_text("a 5/8-in bolt"), "a five-eighths-inch bolt");
  EXPECT_EQ(normalize_text("a 3/4-length sleeve"), "a three-quarter-length sleeve");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Fraction, MixedNumbersWithAHyphen) {
  EXPECT_EQ(say("a 2-1/2 hour wait"), "a two and a half hour wait");
  EXPECT_EQ(say("3-3/4 miles"), "three and three quarters miles");
  EXPECT_EQ(say("4 1/4"), "four and a quarter");
}

}  // namespace briefcast

namespace briefcast {

TEST(Fraction, HalfGlyphBeforeAnArticle) {
  EXPECT_EQ(normalize_text("wait ½ an hour"), "wait half an hour");
}

TEST(Fraction, SplitOfAWholeInTwoParts) {
  EXPECT_EQ(normalize_text("a 70/30 split"), "a seventy thirty split");
  EXPECT_EQ(normalize_text("a 45/55 divide"), "a forty five fifty five divide");
  EXPECT_EQ(normalize_text("has 20/20 vision"), "has twenty twenty vision");
}

TEST(Fraction, ASpanOfTwoYearsBeforeASeasonIsNoFraction) {
  EXPECT_EQ(normalize_text("since the 08/09 season ended"), "since the oh eight oh nine season ended");
  EXPECT_EQ(normalize_text("the 13/14 Serie A campaign"), "the thirteen fourteen Serie A campaign");
  EXPECT_EQ(normalize_text("for the 99/00 school year"), "for the ninety nine oh oh school year");
  // Figures that are not consecutive, or no season after them, stay a fraction.
  EXPECT_EQ(normalize_text("the 13/16 season"), "the thirteen sixteenths season");
  EXPECT_EQ(normalize_text("about 15/16 of an inch"), "about fifteen sixteenths of an inch");
}

TEST(Fraction, HyphenedToTheWordItMeasuresIsOneAdjective) {
  EXPECT_EQ(normalize_text("the 1/4-mile oval"), "the quarter-mile oval");
  EXPECT_EQ(normalize_text("fit a 3/4-inch hose"), "fit a three-quarter-inch hose");
  EXPECT_EQ(normalize_text("a 3/8-inch bit"), "a three-eighths-inch bit");
}

}  // namespace briefcast

namespace briefcast {

TEST(Fraction, PluralOrdinalSuffixIsDropped) {
  EXPECT_EQ(normalize_text("nearly 2/3rds of members"), "nearly two thirds of members");
  EXPECT_EQ(normalize_text("some 3/4ths of the land"), "some three quarters of the land");
}

TEST(FractionAdjectives, HalfAndQuarterBeforeANoun) {
  EXPECT_EQ(normalize_text("She won the 1/4 mile race."), "She won the quarter mile race.");
  EXPECT_EQ(normalize_text("Melt a 1/2 stick of butter."), "Melt a half stick of butter.");
  EXPECT_EQ(normalize_text("at the 3/4 point of the race"), "at the three quarter point of the race");
}

TEST(FractionAdjectives, SharesKeepTheirReading) {
  EXPECT_EQ(normalize_text("the 1/4 of members who voted"), "the one quarter of members who voted");
  EXPECT_EQ(normalize_text("3/4 of the board"), "three quarters of the board");
  EXPECT_EQ(normalize_text("add 1/2 cup"), "add half a cup");
}

// In a line of a rating a mark out of ten or a hundred is said "out of".
TEST(Fraction, MarksOutOfTenOrAHundred) {
  EXPECT_EQ(normalize_text("Critics gave the album 8/10."), "Critics gave the album eight out of ten.");
  EXPECT_EQ(normalize_text("it scored 88/100 in the test"), "it scored eighty eight out of one hundred in the test");
  EXPECT_EQ(normalize_text("One critic gave it 1/10."), "One critic gave it one out of ten.");
  // A share of something stays a fraction.
  EXPECT_EQ(normalize_text("the review found 3/10 of the funds unspent"),
            "the review found three tenths of the funds unspent");
}

TEST(Fraction, LargeTopIsAPairOfReadings) {
  EXPECT_EQ(normalize_text("The ratio was 500/100 at the end."), "The ratio was five hundred over one hundred at the end.");
  // Before a data rate the pair is a line's speeds, down and up.
  EXPECT_EQ(normalize_text("The plan gives 500/100 Mbps for £40."),
            "The plan gives five hundred megabits per second down and one hundred up for forty pounds.");
}

// A bottom past sixteen that no fraction is written over makes the slashed figures a pair,
// said "over"; a usual bottom keeps the fraction.
TEST(Fraction, UnusualBottomIsAPair) {
  EXPECT_EQ(normalize_text("He dives with settings of 40/75 now."), "He dives with settings of forty over seventy five now.");
  EXPECT_EQ(normalize_text("They agreed a 300/700 share."), "They agreed a three hundred over seven hundred share.");
  EXPECT_EQ(normalize_text("It fell 3/16 of an inch."), "It fell three sixteenths of an inch.");
  EXPECT_EQ(normalize_text("about 1/60 of the total"), "about one sixtieth of the total");
  // Over a year, the number within it: "report 12/2024" is "twelve of twenty twenty four".
  EXPECT_EQ(normalize_text("See circular 12/2024 for details."), "See circular twelve of twenty twenty four for details.");
}

TEST(Fraction, AShooterScoresOutOfARoundTotal) {
  EXPECT_EQ(normalize_text("She hit 47/50 clays on the second day."),
            "She hit forty seven out of fifty clays on the second day.");
  EXPECT_EQ(normalize_text("He finished on 287/300 at the skeet club."),
            "He finished on two hundred eighty seven out of three hundred at the skeet club.");
  // A camera's or a gun's shot is no round of clays.
  EXPECT_EQ(normalize_text("We shot the bird at 1/100 from the hide."), "We shot the bird at one one hundredth from the hide.");
  // No shooting or rating word: a fraction still.
  EXPECT_EQ(normalize_text("Only 47/50 of the seats were sold.").find("out of"), std::string::npos);
}

TEST(Fraction, AShortenedSecondYearIsSaidAsAYear) {
  EXPECT_EQ(normalize_text("the 2007/08 crisis"), "the two thousand seven to oh eight crisis");
  EXPECT_EQ(normalize_text("the 2018/19 accounts"), "the twenty eighteen to nineteen accounts");
}

TEST(Fraction, RatePerPowerOfTen) {
  EXPECT_EQ(normalize_text("an incidence of 4.6/100,000 each year"), "an incidence of four point six per hundred thousand each year");
  EXPECT_EQ(normalize_text("a rate of 12/1,000 births"), "a rate of twelve per thousand births");
  // An ungrouped denominator stays a fraction or a shutter speed.
  EXPECT_NE(normalize_text("at 1/1000 sec"), "at one per thousand sec");
}

}  // namespace briefcast

namespace briefcast {

TEST(Fraction, SpacedSlashUnderALargerTopIsNoFraction) {
  // A spaced slash over a smaller figure sets two figures side by side; "sevenths" was heard.
  EXPECT_EQ(normalize_text("The pharmacy is open 24 / 7 now."), "The pharmacy is open twenty four slash seven now.");
  EXPECT_EQ(normalize_text("Rates fell 9 / 2 on the day."), "Rates fell nine slash two on the day.");
  // A proper fraction with spaces stays a fraction.
  EXPECT_EQ(normalize_text("about 3 / 4 of the vote"), "about three quarters of the vote");
}

}  // namespace briefcast
