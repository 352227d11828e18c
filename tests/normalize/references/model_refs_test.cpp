// A model number after "Cal." or "Ref.".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ModelRefs, CalibreAndReference) {
  EXPECT_EQ(normalize_text("It houses the Cal. 4130 movement."), "It houses the Calibre forty one thirty movement.");
  EXPECT_EQ(normalize_text("A Ref. 1675 sold in Geneva."), "A Reference sixteen seventy five sold in Geneva.");
  // A count after "cal" without its period is left alone.
  EXPECT_EQ(normalize_text("It has 250 cal per serving.").find("calibre"), std::string::npos);
}

}  // namespace briefcast
