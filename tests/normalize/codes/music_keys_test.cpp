// Keys and notes with flat and sharp signs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MusicKeys, FlatAndSharpJoinedToTheirLetter) {
  EXPECT_EQ(normalize_text("a sonata in A\u266d major"), "a sonata in A-flat major");
  EXPECT_EQ(normalize_text("the C\u266f minor prelude"), "the C-sharp minor prelude");
  // Other letters keep the sign.
  EXPECT_EQ(normalize_text("H\u266d").find("-flat"), std::string::npos);
}

}  // namespace briefcast
