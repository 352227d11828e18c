#include "chapters/timed_text.h"

#include <cstdio>

namespace briefcast {

std::int64_t frames_to_ms(std::int64_t frames, int sample_rate_hz) {
  if (sample_rate_hz <= 0) return 0;
  return (frames * 1000 + sample_rate_hz / 2) / sample_rate_hz;
}

std::vector<TimedText> chapters_to_timed_text(const std::vector<Chapter>& chapters, int sample_rate_hz) {
  std::vector<TimedText> entries;
  entries.reserve(chapters.size());
  for (const Chapter& chapter : chapters) {
    entries.push_back({frames_to_ms(chapter.start_frame, sample_rate_hz),
                       frames_to_ms(chapter.start_frame + chapter.frame_count, sample_rate_hz), one_line(chapter.title)});
  }
  return entries;
}

std::string format_clock_ms(std::int64_t ms, char fraction_separator) {
  if (ms < 0) ms = 0;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld%c%03lld", static_cast<long long>(ms / 3600000),
                static_cast<long long>(ms / 60000 % 60), static_cast<long long>(ms / 1000 % 60), fraction_separator,
                static_cast<long long>(ms % 1000));
  return buffer;
}

std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool space = byte < 0x20 || byte == 0x7f || c == ' ';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace briefcast
