#include "chapters/cue_sheet.h"

#include <algorithm>
#include <cstdio>

#include "chapters/timed_text.h"

namespace briefcast {

namespace {

constexpr std::int64_t kCueFramesPerSecond = 75;

// CUE has no escape for a double quote inside a quoted field, so it becomes a single quote.
std::string quoted(const std::string& text) {
  std::string value = one_line(text);
  std::replace(value.begin(), value.end(), '"', '\'');
  return "\"" + value + "\"";
}

// The FILE type says how to decode; players take WAVE for any file they decode themselves,
// but MP3 has its own keyword.
std::string file_type(const std::string& name) {
  std::size_t dot = name.find_last_of('.');
  std::string ext = dot == std::string::npos ? "" : name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "mp3") return "MP3";
  if (ext == "aif" || ext == "aiff") return "AIFF";
  return "WAVE";
}

}  // namespace

std::string format_cue_time(std::int64_t frames, int sample_rate_hz) {
  if (sample_rate_hz <= 0 || frames < 0) frames = 0;
  // Round down so that an index never points past the chapter's first sample.
  std::int64_t cd_frames = sample_rate_hz > 0 ? frames * kCueFramesPerSecond / sample_rate_hz : 0;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld", static_cast<long long>(cd_frames / (60 * kCueFramesPerSecond)),
                static_cast<long long>(cd_frames / kCueFramesPerSecond % 60),
                static_cast<long long>(cd_frames % kCueFramesPerSecond));
  return buffer;
}

std::string make_cue_sheet(const std::vector<Chapter>& chapters, int sample_rate_hz, const CueSheetConfig& config) {
  std::string sheet;
  if (!config.performer.empty()) sheet += "PERFORMER " + quoted(config.performer) + "\n";
  if (!config.title.empty()) sheet += "TITLE " + quoted(config.title) + "\n";
  sheet += "FILE " + quoted(config.audio_file_name) + " " + file_type(config.audio_file_name) + "\n";
  std::size_t count = std::min(chapters.size(), kMaxCueTracks);
  for (std::size_t i = 0; i < count; ++i) {
    char track[48];
    std::snprintf(track, sizeof track, "  TRACK %02zu AUDIO\n", i + 1);
    sheet += track;
    sheet += "    TITLE " + quoted(chapters[i].title) + "\n";
    sheet += "    INDEX 01 " + format_cue_time(chapters[i].start_frame, sample_rate_hz) + "\n";
  }
  return sheet;
}

}  // namespace briefcast
