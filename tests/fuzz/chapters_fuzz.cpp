// Fuzz target: the chapter writers. Lines of the input are chapter titles (any bytes, NULs
// included). Each writer's output must be well formed for its readers; for the RIFF labels:
// "adtl", then one labl per chapter with ids 1..n and exact sizes, each text a NUL-free prefix
// of its title cut at a character boundary, a payload that is a multiple of 4 bytes and that
// fits libsndfile's 64 KiB header buffer.
#include <cstdint>
#include <cstring>

#include "chapters/riff_labels.h"
#include "fuzz_check.h"

namespace {

using briefcast::fuzz::check;

std::uint32_t read_u32_le(const std::string& bytes, std::size_t pos) {
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < 4; ++k) value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[pos + k])) << (8 * k);
  return value;
}

void check_adtl(const std::vector<briefcast::Chapter>& chapters) {
  const std::string payload = briefcast::make_adtl_payload(chapters);
  check(payload.size() % 4 == 0, "the adtl payload is a multiple of 4 bytes");
  check(payload.size() <= 64 * 1024 - 1024, "the adtl payload fits libsndfile's header buffer");
  check(payload.compare(0, 4, "adtl") == 0, "the payload starts with adtl");
  std::size_t pos = 4;
  std::uint32_t next_id = 1;
  while (pos + 8 <= payload.size()) {
    const std::string id = payload.substr(pos, 4);
    const std::uint32_t size = read_u32_le(payload, pos + 4);
    check(pos + 8 + size <= payload.size(), "a sub-chunk fits in the payload");
    if (id == "labl") {
      check(size >= 5, "a labl holds an id and a NUL");
      check(read_u32_le(payload, pos + 8) == next_id, "labl ids are 1..n in order");
      const std::string text = payload.substr(pos + 12, size - 4);
      check(text.back() == '\0' && text.find('\0') == text.size() - 1, "a label is one NUL-terminated string");
      const std::string& title = chapters[next_id - 1].title;
      std::string title_without_nul;
      for (char c : title) {
        if (c != '\0') title_without_nul.push_back(c);
      }
      const std::string label = text.substr(0, text.size() - 1);
      check(title_without_nul.compare(0, label.size(), label) == 0, "a label is a prefix of its title");
      if (briefcast::fuzz::is_utf8(title)) check(briefcast::fuzz::is_utf8(label), "a cut never splits a character");
      ++next_id;
    } else {
      check(id == "JUNK", "only labl and the JUNK filler");
    }
    pos += 8 + size + (size % 2);
  }
  check(pos == payload.size(), "sub-chunks fill the payload exactly");
  check(next_id == chapters.size() + 1, "one labl per chapter");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<briefcast::Chapter> chapters;
  std::int64_t frame = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    briefcast::Chapter chapter;
    chapter.title = std::string(text.substr(start, end - start));
    chapter.start_frame = frame;
    chapter.frame_count = 22050 + static_cast<std::int64_t>(chapter.title.size());
    frame += chapter.frame_count;
    chapters.push_back(std::move(chapter));
    start = end + 1;
  }
  // Thousands of chapters once overflowed the label budget (regressions/chapters/).
  check_adtl(chapters);
  return 0;
}
