// A standings line: each place number after the item before it is a list's mark, the tally
// after a listed name a count, and a racing series' "R7" its round.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Standings, EveryPlaceAfterACommaIsAMark) {
  EXPECT_EQ(normalize_text("Standings after R7: 1. Voss 176, 2. Ilari 151 (-25), 3. Kemp 140, then the rest."),
            "Standings after round seven: one, Voss one hundred seventy six, two, Ilari one hundred fifty one "
            "(minus twenty five), three, Kemp one hundred forty, then the rest.");
}

TEST(Standings, NoListNoMark) {
  // A sentence that ends on a figure keeps its full stop.
  EXPECT_EQ(normalize_text("He was ranked 2. Ilari won."), "He was ranked two. Ilari won.");
  // A name and three figures with no list before is left to the model reading.
  EXPECT_EQ(normalize_text("the Boeing 747 landed"), "the Boeing seven forty seven landed");
  // "R7" with no race nearby stays a code.
  EXPECT_EQ(normalize_text("the price after R7 cut").find("round"), std::string::npos);
}

TEST(LabelNouns, FigureAndBAfterLabelNoun) {
  EXPECT_EQ(normalize_text("It sold 2.1m units, then halted Hall 6B on Monday."),
            "It sold two point one million units, then halted Hall six B on Monday.");
  EXPECT_EQ(normalize_text("It sold 2.1m units and earned 3B."), "It sold two point one million units and earned three billion.");
}

}  // namespace briefcast
