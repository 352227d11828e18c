#include "normalize/language.h"

#include <textcat.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>

#include "normalize/text_util.h"

namespace briefcast {

namespace {

struct TextcatDeleter {
  void operator()(void* handle) const { textcat_Done(handle); }
};

// libexttextcat's handle is not thread-safe and takes a while to load (about 160
// fingerprints), so one handle per configuration is kept and used under a lock.
std::string classify(std::string_view text, const LanguageDetectConfig& config) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<void, TextcatDeleter>> handles;
  std::lock_guard<std::mutex> lock(mutex);
  auto& handle = handles[config.conf_file + '\n' + config.data_dir];
  if (!handle) {
    handle.reset(special_textcat_Init(config.conf_file.c_str(), config.data_dir.c_str()));
    if (!handle) return "";
  }
  std::size_t size = std::min(text.size(), config.max_bytes);
  const char* result = textcat_Classify(handle.get(), text.data(), size);
  return result == nullptr ? "" : result;
}

// eSpeak NG voices whose name differs from the language's primary tag.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kVoices = {{
    {"en", "en-us"},       {"en-us", "en-us"},    {"en-gb", "en-gb"},     {"pt", "pt"},
    {"pt-br", "pt-br"},    {"zh", "cmn"},         {"zh-cn", "cmn"},       {"zh-hans", "cmn"},
    {"zh-tw", "cmn-latn-pinyin"}, {"nb", "nb"},
}};

// Languages eSpeak NG has a voice for under their own primary tag.
constexpr std::array<std::string_view, 60> kOwnVoice = {
    "af", "am", "an", "ar", "as", "az", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el",
    "eo", "es", "et", "eu", "fa", "fi", "fr", "ga", "gd", "gu", "he", "hi", "hr", "hu", "hy",
    "id", "is", "it", "ja", "ka", "kn", "ko", "la", "lt", "lv", "mk", "ml", "mr", "ms", "mt",
    "my", "ne", "nl", "pa", "pl", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "tr",
};

}  // namespace

std::string detect_language(std::string_view text, const LanguageDetectConfig& config) {
  std::size_t letters = 0;
  for (char c : text) letters += text::is_space(c) ? 0u : 1u;
  if (letters < config.min_bytes) return "";
  std::string result = classify(text, config);
  // "[en--utf8][de--utf8]": the first candidate is the best; "SHORT" and "UNKNOWN" are no answer.
  if (result.size() < 3 || result[0] != '[') return "";
  std::size_t close = result.find(']');
  std::string id = result.substr(1, close == std::string::npos ? std::string::npos : close - 1);
  std::size_t cut = id.find("--");
  if (cut == std::string::npos) cut = id.rfind("-utf8");
  return id.substr(0, cut);
}

std::string voice_for_language(std::string_view tag) {
  std::string key = text::lower(tag);
  for (char& c : key) {
    if (c == '_') c = '-';
  }
  for (const auto& [language, voice] : kVoices) {
    if (key == language) return std::string(voice);
  }
  std::string primary = key.substr(0, key.find('-'));
  for (const auto& [language, voice] : kVoices) {
    if (primary == language) return std::string(voice);
  }
  for (std::string_view own : kOwnVoice) {
    if (primary == own) return std::string(own);
  }
  return "en-us";
}

bool is_english_tag(std::string_view tag) {
  if (tag.empty()) return true;
  std::string key = text::lower(tag);
  return key == "en" || text::starts_with(key, "en-") || text::starts_with(key, "en_");
}

}  // namespace briefcast
