#include "assemble/sndfile_version.h"

#include <gtest/gtest.h>

#include <cctype>

namespace briefcast {

TEST(SndfileVersion, IsTheBareVersionNumber) {
  const std::string version = sndfile_version();
  ASSERT_FALSE(version.empty());
  EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(version.front()))) << version;
  EXPECT_NE(version.find('.'), std::string::npos) << version;
  EXPECT_EQ(version.find("libsndfile"), std::string::npos) << version;
}

}  // namespace briefcast
