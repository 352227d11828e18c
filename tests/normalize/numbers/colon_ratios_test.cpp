// Scales, falls and mixtures written with a colon.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ColonRatios, InventedSentences) {
  EXPECT_EQ(normalize_text("A 1:12 scale dolls' house sold for a record sum."),
            "A one to twelve scale dolls' house sold for a record sum.");
  EXPECT_EQ(normalize_text("Drains should be laid at 1:60 to carry waste away, the inspector said."),
            "Drains should be laid at one in sixty to carry waste away, the inspector said.");
  EXPECT_EQ(normalize_text("Dilute the concentrate 1:10 with cold water before spraying."),
            "Dilute the concentrate one to ten with cold water before spraying.");
  // A scale or ratio named near a bracketed "1:" with a point is a ratio, never a clock.
  EXPECT_EQ(normalize_text("The O scale (1:43.5) vans sold out."),
            "The O scale (one to forty three point five) vans sold out.");
  EXPECT_EQ(normalize_text("a gear ratio of 1:3.6 at the rear"), "a gear ratio of one to three point six at the rear");
  // No such word: a time stays a time.
  EXPECT_EQ(normalize_text("He won in 1:43.5 on Sunday.").find("one to"), std::string::npos);
}

TEST(ColonRatios, ASecondRatioComparedWithTheFirst) {
  EXPECT_EQ(normalize_text("The new gearbox has a final ratio of 1:3.9, against 1:4.1 before."),
            "The new gearbox has a final ratio of one to three point nine, against one to four point one before.");
  // A time after the ratio's sentence has moved on stays a time.
  EXPECT_EQ(normalize_text("The ratio of 1:3.9 held; rivals then finished in 1:43.5 and 1:44.2.").find("one to four"),
            std::string::npos);
}

TEST(ColonRatios, AClockAfterARatioStaysAClock) {
  // A preposition of the hour or "pm" makes the figures after a ratio a time of day.
  EXPECT_EQ(normalize_text("The staff ratio was 1:6 and at 1:45 the doors shut."),
            "The staff ratio was one to six and at one forty five the doors shut.");
  EXPECT_EQ(normalize_text("A 1:76 scale layout opens, 1:30 pm start.").find("one to thirty"), std::string::npos);
}

TEST(ColonRatios, SlashBeforeRatioIsTo) {
  EXPECT_EQ(normalize_text("The price/earnings ratio fell to 12."), "The price to earnings ratio fell to twelve.");
  EXPECT_EQ(normalize_text("Her win/loss ratio improved this term."), "Her win to loss ratio improved this term.");
  // Two capitals are an initialism; with no "ratio" the slash keeps its other readings (a pair
  // before a noun names one thing, so it is said without "to").
  EXPECT_EQ(normalize_text("The P/E ratio looks high."), "The P.E ratio looks high.");
  EXPECT_EQ(normalize_text("Pupils picked red/blue pens."), "Pupils picked red blue pens.");
}

TEST(ColonRatios, GroupedFigureIsARate) {
  EXPECT_EQ(normalize_text("Infections fell from 1:4,000 to 1:25,000 patients."),
            "Infections fell from one in four thousand to one in twenty five thousand patients.");
  // Elsewhere it is a map's scale, one to so many.
  EXPECT_EQ(normalize_text("Walkers carry a 1:25,000 sheet."), "Walkers carry a one to twenty five thousand sheet.");
  // A clock stays a clock.
  EXPECT_EQ(normalize_text("We met at 1:25 today.").find(" in "), std::string::npos);
}

// A ratio named in its clause is no gradient, though a verb of falling stands beside it.
TEST(ColonRatios, RatioThatFellIsNoGradient) {
  EXPECT_EQ(normalize_text("Pupil-teacher ratios in the district fell to 1:7 this year."),
            "Pupil-teacher ratios in the district fell to one to seven this year.");
  EXPECT_EQ(normalize_text("The path has a fall of 1:20 to the drain."), "The path has a fall of one in twenty to the drain.");
}

}  // namespace briefcast

namespace briefcast {

TEST(WideRatios, AFirstTermGroupedInThousandsOrARangeIsStillARatio) {
  EXPECT_EQ(normalize_text("a 2,000,000:1 contrast ratio"), "a two million to one contrast ratio");
  EXPECT_EQ(normalize_text("odds of 5,000:1 against"), "odds of five thousand to one against");
  EXPECT_EQ(normalize_text("a 0.8–1.1:1 throw ratio"), "a zero point eight to one point one to one throw ratio");
  EXPECT_EQ(normalize_text("at 3-4:1 in the mix"), "at three to four to one in the mix");
}

TEST(WideRatios, ClocksAndVersesAreNoWideRatio) {
  EXPECT_EQ(normalize_text("the 1–2:30 slot").find("to one"), std::string::npos);
  EXPECT_EQ(normalize_text("from 9:15 to 10:45"), "from nine fifteen to ten forty five");
}

// A leading zero before a thousands group makes no grouped figure: the line passes through whole.
TEST(WideRatios, ALeadingZeroBeforeAGroupIsNoRatioAndNoCrash) {
  EXPECT_EQ(normalize_text("The sample was 0,250:1 by volume."), "The sample was 0,250:1 by volume.");
  EXPECT_EQ(normalize_text("Odds stood at 00,400:1 overnight.\nThe race starts at noon."),
            "Odds stood at 00,400:1 overnight. The race starts at noon.");
}

// Once a line names a ratio, a later "1:NN" with no word of the clock is one to NN too.
TEST(ColonRatios, RatioNamedOnTheLine) {
  EXPECT_EQ(normalize_text("Pupil-to-teacher ratios hit 1:35 in some classes, against a target of 1:28."),
            "Pupil-to-teacher ratios hit one to thirty five in some classes, against a target of one to twenty eight.");
  EXPECT_EQ(normalize_text("The ratio was agreed, and the hearing opens at 1:15 today."),
            "The ratio was agreed, and the hearing opens at one fifteen today.");
  EXPECT_EQ(normalize_text("Ratios were set; the bout ended 1:40 later."), "Ratios were set; the bout ended one forty later.");
  // A verse after its book's name is no ratio, though the line has one.
  EXPECT_EQ(normalize_text("A ratio of 1:4 was cited, and the sermon took John 1:14 as its text.").find("one to fourteen"),
            std::string::npos);
}

}  // namespace briefcast
