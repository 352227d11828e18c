// A count of things of one size ("3 x 500ml bottles").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CountedSizes, InventedSentences) {
  EXPECT_EQ(normalize_text("The hamper has 4 x 250g jars of jam."),
            "The hamper has four two-hundred-fifty-gram jars of jam.");
  // Before no plural noun it stays a dimension or a relay.
  EXPECT_EQ(normalize_text("She anchored the 4 x 400m relay."), "She anchored the four-by-four-hundred-meter relay.");
}

TEST(CountedSizes, UnitApartFromItsFigure) {
  EXPECT_EQ(normalize_text("The squad ran 8 x 200 m reps on Tuesday."),
            "The squad ran eight two-hundred-meter reps on Tuesday.");
  EXPECT_EQ(normalize_text("The title fight is 10 x 2 min rounds."), "The title fight is ten two-minute rounds.");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountedSizes, JoinedCountTimesASizeBeforeItsThings) {
  EXPECT_EQ(normalize_text("a tray of 12x275ml bottles"), "a tray of twelve two-hundred-seventy-five-milliliter bottles");
  EXPECT_EQ(normalize_text("It ships with 2x8GB sticks."), "It ships with two eight-gigabyte sticks.");
  EXPECT_EQ(normalize_text("Fit 4x 60W bulbs."), "Fit four sixty-watt bulbs.");
  // A length joined is a size of each thing, not a count of them.
  EXPECT_EQ(normalize_text("the 3x2m rugs"), "the three-by-two-meter rugs");
}

TEST(CountedSizes, ACountTimesAQuantityThatIsNoLengthIsTimes) {
  EXPECT_EQ(normalize_text("The receiver puts out 5x120W."), "The receiver puts out five times one hundred twenty watts.");
  EXPECT_EQ(normalize_text("It packs 2 x 60W of power."), "It packs two times sixty watts of power.");
  EXPECT_EQ(normalize_text("a 6 x 45W amplifier"), "a six-times-forty-five-watt amplifier");
  EXPECT_EQ(normalize_text("The kit has 3x1.5kg."), "The kit has three times one point five kilograms.");
  // Lengths stay dimensions or a relay's legs.
  EXPECT_EQ(normalize_text("They swam the 4x50m."), "They swam the four by fifty meters.");
  EXPECT_EQ(normalize_text("a 3x5ft flag"), "a three-by-five-foot flag");
}

TEST(CountedSizes, InitialismsAndCountedNounSizes) {
  EXPECT_EQ(normalize_text("The box holds 4 x 256GB SSDs and a fan."),
            "The box holds four two-hundred-fifty-six-gigabyte S.S.D.'s and a fan.");
  EXPECT_EQ(normalize_text("The landlord let 3 x 2-bed flats to students."), "The landlord let three two-bed flats to students.");
}

