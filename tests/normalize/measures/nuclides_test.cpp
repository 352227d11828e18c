// A mass number in superscript before an element symbol: the symbol, then the number.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Nuclides, SymbolThenMassNumber) {
  EXPECT_EQ(normalize_text("They ran a \u00b9\u00b3C scan overnight."), "They ran a C thirteen scan overnight.");
  EXPECT_EQ(normalize_text("Reactors burn \u00b2\u00b3\u2075U as fuel."),
            "Reactors burn U two hundred thirty five as fuel.");
  EXPECT_EQ(normalize_text("A \u00b9H spectrum took minutes."), "A H one spectrum took minutes.");
}

TEST(Nuclides, NoSymbolNoNuclide) {
  // "Q" is no element: the word is left as written.
  EXPECT_EQ(normalize_text("the \u00b9Q mark"), "the \u00b9Q mark");
}

TEST(Nuclides, TracerAfterIsotope) {
  EXPECT_EQ(normalize_text("Patients received \u00b9\u00b9C-PIB before the scan."), "Patients received C eleven P.I.B before the scan.");
  // Small letters after the hyphen are a word: left as written.
  EXPECT_EQ(normalize_text("the \u00b9\u2078F-labelled tracer"), "the \u00b9\u2078F-labelled tracer");
}

}  // namespace briefcast
