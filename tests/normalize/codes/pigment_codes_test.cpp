// Pigments by their Colour Index names, with a variety after a colon.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PigmentCodes, VarietyAfterTheColon) {
  EXPECT_EQ(normalize_text("The inks use Pigment Red 48:2 instead."), "The inks use Pigment Red forty eight two instead.");
  EXPECT_EQ(normalize_text("Makers swapped (PR48:2) for PY74."), "Makers swapped (P R forty eight two) for PY seventy four.");
}

TEST(PigmentCodes, ClocksAndScoresStay) {
  // Not after "Pigment" and a colour, nor glued to a pigment's letters: a time.
  EXPECT_NE(normalize_text("The Blue 10:30 service ran late.").find("ten thirty"), std::string::npos);
  EXPECT_NE(normalize_text("She ran PB 15:32 in Leeds.").find("fifteen thirty two"), std::string::npos);
  // Two figures after the colon are minutes, a variety has one.
  EXPECT_EQ(normalize_text("Her new PB14:25 came in the heat.").find("P B"), std::string::npos);
  EXPECT_NE(normalize_text("The film shows at Pigment Green 19:45 tonight.").find("nineteen forty five"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Artists use PBk7:1 for deep shadows."), "Artists use P B K seven one for deep shadows.");
}

}  // namespace briefcast
