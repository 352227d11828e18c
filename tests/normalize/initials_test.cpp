// Initials inside names: no sentence-end period inside a line, and the letter A said as its name
// (a lone "A." at a sentence end is the letter and keeps its period).
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

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Initials, LetterAAtASentenceEndKeepsItsPeriod) {
  EXPECT_EQ(say("The top mark was an A. Then came B."), "The top mark was an A. Then came B.");
  EXPECT_EQ(say("with Lena A. Okafor"), "with Lena Eh Okafor");
}

}  // namespace briefcast
