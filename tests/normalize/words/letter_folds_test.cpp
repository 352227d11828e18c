// Letters with marks the English voice cannot say are folded to their base letter.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LetterFolds, DottedLettersFoldToTheirBase) {
  EXPECT_EQ(normalize_text("Ọla Ṣẹgun met Việt officials."), "Ola Segun met Viet officials.");
  EXPECT_EQ(normalize_text("Ḥasan won."), "Hasan won.");
}

TEST(LetterFolds, LettersTheVoiceSaysStay) {
  EXPECT_EQ(normalize_text("Zoë and Nuñez met José in Zürich."), "Zoë and Nuñez met José in Zürich.");
  EXPECT_EQ(normalize_text("Ìlú rose."), "Ìlú rose.");
}

}  // namespace briefcast
