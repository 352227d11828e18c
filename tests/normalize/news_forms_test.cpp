// Sizes in two systems, Irish postcodes, formulas without counts, sequels' numerals, and an
// amount before "plus".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SizeSystems, PairsOfSystemAndSize) {
  EXPECT_EQ(normalize_text("The boots run EU 41/UK 7.5 in width."), "The boots run E.U forty one, U.K seven point five in width.");
  EXPECT_EQ(normalize_text("Order US 8/UK 6/EU 39 now."), "Order U.S eight, U.K six, E.U thirty nine now.");
  EXPECT_EQ(normalize_text("It fits a UK 5 / EU 38 foot."), "It fits a U.K five, E.U thirty eight foot.");
  EXPECT_EQ(normalize_text("UK 5 / US 7 / EU sizes"), "U.K five, U.S seven slash EU sizes");
}

TEST(SizeSystems, OneSystemAloneIsLeftToOtherRules) {
  EXPECT_EQ(normalize_text("sales in the UK 10 years ago"), "sales in the U.K ten years ago");
}

TEST(Eircode, RoutingKeyAndIdentifierSpelt) {
  EXPECT_EQ(normalize_text("Send it to A65 F4E2 by Friday."), "Send it to A-six five, F four E two by Friday.");
  EXPECT_EQ(normalize_text("Write to D6W Y7K3 today."), "Write to D six W, Y seven K three today.");
}

TEST(Eircode, AWordOrYearIsNoIdentifier) {
  EXPECT_EQ(normalize_text("the A12 road in 2024"), "the A-twelve road in twenty twenty four");
}

TEST(UncountedFormula, SpeltInAChemistryLine) {
  EXPECT_EQ(normalize_text("Dissolve the KCl salt in water."), "Dissolve the K.C.L salt in water.");
  EXPECT_EQ(normalize_text("a solution of LiOH cooled"), "a solution of L.I.O.H cooled");
}

TEST(UncountedFormula, ANameElsewhereStays) {
  EXPECT_EQ(normalize_text("They moved to NoHo last year."), "They moved to NoHo last year.");
}

TEST(RomanSequel, NumeralAfterATitleInAGamesLine) {
  EXPECT_EQ(normalize_text("Chrono Quest IX sold well on console."), "Chrono Quest nine sold well on console.");
  EXPECT_EQ(normalize_text("a remake of Silent Forest III"), "a remake of Silent Forest three");
}

TEST(RomanSequel, RegnalNamesKeepTheirOrdinal) {
  EXPECT_EQ(normalize_text("a film about King Henry VIII"), "a film about King Henry the eighth");
  EXPECT_EQ(normalize_text("Charles III opened the games"), "Charles the third opened the games");
}

TEST(AmountBeforePlus, IsNoAdjective) {
  EXPECT_EQ(normalize_text("He cost an initial \u20ac25m plus bonuses."),
            "He cost an initial twenty five million euros plus bonuses.");
}

}  // namespace briefcast
