#include "pipeline/briefing.h"

#include <algorithm>

#include "io/article_input.h"
#include "model/error.h"
#include "normalize/language.h"
#include "synth/voice_choice.h"
#include "pipeline/announcements.h"
#include "segment/segmenter.h"
#include "synth/engine_watch.h"

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

NormalizeConfig prepare_article_language(const Article& article, const NormalizeConfig& normalize,
                                         const LanguageChoice& choice, Synthesizer& synthesizer) {
  NormalizeConfig config = normalize;
  if (!choice.per_article) return config;
  config.language = article_language(article, choice.forced_language);
  if (choice.voice_follows_language) {
    VoiceConfig voice = synthesizer.voice();
    voice.voice = voice_for_language(config.language);
    if (voice.voice != synthesizer.voice().voice) synthesizer.set_voice(voice);
  }
  return config;
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
  std::vector<Segment> script = segment_article(article, config.language);
  normalize_segments(script, config);
  return script;
}

std::int64_t speak_script(const std::vector<Segment>& script, Synthesizer& synthesizer, const PauseConfig& pauses,
                          PcmSpool& spool) {
  const std::int64_t start = spool.frames();
  speak_script_timed(script, synthesizer, pauses, spool);
  return spool.frames() - start;
}

std::vector<SpokenSegment> speak_script_timed(const std::vector<Segment>& script, Synthesizer& synthesizer,
                                              const PauseConfig& pauses, PcmSpool& spool) {
  std::vector<SpokenSegment> spoken;
  const int rate = synthesizer.sample_rate_hz();
  auto sink = [&spool](std::span<const std::int16_t> pcm) { spool.append(pcm); };
  std::vector<SpeechEvent> events;
  int pending_pause_ms = 0;
  for (const Segment& segment : script) {
    if (segment.kind == SegmentKind::kParagraphEnd) {
      pending_pause_ms = std::max(pending_pause_ms, pauses.paragraph_ms);
      continue;
    }
    const std::string& text = segment.spoken.empty() ? segment.text : segment.spoken;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (!spoken.empty()) spool.append_silence(ms_to_frames(pending_pause_ms, rate));
    // Event frames count from the start of this speak() call, so keep where it began.
    const std::int64_t call_start = spool.frames();
    events.clear();
    synthesizer.speak(text, sink, &events);
    SpokenSegment timing;
    timing.kind = segment.kind;
    timing.text = segment.text.empty() ? text : segment.text;
    timing.start_frame = call_start;
    auto first_word = std::find_if(events.begin(), events.end(),
                                   [](const SpeechEvent& e) { return e.kind == SpeechEvent::Kind::kWord; });
    if (first_word != events.end()) timing.start_frame = std::min(call_start + first_word->frame, spool.frames());
    timing.end_frame = spool.frames();
    spoken.push_back(std::move(timing));
    pending_pause_ms = segment.kind == SegmentKind::kTitle ? pauses.after_title_ms : pauses.sentence_ms;
  }
  return spoken;
}

namespace {

// Speaks host sentences (intro, outro) through the same normalizer as the stories.
void speak_announcement(const std::vector<std::string>& sentences, Synthesizer& synthesizer,
                        const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool,
                        RenderedBriefing& rendered) {
  std::vector<Segment> script;
  for (const std::string& sentence : sentences) {
    Segment segment;
    segment.kind = SegmentKind::kSentence;
    segment.text = sentence;
    script.push_back(std::move(segment));
  }
  normalize_segments(script, normalize);
  for (SpokenSegment& segment : speak_script_timed(script, synthesizer, pauses, spool)) {
    segment.chapter_index = kNoChapter;
    rendered.segments.push_back(std::move(segment));
  }
}

}  // namespace

RenderedBriefing render_briefing_timed(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                       const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool,
                                       const ProductionConfig& production, const LanguageChoice& language) {
  RenderedBriefing rendered;
  std::vector<Chapter>& chapters = rendered.chapters;
  const int rate = synthesizer.sample_rate_hz();
  const VoiceConfig briefing_voice = synthesizer.voice();  // articles may switch it; the outro returns to it
  if (production.spoken_intro) {
    std::vector<std::string> titles;
    for (const Article& article : articles) titles.push_back(article.title);
    speak_announcement(make_intro_sentences(titles, production.date), synthesizer, normalize, pauses, spool, rendered);
    spool.append_silence(ms_to_frames(pauses.chapter_ms, rate));
  }
  for (const Article& article : articles) {
    if (!chapters.empty()) {
      if (production.chime.empty()) {
        spool.append_silence(ms_to_frames(pauses.chapter_ms, rate));
      } else {
        spool.append_silence(ms_to_frames(pauses.chapter_ms / 2, rate));
        spool.append(production.chime);
        spool.append_silence(ms_to_frames(pauses.chapter_ms - pauses.chapter_ms / 2, rate));
      }
    }
    Chapter chapter;
    chapter.title = article.title;
    chapter.start_frame = spool.frames();
    try {
      const NormalizeConfig article_normalize = prepare_article_language(article, normalize, language, synthesizer);
      std::vector<SpokenSegment> spoken = with_engine_watch(article.metadata.source_path, [&] {
        return speak_script_timed(script_article(article, article_normalize), synthesizer, pauses, spool);
      });
      for (SpokenSegment& segment : spoken) {
        segment.chapter_index = chapters.size();
        rendered.segments.push_back(std::move(segment));
      }
    } catch (const Error& e) {
      if (!e.path().empty()) throw;
      throw Error(e.stage(), article.metadata.source_path, e.message());
    }
    chapters.push_back(std::move(chapter));
  }
  // The intro opens the first chapter: CUE players and MP4 chapter tracks both take the first
  // chapter to start at 0, so a chapter starting later would disagree between formats.
  if (!chapters.empty()) chapters.front().start_frame = 0;
  if (production.spoken_outro && !chapters.empty()) {
    if (synthesizer.voice().voice != briefing_voice.voice) synthesizer.set_voice(briefing_voice);
    spool.append_silence(ms_to_frames(pauses.chapter_ms, rate));
    speak_announcement(make_outro_sentences(production.date), synthesizer, normalize, pauses, spool, rendered);
  }
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    std::int64_t end = i + 1 < chapters.size() ? chapters[i + 1].start_frame : spool.frames();
    chapters[i].frame_count = end - chapters[i].start_frame;
  }
  return rendered;
}

}  // namespace briefcast
