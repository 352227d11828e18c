// A colour or a degree in capitals as the value of a code, an alert or a status is the word.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LevelWords, CuedCapitalsAreTheWord) {
  EXPECT_EQ(normalize_text("The fire danger level was raised to RED on Friday."),
            "The fire danger level was raised to Red on Friday.");
  EXPECT_EQ(normalize_text("Flood alert status: LOW for now."), "Flood alert status: Low for now.");
}

TEST(LevelWords, OtherCapitalsKeepTheirLetters) {
  EXPECT_EQ(normalize_text("The RED scheme pays farmers."), "The R.E.D scheme pays farmers.");
  EXPECT_EQ(normalize_text("He wrote code. RED funds it."), "He wrote code. R.E.D funds it.");
}

}  // namespace briefcast
