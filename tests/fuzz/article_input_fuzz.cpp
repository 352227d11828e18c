// Fuzz target: the input decoding rule (io/article_input.h) on any bytes. It either refuses
// with an Error or returns valid UTF-8 without control characters other than tab, LF and CR.
#include <cstdint>

#include "fuzz_check.h"
#include "io/article_input.h"
#include "model/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using briefcast::fuzz::check;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const briefcast::DecodedText text = briefcast::decode_article_text(bytes, "fuzz");
    check(briefcast::fuzz::is_utf8(text.utf8), "decoded text is valid UTF-8");
    check(text.utf8.find_first_not_of(" \t\r\n") != std::string::npos, "decoded text is not blank");
    for (std::size_t i = 0; i < text.utf8.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text.utf8[i]);
      check(byte >= 0x20 || byte == '\t' || byte == '\n' || byte == '\r', "no C0 control survives");
      check(byte != 0x7F, "no DEL survives");
      if (byte == 0xC2 && i + 1 < text.utf8.size()) {
        const auto next = static_cast<unsigned char>(text.utf8[i + 1]);
        check(next < 0x80 || next > 0x9F, "no C1 control survives");
      }
    }
    // UTF-8 in, the same UTF-8 out (minus controls): decoding is idempotent.
    const briefcast::DecodedText again = briefcast::decode_article_text(text.utf8, "fuzz");
    check(again.utf8 == text.utf8, "decoding decoded text changes nothing");
  } catch (const briefcast::Error& e) {
    check(e.stage() == briefcast::Stage::kInput, "refusals are input errors");
    check(e.message().find('\n') == std::string::npos, "the error is one line");
  }
  return 0;
}
