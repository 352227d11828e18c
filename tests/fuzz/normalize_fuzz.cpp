// Fuzz target: the normalizer, one line at a time as the pipeline calls it. The first byte
// picks the language. The spoken form is one line, grows by a bounded factor, and is valid
// UTF-8 whenever the written form is.
#include <array>
#include <cstdint>

#include "fuzz_check.h"
#include "normalize/normalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using briefcast::fuzz::check;
  if (size == 0) return 0;
  static const std::array<const char*, 6> kLanguages = {"en", "en-us", "en-gb", "fr", "de", "zh"};
  briefcast::NormalizeConfig config;
  config.language = kLanguages[data[0] % kLanguages.size()];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::string spoken = briefcast::normalize_text(line, config);
    check(spoken.find('\n') == std::string::npos, "the spoken form is one line");
    // The widest expansions (a symbol becomes a word, a digit a number name) stay well under
    // this; unbounded growth would let one article exhaust memory.
    check(spoken.size() <= line.size() * 32 + 64, "the spoken form grows by a bounded factor");
    if (briefcast::fuzz::is_utf8(line)) check(briefcast::fuzz::is_utf8(spoken), "UTF-8 in, UTF-8 out");
    start = end + 1;
  }
  return 0;
}
