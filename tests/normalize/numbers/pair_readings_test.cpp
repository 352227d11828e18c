// Slashed pairs that their noun reads figure by figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PairReadings, AcuityGasesChainringsAndSignalReports) {
  EXPECT_EQ(normalize_text("Pilots need 6/9 vision or better."), "Pilots need six nine vision or better.");
  EXPECT_EQ(normalize_text("His eyesight fell to 20/200 after the crash."),
            "His eyesight fell to twenty two hundred after the crash.");
  EXPECT_EQ(normalize_text("They breathed trimix 15/55 on the descent."),
            "They breathed trimix fifteen fifty five on the descent.");
  EXPECT_EQ(normalize_text("Fit 46/30 chainrings for hills."), "Fit forty six thirty chainrings for hills.");
  EXPECT_EQ(normalize_text("The signals from Japan were 5/7 by morning."),
            "The signals from Japan were five seven by morning.");
  // A share without those words stays a fraction.
  EXPECT_EQ(normalize_text("About 2/3 of riders agreed."), "About two thirds of riders agreed.");
}

TEST(PairReadings, ChartLinesOfAnEyeTestFarFromTheirCue) {
  EXPECT_EQ(normalize_text("The optician put her VA at 6/18, then at 6/12 and at last 6/6 with new lenses."),
            "The optician put her V.A at six eighteen, then at six twelve and at last six six with new lenses.");
  EXPECT_EQ(normalize_text("Visual checks found 20/40 in one eye, then 20/25 after surgery."),
            "Visual checks found twenty forty in one eye, then twenty twenty five after surgery.");
  // Not a chart's line, or no eye test near: a share, a score or a date.
  EXPECT_EQ(normalize_text("The optician said 2/3 of her patients were late.").find("two three"), std::string::npos);
  EXPECT_EQ(normalize_text("The optician sees patients on 6/7 and 6/10 this summer.").find("six ten this"), std::string::npos);
  EXPECT_EQ(normalize_text("The team won 6/6 of their home games this spring."),
            "The team won six sixths of their home games this spring.");
}

TEST(PairReadings, SieveGradesOfSand) {
  EXPECT_EQ(normalize_text("The well took 30/50 frac sand."), "The well took thirty fifty frac sand.");
  // A size in inches and a share stay as they were.
  EXPECT_EQ(normalize_text("Lay 3/4 gravel first.").find("three four"), std::string::npos);
}

TEST(PairReadings, SeedingBands) {
  EXPECT_EQ(normalize_text("She knocked out the 9/16 seed in three sets."),
            "She knocked out the nine-sixteen seed in three sets.");
  EXPECT_EQ(normalize_text("He was seeded 3/4 for the final stage."), "He was seeded three-four for the final stage.");
  // No band of seeds: a share, or a pair that is not one past a power of two to the next.
  EXPECT_EQ(normalize_text("About 2/3 of the seeds sprouted."), "About two thirds of the seeds sprouted.");
  EXPECT_EQ(normalize_text("Add 1/2 seed mix to the pot.").find("one-two"), std::string::npos);
}

TEST(PairReadings, ChainsetTeeth) {
  EXPECT_EQ(normalize_text("It comes with a 48/35T chainset."),
            "It comes with a forty eight thirty five tooth chainset.");
  // Without a word of chainrings the letter is no tooth count.
  EXPECT_EQ(normalize_text("The 48/35T model sold out.").find("tooth"), std::string::npos);
}

}  // namespace briefcast
