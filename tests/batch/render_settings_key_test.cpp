// The incremental key must change with every setting that shapes an article's audio. The cases
// below name every field of ArticleRenderConfig; KnownFields stops compiling when a field is
// added, so a new setting cannot be left out of the key or of this test.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "batch/article_render.h"

namespace briefcast {
namespace {

[[maybe_unused]] void known_fields(const ArticleRenderConfig& config) {
  const auto& [voice, pauses, clean, language] = config;
  [[maybe_unused]] const auto& [voice_name, rate_wpm, pitch] = voice;
  [[maybe_unused]] const auto& [after_title_ms, sentence_ms, paragraph_ms, chapter_ms] = pauses;
  [[maybe_unused]] const auto& [force_text, force_html, text_thresholds, html_thresholds] = clean;
  [[maybe_unused]] const auto& [per_article, forced_language, voice_follows_language] = language;
}

struct FieldCase {
  std::string field;
  std::function<void(ArticleRenderConfig&)> change;
  bool shapes_one_article = true;
};

std::vector<FieldCase> field_cases() {
  return {
      {"voice.voice", [](ArticleRenderConfig& c) { c.voice.voice = "es"; }},
      {"voice.rate_wpm", [](ArticleRenderConfig& c) { c.voice.rate_wpm += 10; }},
      {"voice.pitch", [](ArticleRenderConfig& c) { c.voice.pitch += 5; }},
      {"pauses.after_title_ms", [](ArticleRenderConfig& c) { c.pauses.after_title_ms += 1; }},
      {"pauses.sentence_ms", [](ArticleRenderConfig& c) { c.pauses.sentence_ms += 1; }},
      {"pauses.paragraph_ms", [](ArticleRenderConfig& c) { c.pauses.paragraph_ms += 1; }},
      // A single article has no chapter pause; changing it must not redo every article.
      {"pauses.chapter_ms", [](ArticleRenderConfig& c) { c.pauses.chapter_ms += 500; }, false},
      {"clean.force_text", [](ArticleRenderConfig& c) { c.clean.force_text = true; }},
      {"clean.force_html", [](ArticleRenderConfig& c) { c.clean.force_html = true; }},
      // Tuned thresholds are code, not settings: the tool version in the key stands for them.
      {"clean.text", [](ArticleRenderConfig& c) { c.clean.text.min_body_length += 1; }, false},
      {"clean.html", [](ArticleRenderConfig& c) { c.clean.html.min_body_length += 1; }, false},
      {"language.per_article", [](ArticleRenderConfig& c) { c.language.per_article = !c.language.per_article; }},
      {"language.forced_language", [](ArticleRenderConfig& c) { c.language.forced_language = "de"; }},
      {"language.voice_follows_language",
       [](ArticleRenderConfig& c) { c.language.voice_follows_language = !c.language.voice_follows_language; }},
  };
}

TEST(RenderSettingsKey, ChangesWithEverySettingThatShapesTheAudio) {
  const ArticleRenderConfig base;
  const std::string base_key = render_settings_key(base);
  EXPECT_EQ(base_key, render_settings_key(ArticleRenderConfig{}));
  for (const FieldCase& field : field_cases()) {
    ArticleRenderConfig changed = base;
    field.change(changed);
    if (field.shapes_one_article) {
      EXPECT_NE(render_settings_key(changed), base_key) << field.field;
    } else {
      EXPECT_EQ(render_settings_key(changed), base_key) << field.field;
    }
  }
}

// The reported defect: an article spoken in its own language's voice, then the same article
// with --voice en-us, shared a key, so the second run called the old output up to date.
TEST(RenderSettingsKey, VoiceFollowingTheLanguageIsNotTheSameAsAGivenVoice) {
  ArticleRenderConfig follows;
  follows.language.voice_follows_language = true;
  ArticleRenderConfig given = follows;
  given.voice.voice = "en-us";
  given.language.voice_follows_language = false;
  EXPECT_NE(render_settings_key(follows), render_settings_key(given));
}

TEST(RenderSettingsKey, NamesTheToolVersion) {
  EXPECT_NE(render_settings_key({}).find(BRIEFCAST_VERSION), std::string::npos);
}

}  // namespace
}  // namespace briefcast
