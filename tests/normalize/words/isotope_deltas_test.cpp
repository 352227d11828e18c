// Isotope ratios in delta notation keep their mass number.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(IsotopeDeltas, SuperscriptAndPlainMassNumbers) {
  EXPECT_NE(normalize_text("Shell δ¹³C fell sharply.").find("delta C thirteen"), std::string::npos);
  EXPECT_NE(normalize_text("the δ34S of the pyrite").find("delta S thirty four"), std::string::npos);
}

TEST(IsotopeDeltas, TwoLetterSymbolsByTheElementsName) {
  EXPECT_NE(normalize_text("Coral δ11B and δ138Ba both rose.").find("delta barium one hundred"), std::string::npos);
  EXPECT_NE(normalize_text("the δ66Zn of the shells").find("delta zinc sixty six"), std::string::npos);
  EXPECT_NE(normalize_text("Coral δ11B rose.").find("delta B eleven"), std::string::npos);
}

TEST(IsotopeDeltas, OtherDeltasStay) {
  // A Greek delta before a plain word or a lone figure is no isotope ratio.
  EXPECT_EQ(normalize_text("the δ variant spread").find("delta"), std::string::npos);
  EXPECT_EQ(normalize_text("a δ5 reading").find("delta"), std::string::npos);
  EXPECT_EQ(normalize_text("the δ13 mark").find("delta"), std::string::npos);
  // Letters that name no element: a region or a variant's label.
  EXPECT_EQ(normalize_text("the δ7J loop").find("delta"), std::string::npos);
  EXPECT_EQ(normalize_text("the δ24Qa site").find("delta"), std::string::npos);
}

}  // namespace briefcast
