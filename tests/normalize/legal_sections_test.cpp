// Sections of an act written "s." and "ss." before their numbers.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LegalSections, OneSection) {
  EXPECT_EQ(normalize_text("an order under s.118B of the Housing Act"), "an order under section one eighteen B of the Housing Act");
  EXPECT_EQ(normalize_text("breaching s.7 twice"), "breaching section seven twice");
}

TEST(LegalSections, ARangeOfSections) {
  EXPECT_EQ(normalize_text("read ss.31-33 together"), "read sections thirty one to thirty three together");
}

TEST(LegalSections, OtherWordsWithAnSAndAPeriod) {
  EXPECT_EQ(normalize_text("the s.xyz file").find("section"), std::string::npos);
}

}  // namespace briefcast
