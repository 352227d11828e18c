#include "chapters/riff_labels.h"

#include <algorithm>
#include <cstdint>

namespace briefcast {

namespace {

void put_u32_le(std::string& out, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xffu));
}

}  // namespace

std::string truncate_utf8(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  // Step back over continuation bytes (10xxxxxx) so the cut lands on a character start.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0u) == 0x80u) --end;
  return text.substr(0, end);
}

std::string make_adtl_payload(const std::vector<Chapter>& chapters) {
  // Share the byte budget between labels so hundreds of chapters still fit.
  std::size_t per_label = kMaxLabelBytes;
  if (!chapters.empty()) {
    // 16 bytes of each label's share go to its header, cue id, NUL and pad.
    const std::size_t share = kMaxAdtlBytes / chapters.size();
    per_label = std::min(share > 16 ? share - 16 : 0, kMaxLabelBytes);
  }

  std::string payload = "adtl";
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    // Past the budget (thousands of chapters) later cues go unlabelled rather than overflow
    // libsndfile's header buffer.
    if (payload.size() + 16 + per_label > kMaxAdtlBytes) break;
    std::string title = truncate_utf8(chapters[i].title, per_label);
    title.erase(std::remove(title.begin(), title.end(), '\0'), title.end());
    auto size = static_cast<std::uint32_t>(4 + title.size() + 1);  // cue id + text + NUL
    payload += "labl";
    put_u32_le(payload, size);
    put_u32_le(payload, static_cast<std::uint32_t>(i + 1));
    payload += title;
    payload.push_back('\0');
    if (size % 2 == 1) payload.push_back('\0');  // RIFF pad byte, not counted in size
  }
  // Payload lengths are even here; pad to a multiple of 4 with a JUNK sub-chunk if needed.
  if (payload.size() % 4 == 2) {
    payload += "JUNK";
    put_u32_le(payload, 2);
    payload.append(2, '\0');
  }
  return payload;
}

}  // namespace briefcast