// A code in capitals may name the kind of thing between the size and its noun.
TEST(CountedSizes, ACodeInCapitalsBeforeTheNoun) {
  EXPECT_EQ(normalize_text("The hall hung 6x36W T8 tubes."), "The hall hung six thirty-six-watt T eight tubes.");
  EXPECT_EQ(normalize_text("Crates of 4x250ml PET flasks"), "Crates of four two-hundred-fifty-milliliter P.E.T flasks");
  // No plural noun after the code: the count stays "times".
  EXPECT_EQ(normalize_text("It draws 2x90W AC.").find("ninety-watt"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(CountedSizes, AGroupedSizeAndAWordDescribingTheNoun) {
  EXPECT_EQ(normalize_text("The lab runs 4 x 1,500 L stainless tanks."),
            "The lab runs four fifteen-hundred-liter stainless tanks.");
  EXPECT_EQ(normalize_text("It bought 3 x 500 L fold-away bins."), "It bought three five-hundred-liter fold-away bins.");
}

TEST(CountedSizes, ACountOfRatedPartsBeforeTheirWhole) {
  EXPECT_EQ(normalize_text("the 2 x 300 MW array"), "the two three-hundred-megawatt array");
  // One device rated per channel stays "times".
  EXPECT_EQ(normalize_text("a 4 x 60W receiver"), "a four-times-sixty-watt receiver");
}

TEST(CountedSizes, ACountTimesAPlainFigureIsTimes) {
  EXPECT_EQ(normalize_text("The upgrade costs 3 x 12,000 tokens."), "The upgrade costs three times twelve thousand tokens.");
  EXPECT_EQ(normalize_text("It is a 5 x 5 grid."), "It is a five-by-five grid.");
  EXPECT_EQ(normalize_text("The box is 30 x 20 x 10 cm."), "The box is thirty by twenty by ten centimeters.");
}

TEST(CountedSizes, AVerbInSAfterTheSizeCountsNothing) {
  EXPECT_EQ(normalize_text("A sheet of 297 \u00d7 210 mm costs less."),
            "A sheet of two hundred ninety seven by two hundred ten millimeters costs less.");
  EXPECT_EQ(normalize_text("She bought 3 x 250 mm boxes."), "She bought three two-hundred-fifty-millimeter boxes.");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountedSizes, ATypesetSignBetweenTwoSidesIsACrossSection) {
  // The sides of each piece, said "by"; the sign is never lost.
  EXPECT_EQ(normalize_text("The deck rests on 45 \u00d7 95 mm bearers."), "The deck rests on forty-five-by-ninety-five-millimeter bearers.");
  EXPECT_EQ(normalize_text("The wall takes 20 \u00d7 20 cm tiles."), "The wall takes twenty-by-twenty-centimeter tiles.");
  // Typed with an "x", in hundreds, or a count above its length: pieces counted, as before.
  EXPECT_EQ(normalize_text("He glued 12 x 30 mm strips to the frame."), "He glued twelve thirty-millimeter strips to the frame.");
  EXPECT_EQ(normalize_text("The depot shipped 300 x 152 mm rounds."), "The depot shipped three hundred one-hundred-fifty-two-millimeter rounds.");
  EXPECT_EQ(normalize_text("Police seized 30 \u00d7 9 mm cartridges."), "Police seized thirty nine-millimeter cartridges.");
  EXPECT_EQ(normalize_text("The pack holds 24 \u00d7 4.5 mm bolts."), "The pack holds twenty four four-point-five-millimeter bolts.");
  // A few pieces, or a unit joined to its figure, are still counted.
  EXPECT_EQ(normalize_text("Fix it with 4 x 30 mm screws."), "Fix it with four thirty-millimeter screws.");
  EXPECT_EQ(normalize_text("The kit has 16 x 35mm hinges."), "The kit has sixteen thirty-five-millimeter hinges.");
  EXPECT_EQ(normalize_text("The rig holds 12 x 500 ml bottles."), "The rig holds twelve five-hundred-milliliter bottles.");
}

TEST(CountedSizes, ANameBetweenARatedSizeAndItsPluralNoun) {
  EXPECT_EQ(normalize_text("The dam will house 4 \u00d7 95 MW Pelton turbines."),
            "The dam will house four ninety-five-megawatt Pelton turbines.");
  EXPECT_EQ(normalize_text("The barge carries 3 x 40 kW Volvo engines."),
            "The barge carries three forty-kilowatt Volvo engines.");
  // After a length a name starts another phrase: the sign stays a dimension's "by".
  EXPECT_EQ(normalize_text("They swam 2 \u00d7 50 m Olympic lengths.").find("two fifty"), std::string::npos);
}

// A count times a compound: the sign is dropped as a reader drops it, and the compound's number
// is hyphened to its noun, so "four twenty-four-core" is not heard as one number.
TEST(CountedSizes, ACountTimesACompoundDropsTheSign) {
  EXPECT_EQ(normalize_text("The rig carries 4 x 24-core umbilicals."), "The rig carries four twenty-four-core umbilicals.");
  EXPECT_EQ(normalize_text("Patients do 3 x 20-minute sessions."), "Patients do three twenty-minute sessions.");
  EXPECT_EQ(normalize_text("The estate adds 5 x 2-bed flats."), "The estate adds five two-bed flats.");
  EXPECT_EQ(normalize_text("They fitted 3 x 2 m panels."), "They fitted three two-meter panels.");
}

}  // namespace briefcast
