#include "assemble/audio_probe.h"

#include <memory>

#include "assemble/audio_format.h"
#include "assemble/libav.h"
#include "assemble/wav_reader.h"
#include "model/error.h"

namespace briefcast {

namespace {

std::int64_t rescale_ms(std::int64_t value, AVRational time_base) {
  // value * num / den seconds, in ms, without overflow for any real file length.
  long double ms = static_cast<long double>(value) * 1000.0L * time_base.num / time_base.den;
  return static_cast<std::int64_t>(ms + (ms >= 0 ? 0.5L : -0.5L));
}

AudioSummary probe_wav(const std::string& path) {
  WavInfo info = read_wav_info(path);
  if (info.sample_rate_hz <= 0) throw Error::input(path, "audio with no sample rate");
  AVRational frame = {1, info.sample_rate_hz};
  AudioSummary summary;
  summary.duration_ms = rescale_ms(info.frames, frame);
  summary.title = info.title;
  for (const Chapter& chapter : info.chapters) {
    summary.chapters.push_back({chapter.title, rescale_ms(chapter.start_frame, frame), rescale_ms(chapter.frame_count, frame)});
  }
  return summary;
}

std::string metadata_value(const LibAv& av, AVDictionary* metadata, const char* key) {
  AVDictionaryEntry* entry = av.av_dict_get(metadata, key, nullptr, 0);
  return entry != nullptr && entry->value != nullptr ? entry->value : "";
}

AudioSummary probe_with_libav(const std::string& path) {
  const LibAv* loaded = nullptr;
  try {
    loaded = &libav(path);
  } catch (const Error& e) {
    throw Error::input(path, "cannot read its duration and chapters: " + e.message());
  }
  const LibAv& av = *loaded;
  av.av_log_set_level(AV_LOG_QUIET);
  AVFormatContext* raw = nullptr;
  if (av.avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0) throw Error::input(path, "cannot read audio");
  auto close = [&av](AVFormatContext* context) { av.avformat_close_input(&context); };
  std::unique_ptr<AVFormatContext, decltype(close)> context(raw, close);
  if (av.avformat_find_stream_info(context.get(), nullptr) < 0 || context->duration <= 0) {
    throw Error::input(path, "cannot tell how long this audio is");
  }
  AudioSummary summary;
  summary.duration_ms = rescale_ms(context->duration, {1, AV_TIME_BASE});
  summary.title = metadata_value(av, context->metadata, "title");
  for (unsigned i = 0; i < context->nb_chapters; ++i) {
    const AVChapter* chapter = context->chapters[i];
    std::int64_t start = rescale_ms(chapter->start, chapter->time_base);
    std::int64_t end = rescale_ms(chapter->end, chapter->time_base);
    summary.chapters.push_back({metadata_value(av, chapter->metadata, "title"), start, end - start});
  }
  return summary;
}

}  // namespace

AudioSummary probe_audio(const std::string& path) {
  std::optional<AudioContainer> container = container_for_path(path);
  if (!container) throw Error::input(path, "not an audio file briefcast knows (.mp3 .m4a .m4b .ogg .opus .flac .wav)");
  return *container == AudioContainer::kWav ? probe_wav(path) : probe_with_libav(path);
}

}  // namespace briefcast
