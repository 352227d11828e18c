// Aspect ratios beside the words that name them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AspectRatios, RatioBesideItsName) {
  EXPECT_NE(normalize_text("Monitors with a 21:10 aspect are rare.").find("twenty one to ten aspect"), std::string::npos);
  EXPECT_NE(normalize_text("The film was shot in 12:5 widescreen.").find("twelve to five widescreen"), std::string::npos);
  // A clock time elsewhere.
  EXPECT_EQ(normalize_text("The train left at 16:10 sharp.").find("sixteen to ten"), std::string::npos);
}

}  // namespace briefcast
