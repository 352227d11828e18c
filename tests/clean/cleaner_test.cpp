#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include "model/error.h"

namespace briefcast {

TEST(Cleaner, EmptyPageHasNoArticle) {
  EXPECT_THROW(clean_article("", "empty.txt"), Error);
}

}  // namespace briefcast
