// Initials inside names: no sentence-end period inside a line, and the letter A said as its name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Initials, MiddleInitialAIsTheLetterName) {
  // Without its period "A" would be the article; "Eh" is how eSpeak NG says the letter "ay".
  EXPECT_EQ(normalize_text("said Dana A. Brill, a lawyer"), "said Dana Eh Brill, a lawyer");
  EXPECT_EQ(normalize_text("said Dana B. Brill, a lawyer"), "said Dana B Brill, a lawyer");
  EXPECT_EQ(normalize_text("It was a good day."), "It was a good day.");
}

}  // namespace briefcast
