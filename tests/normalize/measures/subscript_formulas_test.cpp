// Formulas written with subscript figures, read as element symbols and counts.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SubscriptFormulas, ASingleSymbolWithASubscriptIsAFormula) {
  EXPECT_EQ(normalize_text("The vials were flushed with N\u2082 first."), "The vials were flushed with N two first.");
  EXPECT_EQ(normalize_text("Climbers above 8,000 m carry O\u2082 masks."),
            "Climbers above eight thousand meters carry O two masks.");
}

TEST(SubscriptFormulas, SymbolsSideBySideAreSpelt) {
  EXPECT_EQ(normalize_text("Old batteries leak H\u2082SO\u2084 onto the tray."),
            "Old batteries leak H two S.O four onto the tray.");
  EXPECT_EQ(normalize_text("Dissolve the sample in CDCl\u2083 before the scan."),
            "Dissolve the sample in C.D.C.L three before the scan.");
  EXPECT_EQ(normalize_text("Kilns give off CO\u2082 and SO\u2082."), "Kilns give off C.O two and S.O two.");
}

TEST(SubscriptFormulas, APartialPressure) {
  EXPECT_EQ(normalize_text("His arterial pCO\u2082 rose to 50."), "His arterial P C.O two rose to fifty.");
}

TEST(SubscriptFormulas, AFormulaAfterAVolumeBeforeItsNoun) {
  EXPECT_EQ(normalize_text("She packed a 2 L N\u2082 flask."), "She packed a two-liter N two flask.");
}

TEST(SubscriptFormulas, OtherWordsWithSubscriptsStay) {
  // Letters that are no element symbols keep their subscript.
  EXPECT_EQ(normalize_text("the value x\u2081 here"), "the value x\u2081 here");
}

}  // namespace briefcast

namespace briefcast {

TEST(SubscriptFormulas, ASymbolInCapitalsThatIsNoFormulaKeepsItsFigures) {
  // Particulate matter: the subscript is the particles' size, said as plain figures would be.
  EXPECT_EQ(normalize_text("Roadside PM\u2081\u2080 peaked at noon."), normalize_text("Roadside PM10 peaked at noon."));
  EXPECT_NE(normalize_text("Roadside PM\u2081\u2080 peaked at noon.").find("ten"), std::string::npos);
  EXPECT_EQ(normalize_text("Fine PM\u2082.\u2085 rose."), normalize_text("Fine PM2.5 rose."));
  // Plain figures mixed in, or a point at the end: no such symbol, left to the other rules.
  EXPECT_EQ(normalize_text("Code AB1\u2082 is void.").find("AB12"), std::string::npos);
  // A formula is still read as a chemist reads it.
  EXPECT_EQ(normalize_text("Levels of NO\u2082 fell."), "Levels of N.O two fell.");
}

}  // namespace briefcast
