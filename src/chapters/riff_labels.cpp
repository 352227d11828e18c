#include "chapters/riff_labels.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace briefcast {

namespace {

// Each label's header, cue id, NUL and pad byte: what a label costs beyond its text.
constexpr std::size_t kLabelOverheadBytes = 16;

void put_u32_le(std::string& out, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xffu));
}

std::uint32_t get_u32_le(std::string_view bytes, std::size_t pos) {
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < 4; ++k) value |= std::uint32_t{static_cast<unsigned char>(bytes[pos + k])} << (8 * k);
  return value;
}

// At most `max_bytes` of `text`, without splitting a UTF-8 character.
std::string truncate_utf8(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  // Step back over continuation bytes (10xxxxxx) so the cut lands on a character start.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0u) == 0x80u) --end;
  return text.substr(0, end);
}

// Share the byte budget between labels so hundreds of chapters still fit.
std::size_t label_budget(std::size_t chapter_count) {
  if (chapter_count == 0) return kMaxLabelBytes;
  const std::size_t share = kMaxAdtlBytes / chapter_count;
  return std::min(share > kLabelOverheadBytes ? share - kLabelOverheadBytes : 0, kMaxLabelBytes);
}

void append_label(std::string& payload, std::uint32_t cue_id, std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\0'), text.end());
  const auto size = static_cast<std::uint32_t>(4 + text.size() + 1);  // cue id + text + NUL
  payload += "labl";
  put_u32_le(payload, size);
  put_u32_le(payload, cue_id);
  payload += text;
  payload.push_back('\0');
  if (size % 2 == 1) payload.push_back('\0');  // RIFF pad byte, not counted in size
}

}  // namespace

std::vector<CuePoint> cue_points_for(const std::vector<Chapter>& chapters) {
  std::vector<CuePoint> points;
  points.reserve(chapters.size());
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    points.push_back({static_cast<std::uint32_t>(i + 1), chapters[i].start_frame});
  }
  return points;
}

std::string encode_adtl(const std::vector<Chapter>& chapters) {
  const std::size_t per_label = label_budget(chapters.size());
  std::string payload = "adtl";
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    // Past the budget later cues go unlabelled rather than overflow libsndfile's header buffer.
    if (payload.size() + kLabelOverheadBytes + per_label > kMaxAdtlBytes) break;
    append_label(payload, static_cast<std::uint32_t>(i + 1), truncate_utf8(chapters[i].title, per_label));
  }
  // Payload lengths are even here; pad to a multiple of 4 with a JUNK sub-chunk if needed.
  if (payload.size() % 4 == 2) {
    payload += "JUNK";
    put_u32_le(payload, 2);
    payload.append(2, '\0');
  }
  return payload;
}

std::vector<CueLabel> decode_adtl(std::string_view payload) {
  std::vector<CueLabel> labels;
  if (!payload.starts_with("adtl")) return labels;
  std::size_t pos = 4;
  while (pos + 8 <= payload.size()) {
    const std::string_view id = payload.substr(pos, 4);
    const std::uint32_t size = get_u32_le(payload, pos + 4);
    if (size > payload.size() - pos - 8) break;
    if (id == "labl" && size >= 4) {
      const std::string_view text = payload.substr(pos + 12, size - 4);
      labels.push_back({get_u32_le(payload, pos + 8), std::string(text.substr(0, text.find('\0')))});
    }
    // The pad byte after an odd size may be missing at the very end; the loop bound allows it.
    pos += 8 + std::size_t{size} + (size & 1u);
  }
  return labels;
}

std::vector<Chapter> chapters_from_cues(std::vector<CuePoint> points, const std::vector<CueLabel>& labels,
                                        std::int64_t total_frames) {
  std::unordered_map<std::uint32_t, const std::string*> title_of;
  for (const CueLabel& label : labels) title_of[label.cue_id] = &label.text;
  std::stable_sort(points.begin(), points.end(), [](const CuePoint& a, const CuePoint& b) { return a.frame < b.frame; });
  std::vector<Chapter> chapters;
  chapters.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    Chapter chapter;
    if (auto found = title_of.find(points[i].id); found != title_of.end()) chapter.title = *found->second;
    chapter.start_frame = points[i].frame;
    const std::int64_t end = i + 1 < points.size() ? points[i + 1].frame : total_frames;
    chapter.frame_count = end - chapter.start_frame;
    chapters.push_back(std::move(chapter));
  }
  return chapters;
}

}  // namespace briefcast
