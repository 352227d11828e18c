// A lens's power in dioptres.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Dioptres, ASignedPowerNearAWordOfEyes) {
  EXPECT_EQ(normalize_text("Her left eye needs -1.75D now."), "Her left eye needs minus one point seven five dioptres now.");
  EXPECT_EQ(normalize_text("He tried a +0.5D lens."), "He tried a plus-zero-point-five-dioptre lens.");
}

TEST(Dioptres, OtherDsKeepTheirLetter) {
  EXPECT_EQ(normalize_text("a 3D lens"), "a three D lens");
  EXPECT_EQ(normalize_text("a 2.5D platformer").find("dioptre"), std::string::npos);
}

}  // namespace briefcast
