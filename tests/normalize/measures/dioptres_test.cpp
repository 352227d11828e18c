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

TEST(Dioptres, ASpacedDAndAPrescriptionsClosingZerosUnsaid) {
  EXPECT_EQ(normalize_text("The optometrist prescribed \u22122.00 D for the right eye."),
            "The optometrist prescribed minus two dioptres for the right eye.");
  EXPECT_EQ(normalize_text("Toric lenses come in 0.25 D steps."), "Toric lenses come in zero-point-two-five-dioptre steps.");
  EXPECT_EQ(normalize_text("His spectacles went from +1.00 D to +1.50 D."),
            "His spectacles went from plus one dioptre to plus one point five dioptres.");
  // A grade or a letter without a word of eyes stays a letter.
  EXPECT_EQ(normalize_text("She scored 4.00 D in the mock exam.").find("dioptre"), std::string::npos);
}

TEST(Dioptres, ASpacedUnsignedDNeedsAWordOfLenses) {
  EXPECT_NE(normalize_text("Her new contact lenses are 2.25 D stronger.").find("two point two five dioptres"),
            std::string::npos);
  EXPECT_NE(normalize_text("A child with reading trouble may need +0.75 D.").find("plus zero point seven five dioptres"),
            std::string::npos);
  // A spaced letter among words of reading or vision alone is a grade or a name.
  EXPECT_EQ(normalize_text("The club's vision slipped to 2.5 D in the league by the reading of the table.").find("dioptre"),
            std::string::npos);
}

TEST(Dioptres, CylinderAndSphereColumns) {
  EXPECT_NE(normalize_text("The frame takes SPH to +4.00 D, with CYL down to \u22122.00 D for most wearers.")
                .find("minus two dioptres"),
            std::string::npos);
  EXPECT_NE(normalize_text("Vitamin D levels rose.").find("Vitamin D"), std::string::npos);
}

}  // namespace briefcast
