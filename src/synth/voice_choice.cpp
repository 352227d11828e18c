#include "synth/voice_choice.h"

#include <array>
#include <utility>

#include "model/language_tag.h"

namespace briefcast {

namespace {

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

std::string voice_for_language(std::string_view tag) {
  const std::string key = normalized_language_tag(tag);
  for (const auto& [language, voice] : kVoices) {
    if (key == language) return std::string(voice);
  }
  const std::string primary = primary_language(key);
  for (const auto& [language, voice] : kVoices) {
    if (primary == language) return std::string(voice);
  }
  for (std::string_view own : kOwnVoice) {
    if (primary == own) return std::string(own);
  }
  return "en-us";
}

}  // namespace briefcast
