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

// After an English prefix eSpeak NG strips ("in"), a marked vowel and a final "s" were read as a
// letter's plural ("In e-circumflex's"); the vowel is folded there only.
TEST(LetterFolds, MarkedVowelAfterAStrippedPrefixFolds) {
  EXPECT_EQ(normalize_text("Inês Moura chairs the Porto council."), "Ines Moura chairs the Porto council.");
  EXPECT_EQ(normalize_text("The jury gave the prize to Inès Laforge."), "The jury gave the prize to Ines Laforge.");
  EXPECT_EQ(normalize_text("Agnès Varda and Estêvão Lê stay as written."), "Agnès Varda and Estêvão Lê stay as written.");
}

TEST(LetterFolds, VietnameseToneLettersAndHookedLettersFold) {
  EXPECT_EQ(normalize_text("Phạm Đức Huy won a seat."), "Pham Đuc Huy won a seat.");
  EXPECT_EQ(normalize_text("Ɨsa Ɠarba sang."), "Isa Garba sang.");
}

}  // namespace briefcast
