// Capitals with the small "e" of "express" are letters; listed trade acronyms said as words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ExpressAcronyms, SpeltLetters) {
  EXPECT_EQ(normalize_text("a new UCIe die"), "a new U.C.I.E die");
  EXPECT_EQ(normalize_text("fast NVMe disks"), "fast N.V.M.E disks");
  // A unit's small last letter is no "express": "MHz" stays a unit.
  EXPECT_EQ(normalize_text("at 5 MHz"), "at five megahertz");
  // A French century's Roman numeral and a styled word are no bus names.
  EXPECT_EQ(normalize_text("au XXIe siècle").find("X.X"), std::string::npos);
  EXPECT_EQ(normalize_text("a CASe study").find("C.A"), std::string::npos);
}

TEST(SaidTradeAcronyms, SaidAsWords) {
  EXPECT_EQ(normalize_text("Its RASM fell."), "Its Rasm fell.");
  EXPECT_EQ(normalize_text("checks through NICS rose"), "checks through Nicks rose");
  EXPECT_EQ(normalize_text("the QAPI plan"), "the Kwahpee plan");
}

// A Korean name's "Hw" is a glide, written "Wh" so that eSpeak NG does not spell the H.
TEST(KoreanNames, HwIsAGlide) {
  EXPECT_EQ(normalize_text("Hwasong and Hwan won"), "Whasong and Whan won");
  EXPECT_EQ(normalize_text("the HWY 5 sign").find("Wh"), std::string::npos);
}

}  // namespace briefcast
