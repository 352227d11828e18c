// Language of an article, guessed from its text. The normalizer rewrites English only; other
// languages go to the engine untouched, spoken by a voice of their own (synth/voice_choice.h).
//
// Usage:
//     std::string tag = article.metadata.language;            // from --lang or HTML lang
//     if (tag.empty()) tag = detect_language(title + "\n" + body);
//     NormalizeConfig config; config.language = tag.empty() ? "en" : tag;
// // Thread-safe: the classifier is loaded once and used under a lock.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

struct LanguageDetectConfig {
  // libexttextcat's fingerprint directory and its configuration file (Debian's paths).
  std::string data_dir = "/usr/share/libexttextcat/";
  std::string conf_file = "/usr/share/libexttextcat/fpdb.conf";
  // Only the first bytes are classified: a few hundred suffice and keep detection fast.
  std::size_t max_bytes = 4096;
  // Shorter texts are not classified: n-gram guesses on a few words are noise.
  std::size_t min_bytes = 40;
};

// BCP 47 primary tag of the text's language ("en", "de", "pt", "zh-CN"), or "" when the text
// is too short, unknown, or the classifier's data is missing.
std::string detect_language(std::string_view text, const LanguageDetectConfig& config = {});

}  // namespace briefcast
