// A bare "A" after a figure is the amp beside words of electricity, else a label's letter.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ElectricCurrent, AmpsBesideWordsOfElectricity) {
  EXPECT_EQ(normalize_text("The oven needs a 32A circuit."), "The oven needs a thirty-two-amp circuit.");
  EXPECT_EQ(normalize_text("The charger gives 2.4A at 5V."), "The charger gives two point four amps at five volts.");
  EXPECT_EQ(normalize_text("Swap the fuse for one rated 1A."), "Swap the fuse for one rated one amp.");
  // A label elsewhere keeps its letter.
  EXPECT_EQ(normalize_text("She lives at Flat 13A on the corner.").find("amp"), std::string::npos);
}

TEST(ElectricCurrent, ASpacedLetterAndTheThingItRates) {
  EXPECT_EQ(normalize_text("He wired a 40 A MCB for the shower."), "He wired a forty-amp M.C.B for the shower.");
  EXPECT_EQ(normalize_text("The flat has a 125 A supply fuse."), "The flat has a one-hundred-twenty-five-amp supply fuse.");
  EXPECT_EQ(normalize_text("The barn needs a 60A board."), "The barn needs a sixty-amp board.");
  EXPECT_EQ(normalize_text("Each bay takes a 16 A supply."), "Each bay takes a sixteen-amp supply.");
  // A letter apart from its figure before another noun is a grade; one that names a type has no figure.
  EXPECT_EQ(normalize_text("The 3 A squad lost the circuit race.").find("amp"), std::string::npos);
  EXPECT_EQ(normalize_text("Fit a Type A outlet, then plan B.").find("amp"), std::string::npos);
}

TEST(ElectricCurrent, SpacedAmpsAmongWordsOfWelding) {
  EXPECT_EQ(normalize_text("The stick welder ran at 110 A on the capping run."),
            "The stick welder ran at one hundred ten amps on the capping run.");
  EXPECT_EQ(normalize_text("The rig ran at 70-90 A for thin sheet, with a short arc."),
            "The rig ran at seventy to ninety amps for thin sheet, with a short arc.");
  // A typeset range, its en dash split as the other ranges split it.
  EXPECT_EQ(normalize_text("Set the TIG set to 60\u201385 A for the root pass."),
            "Set the Tig set to sixty to eighty five amps for the root pass.");
  // A lone "V" after a figure is the volt, a word of electricity.
  EXPECT_EQ(normalize_text("The heater draws 8 A at 230 V from the wall."),
            "The heater draws eight amps at two hundred thirty volts from the wall.");
}

TEST(ElectricCurrent, LabelLettersStayLetters) {
  EXPECT_EQ(normalize_text("Pupils in grade 5 A sat the science paper."), "Pupils in grade five Eh sat the science paper.");
  EXPECT_EQ(normalize_text("Flat 12 A was let to a nurse."), "Flat twelve Eh was let to a nurse.");
}

TEST(ElectricCurrent, SpacedAmpsBesideAMetersLoad) {
  EXPECT_EQ(normalize_text("The smart meters misread at loads under 0.2 A, the regulator found."),
            "The smart meters misread at loads under zero point two amps, the regulator found.");
  EXPECT_EQ(normalize_text("Electricity tests ran the heater at 8 A for an hour."),
            "Electricity tests ran the heater at eight amps for an hour.");
  // With no word of electricity the letter stays a grade.
  EXPECT_EQ(normalize_text("The school rated 40 A grades this year.").find("amp"), std::string::npos);
  EXPECT_EQ(normalize_text("The household's electricity load peaked at 8 A."),
            "The household's electricity load peaked at eight amps.");
}

TEST(ElectricCurrent, WordsOfBillsAndBusesLeaveLabelsAndGradesAlone) {
  // News of electricity names routes, clauses and exam results too: a figure after a noun or a
  // verb there is a label's or a grade's.
  EXPECT_EQ(normalize_text("Electric bus route 42 A will run every ten minutes from Monday."),
            "Electric bus route forty two Eh will run every ten minutes from Monday.");
  EXPECT_EQ(normalize_text("The council's electric vehicle policy, clause 14 A, was struck down.").find("amp"),
            std::string::npos);
  // A letter listed with the next grade, or starred, is a grade beside any word of electricity.
  EXPECT_EQ(normalize_text("Electrical engineering students earned 12 A and 4 B grades."),
            "Electrical engineering students earned twelve Eh and four B grades.");
  EXPECT_EQ(normalize_text("After the fuse blew, pupils at the school got 9 A, 3 B and 1 C.").find("amp"),
            std::string::npos);
  EXPECT_EQ(normalize_text("After a fuse blew, the academy still recorded 14 A* grades.").find("amp"), std::string::npos);
}

}  // namespace briefcast
