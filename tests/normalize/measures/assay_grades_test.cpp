// Element symbols after an ore grade are said by the element's name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AssayGrades, ElementAfterAGrade) {
  EXPECT_EQ(normalize_text("The vein ran 7.2 g/t Ag over 3m."), "The vein ran seven point two grams per tonne silver over three meters.");
  EXPECT_EQ(normalize_text("Trenching hit 1.4% Zn and 0.9% Pb in the vein."),
            "Trenching hit one point four percent zinc and zero point nine percent lead in the vein.");
  EXPECT_EQ(normalize_text("It averaged 2.6g/t AuEq."), "It averaged two point six grams per tonne gold equivalent.");
  // The same letters elsewhere are names.
  EXPECT_EQ(normalize_text("Ni Hao Co opened in 2020.").find("nickel"), std::string::npos);
  EXPECT_EQ(normalize_text("Shares rose 4% Co said.").find("cobalt"), std::string::npos);
}

TEST(AssayGrades, CompositionOfTwoElements) {
  // Two percentages of elements in one clause give a composition, with no word of ore.
  EXPECT_EQ(normalize_text("The bronze is 88% Cu and 12% Sn by weight."),
            "The bronze is eighty eight percent copper and twelve percent tin by weight.");
  // A steel's composition names elements of one letter too, once one of two letters is there.
  EXPECT_EQ(normalize_text("The steel holds ~0.45% C, 13% Cr and 0.2% V, its maker says."),
            "The steel holds about zero point four five percent carbon, thirteen percent chromium and zero point two "
            "percent vanadium, its maker says.");
  EXPECT_EQ(normalize_text("A weld of 0.18% C and 18% Cr passed."),
            "A weld of zero point one eight percent carbon and eighteen percent chromium passed.");
  // Letters of grades or parties after percentages are not elements.
  EXPECT_EQ(normalize_text("Pupils scored 35% B and 25% C this year.").find("boron"), std::string::npos);
  EXPECT_EQ(normalize_text("Fees rose 5% N said.").find("nitrogen"), std::string::npos);
  // Outside a line about metals, one-letter symbols are grades or shares, and they make no
  // composition of a two-letter one either.
  EXPECT_EQ(normalize_text("Blood tests found 2% Mg and 1% P levels were normal.").find("phosphorus"), std::string::npos);
  EXPECT_EQ(normalize_text("Rates were 5% P and 3% Co in the loan deal.").find("cobalt"), std::string::npos);
  // A symbol run on into a capitalized word is a name.
  EXPECT_EQ(normalize_text("The poll gave 35% Cr and 30% Al Gore backers.").find("aluminium"), std::string::npos);
  EXPECT_EQ(normalize_text("The titanium alloy has 6% Al and 4% V."),
            "The titanium alloy has six percent aluminium and four percent vanadium.");
  // One percentage alone, with no ore word, stays as written.
  EXPECT_EQ(normalize_text("Shares rose 4% Co said on Monday.").find("cobalt"), std::string::npos);
}

// "Au" after a fineness, or after a weight among words of bullion, is gold; astronomical units
// need the sky in the line.
TEST(AssayGrades, PreciousMetalAfterItsFineness) {
  EXPECT_EQ(normalize_text("Each 1 oz .999 Ag round ships free."), "Each one ounce point nine nine nine silver round ships free.");
  EXPECT_EQ(normalize_text("a 10 g Au bar from the mint"), "a ten-gram gold bar from the mint");
  EXPECT_EQ(normalize_text("The comet passed 0.4 AU from the Sun."), "The comet passed zero point four astronomical units from the Sun.");
}

}  // namespace briefcast
