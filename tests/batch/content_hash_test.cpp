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

TEST(ContentHash, ChangesWithInputAndEverySetting) {
  VoiceConfig voice;
  PauseConfig pauses;
  CleanConfig clean;
  const std::string base = content_hash("text", audio_settings_key(voice, pauses, clean));
  EXPECT_EQ(base, content_hash("text", audio_settings_key(voice, pauses, clean)));
  EXPECT_NE(base, content_hash("text!", audio_settings_key(voice, pauses, clean)));

  VoiceConfig other_voice = voice;
  other_voice.voice = "en-gb";
  EXPECT_NE(base, content_hash("text", audio_settings_key(other_voice, pauses, clean)));
  other_voice = voice;
  other_voice.rate_wpm = 200;
  EXPECT_NE(base, content_hash("text", audio_settings_key(other_voice, pauses, clean)));
  other_voice = voice;
  other_voice.pitch = 60;
  EXPECT_NE(base, content_hash("text", audio_settings_key(other_voice, pauses, clean)));

  PauseConfig other_pauses = pauses;
  other_pauses.sentence_ms += 1;
  EXPECT_NE(base, content_hash("text", audio_settings_key(voice, other_pauses, clean)));
  other_pauses = pauses;
  other_pauses.after_title_ms += 1;
  EXPECT_NE(base, content_hash("text", audio_settings_key(voice, other_pauses, clean)));

  CleanConfig html;
  html.force_html = true;
  EXPECT_NE(base, content_hash("text", audio_settings_key(voice, pauses, html)));
  EXPECT_NE(audio_settings_key(voice, pauses, clean).find(BRIEFCAST_VERSION), std::string::npos);
}

TEST(ContentHash, ChapterPauseDoesNotChangeAnArticle) {
  // A single-article file has no chapter pause; changing it must not redo every article.
  PauseConfig pauses;
  PauseConfig longer = pauses;
  longer.chapter_ms += 500;
  EXPECT_EQ(audio_settings_key({}, pauses, {}), audio_settings_key({}, longer, {}));
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
