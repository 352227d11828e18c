#include "normalize/language.h"

#include <textcat.h>

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

}  // namespace briefcast
