#include "output/captions.h"

#include "chapters/srt.h"
#include "chapters/webvtt.h"
#include "model/error.h"
#include "output/output_paths.h"

namespace briefcast {

CaptionFormat caption_format_for_path(const std::string& path) {
  std::string ext = lower_extension(path);
  if (ext == "vtt") return CaptionFormat::kWebVtt;
  if (ext == "srt") return CaptionFormat::kSrt;
  throw Error::usage(path + ": captions are written as .vtt or .srt");
}

std::vector<TimedText> caption_cues(const std::vector<SpokenSegment>& segments, int sample_rate_hz) {
  std::vector<TimedText> cues;
  for (const SpokenSegment& segment : segments) {
    std::int64_t start_ms = frames_to_ms(segment.start_frame, sample_rate_hz);
    std::int64_t end_ms = frames_to_ms(segment.end_frame, sample_rate_hz);
    std::string text = one_line(segment.text);
    if (end_ms <= start_ms || text.empty()) continue;
    cues.push_back({start_ms, end_ms, std::move(text)});
  }
  return cues;
}

std::string make_captions(CaptionFormat format, const std::vector<SpokenSegment>& segments, int sample_rate_hz) {
  std::vector<TimedText> cues = caption_cues(segments, sample_rate_hz);
  return format == CaptionFormat::kSrt ? make_srt(cues) : make_webvtt(cues);
}

}  // namespace briefcast
