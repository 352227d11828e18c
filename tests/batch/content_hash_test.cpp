#include "batch/content_hash.h"

#include <gtest/gtest.h>

namespace briefcast {
namespace {

TEST(ContentHash, KnownFnv1aVector) {
  // The published FNV-1a 64 value for "a".
  EXPECT_EQ(Fnv1a64().update("a").digest(), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64().digest(), 0xcbf29ce484222325ULL);
}

TEST(ContentHash, FieldsAreLengthPrefixed) {
  EXPECT_NE(Fnv1a64().update_field("ab").update_field("c").digest(),
            Fnv1a64().update_field("a").update_field("bc").digest());
}

TEST(ContentHash, ChangesWithInputAndKey) {
  const std::string base = content_hash("text", "key");
  EXPECT_EQ(base, content_hash("text", "key"));
  EXPECT_NE(base, content_hash("text!", "key"));
  EXPECT_NE(base, content_hash("text", "key2"));
}

TEST(ContentHash, CommentRoundTrip) {
  std::string hash = content_hash("x", "y");
  EXPECT_EQ(hash.rfind("fnv1a64:", 0), 0u);
  EXPECT_EQ(hash.size(), 8u + 16u);
  EXPECT_EQ(hash_from_comment(hash_comment(hash)), hash);
  EXPECT_EQ(hash_from_comment("some other comment"), std::nullopt);
  EXPECT_EQ(hash_from_comment(""), std::nullopt);
}

TEST(ContentHash, MissingFileHasNoHash) {
  EXPECT_EQ(file_content_hash("/nonexistent/briefcast/article.txt", "k"), std::nullopt);
}

}  // namespace
}  // namespace briefcast
