// Unicode code points: the hex digits one by one, never a year or a measure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CodePoints, HexDigitsAreSaidOneByOne) {
  // The letter A is hyphened to the figure after it so that eSpeak NG says it as a letter.
  EXPECT_EQ(normalize_text("The section sign is U+00A7 in every font."),
            "The section sign is U plus zero zero A-seven in every font.");
  EXPECT_EQ(normalize_text("Type U+1F44D for a thumbs up."), "Type U plus one F four four D for a thumbs up.");
  // Not hex after the plus: some other code, read as before.
  EXPECT_NE(normalize_text("a U+GX9Z tag"), "a U plus G X nine Z tag");
}

TEST(CodePoints, HexAddressDigitByDigit) {
  EXPECT_EQ(normalize_text("Funds went to wallet 0x9be2\u2026a41f overnight."),
            "Funds went to wallet zero x nine B E two, A-four one F overnight.");
}

}  // namespace briefcast
