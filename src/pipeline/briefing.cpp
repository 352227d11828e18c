#include "pipeline/briefing.h"

#include <algorithm>

#include "io/article_input.h"
#include "model/error.h"
#include "normalize/language.h"
#include "segment/segmenter.h"

namespace briefcast {

std::string article_language(const Article& article, const std::string& requested) {
  if (!requested.empty()) return requested;
  if (!article.metadata.language.empty()) return article.metadata.language;
  // The classifier looks at the first few kilobytes only; a longer sample buys nothing.
  std::string sample = article.title;
  for (const std::string& paragraph : article.paragraphs) {
    if (sample.size() > 4096) break;
    sample += "\n" + paragraph;
  }
  std::string detected = detect_language(sample);
  return detected.empty() ? "en" : detected;
}

LexiconParseResult load_lexicon_file(const std::string& path) {
  std::string text;
  try {
    text = read_article_bytes(path);
  } catch (const Error& e) {
    throw Error::input(path, "cannot use as a lexicon: " + e.message());
  }
  return parse_lexicon(text);
}

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
                          PcmSpool& spool) {
  const std::int64_t start = spool.frames();
  const int rate = synthesizer.sample_rate_hz();
  auto sink = [&spool](std::span<const std::int16_t> pcm) { spool.append(pcm); };
  int pending_pause_ms = 0;
  bool spoken_anything = false;
  for (const Segment& segment : script) {
    if (segment.kind == SegmentKind::kParagraphEnd) {
      pending_pause_ms = std::max(pending_pause_ms, pauses.paragraph_ms);
      continue;
    }
    const std::string& text = segment.spoken.empty() ? segment.text : segment.spoken;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (spoken_anything) spool.append_silence(ms_to_frames(pending_pause_ms, rate));
    synthesizer.speak(text, sink);
    spoken_anything = true;
    pending_pause_ms = segment.kind == SegmentKind::kTitle ? pauses.after_title_ms : pauses.sentence_ms;
  }
  return spool.frames() - start;
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
