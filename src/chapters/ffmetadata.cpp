#include "chapters/ffmetadata.h"

#include "chapters/timed_text.h"

namespace briefcast {

std::string escape_ffmetadata(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : one_line(text)) {
    if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string make_ffmetadata(const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags) {
  std::string text = ";FFMETADATA1\n";
  auto tag = [&text](const char* key, const std::string& value) {
    if (!value.empty()) text += std::string(key) + "=" + escape_ffmetadata(value) + "\n";
  };
  tag("title", tags.title);
  tag("artist", tags.artist);
  tag("date", tags.date);
  tag("comment", tags.comment);
  for (const TimedText& entry : chapters_to_timed_text(chapters, sample_rate_hz)) {
    text += "\n[CHAPTER]\nTIMEBASE=1/1000\n";
    text += "START=" + std::to_string(entry.start_ms) + "\n";
    text += "END=" + std::to_string(entry.end_ms) + "\n";
    text += "title=" + escape_ffmetadata(entry.text) + "\n";
  }
  return text;
}

}  // namespace briefcast
