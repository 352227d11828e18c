#include "pipeline/briefing.h"

#include <algorithm>

#include "io/article_input.h"
#include "model/error.h"
#include "segment/segmenter.h"

namespace briefcast {

Article load_article(const std::string& path, const CleanConfig& config) {
  std::string bytes = read_article_bytes(path);
  return clean_article(bytes, path, config);
}

std::vector<Segment> script_article(const Article& article, const NormalizeConfig& config) {
  std::vector<Segment> script = segment_article(article);
  normalize_segments(script, config);
  return script;
}

std::int64_t speak_script(const std::vector<Segment>& script, Synthesizer& synthesizer, const PauseConfig& pauses,
                          const PcmSink& sink) {
  const int rate = synthesizer.sample_rate_hz();
  std::int64_t frames = 0;
  auto counting_sink = [&](std::span<const std::int16_t> pcm) {
    frames += static_cast<std::int64_t>(pcm.size());
    sink(pcm);
  };
  const std::vector<std::int16_t> zeros(PcmSpool::kBlockFrames, 0);
  auto silence = [&](std::int64_t count) {
    while (count > 0) {
      auto n = static_cast<std::size_t>(std::min<std::int64_t>(count, static_cast<std::int64_t>(zeros.size())));
      counting_sink(std::span<const std::int16_t>(zeros.data(), n));
      count -= static_cast<std::int64_t>(n);
    }
  };
  int pending_pause_ms = 0;
  bool spoken_anything = false;
  for (const Segment& segment : script) {
    if (segment.kind == SegmentKind::kParagraphEnd) {
      pending_pause_ms = std::max(pending_pause_ms, pauses.paragraph_ms);
      continue;
    }
    const std::string& text = segment.spoken.empty() ? segment.text : segment.spoken;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (spoken_anything) silence(ms_to_frames(pending_pause_ms, rate));
    synthesizer.speak(text, counting_sink);
    spoken_anything = true;
    pending_pause_ms = segment.kind == SegmentKind::kTitle ? pauses.after_title_ms : pauses.sentence_ms;
  }
  return frames;
}

std::int64_t speak_script(const std::vector<Segment>& script, Synthesizer& synthesizer, const PauseConfig& pauses,
                          PcmSpool& spool) {
  return speak_script(script, synthesizer, pauses, [&spool](std::span<const std::int16_t> pcm) { spool.append(pcm); });
}

std::vector<Chapter> render_briefing(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                     const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool) {
  std::vector<Chapter> chapters;
  for (const Article& article : articles) {
    if (!chapters.empty()) spool.append_silence(ms_to_frames(pauses.chapter_ms, synthesizer.sample_rate_hz()));
    Chapter chapter;
    chapter.title = article.title;
    chapter.start_frame = spool.frames();
    try {
      speak_script(script_article(article, normalize), synthesizer, pauses, spool);
    } catch (const Error& e) {
      if (!e.path().empty()) throw;
      throw Error(e.stage(), article.metadata.source_path, e.message());
    }
    chapters.push_back(std::move(chapter));
  }
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    std::int64_t end = i + 1 < chapters.size() ? chapters[i + 1].start_frame : spool.frames();
    chapters[i].frame_count = end - chapters[i].start_frame;
  }
  return chapters;
}

}  // namespace briefcast
