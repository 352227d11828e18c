// Roman numerals after names and model marks.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ModelMark, MkIsMark) {
  EXPECT_EQ(normalize_text("a rare MkIV coupe"), "a rare Mark four coupe");
  EXPECT_EQ(normalize_text("the Mk 3 van"), "the Mark three van");
  EXPECT_EQ(normalize_text("the Mk. VI rifle"), "the Mark six rifle");
  EXPECT_EQ(normalize_text("the Mark III sedan"), "the Mark three sedan");
  EXPECT_EQ(normalize_text("Mkts rose"), "Mkts rose");
}

}  // namespace briefcast
