#include "output/briefing_output.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "assemble/audio_chain.h"
#include "assemble/chapter_tags.h"
#include "assemble/mp4_file.h"
#include "assemble/resampler.h"
#include "assemble/sndfile_writer.h"
#include "io/atomic_output.h"
#include "model/error.h"
#include "output/captions.h"
#include "output/output_paths.h"
#include "output/player_page.h"

namespace briefcast {

namespace {

constexpr double kLossyPeakHeadroomDb = 1.0;

std::vector<Chapter> rescale_chapters(const std::vector<Chapter>& chapters, int from_rate_hz, int to_rate_hz,
                                      std::int64_t total_frames) {
  std::vector<Chapter> scaled = chapters;
  for (Chapter& chapter : scaled) chapter.start_frame = rescale_frames(chapter.start_frame, from_rate_hz, to_rate_hz);
  for (std::size_t i = 0; i < scaled.size(); ++i) {
    std::int64_t end = i + 1 < scaled.size() ? scaled[i + 1].start_frame : total_frames;
    scaled[i].frame_count = end - scaled[i].start_frame;
  }
  return scaled;
}

}  // namespace

int output_rate_hz(const OutputConfig& config, int synth_rate_hz) {
  if (config.sample_rate_hz > 0) return config.sample_rate_hz;
  // Opus encodes at 48 kHz inside; the voice's 22050 Hz is not among the rates it takes.
  if (container_for_path(config.audio_path) == AudioContainer::kOpus) return 48000;
  return synth_rate_hz;
}

LoudnessConfig parse_loudness_option(const std::string& text) {
  LoudnessConfig config;
  if (text.empty()) return config;
  if (text == "off") {
    config.enabled = false;
    return config;
  }
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(value) || value > 0 || value < -70) {
    throw Error::usage("--loudness takes 'off' or a target in LUFS between -70 and 0, not '" + text + "'");
  }
  config.target_lufs = value;
  return config;
}

void validate_output_config(const OutputConfig& config, int synth_rate_hz) {
  std::optional<AudioContainer> container = container_for_path(config.audio_path);
  if (!container) {
    throw Error::usage(config.audio_path + ": unknown output format (use .wav, .flac, .ogg, .opus, .mp3, .m4a or .m4b)");
  }
  if (config.channels != 1 && config.channels != 2) throw Error::usage("--channels must be 1 or 2");
  if (!config.captions_path.empty()) caption_format_for_path(config.captions_path);
  if (!config.page_path.empty()) {
    std::string ext = lower_extension(config.page_path);
    if (ext != "html" && ext != "htm") throw Error::usage(config.page_path + ": the listening page is written as .html");
  }
  AudioLayout layout{output_rate_hz(config, synth_rate_hz), config.channels};
  if (*container == AudioContainer::kOpus && layout.sample_rate_hz != 48000 && layout.sample_rate_hz != 24000 &&
      layout.sample_rate_hz != 16000 && layout.sample_rate_hz != 12000 && layout.sample_rate_hz != 8000) {
    throw Error::usage(config.audio_path + ": Opus takes 8000, 12000, 16000, 24000 or 48000 Hz");
  }
  if (*container != AudioContainer::kMp4Aac && !sndfile_can_write(*container, layout)) {
    throw Error::usage(config.audio_path + ": " + to_string(*container) + " cannot be written at " +
                       std::to_string(layout.sample_rate_hz) + " Hz (try --sample-rate 48000)");
  }
}

OutputReport write_briefing_outputs(const OutputConfig& config, const RenderedBriefing& briefing,
                                    const PcmSpool& spool, int synth_rate_hz, const AudioTags& tags) {
  const std::vector<Chapter>& chapters = briefing.chapters;
  validate_output_config(config, synth_rate_hz);
  OutputReport report;
  report.container = *container_for_path(config.audio_path);
  report.sample_rate_hz = output_rate_hz(config, synth_rate_hz);
  report.channels = config.channels;

  ChainConfig chain;
  chain.input_rate_hz = synth_rate_hz;
  chain.output_rate_hz = report.sample_rate_hz;
  chain.output_channels = config.channels;
  LoudnessConfig loudness = config.loudness;
  if (report.container != AudioContainer::kWav && report.container != AudioContainer::kFlac) {
    // Lossy encoders overshoot the peaks they are given (Opus by up to ~0.8 dB on this voice),
    // so plan below the limit and let the decoded file land under it.
    loudness.max_true_peak_dbtp -= kLossyPeakHeadroomDb;
  }
  LoudnessPlan plan = plan_loudness(spool, chain, loudness);
  report.loudness = plan.report;
  report.loudness_applied = config.loudness.enabled;
  report.frames = rescale_frames(spool.frames(), synth_rate_hz, report.sample_rate_hz);
  const std::vector<Chapter> out_chapters =
      rescale_chapters(chapters, synth_rate_hz, report.sample_rate_hz, report.frames);

  const AudioLayout layout{report.sample_rate_hz, report.channels};
  FrameSource source = [&](const FrameConsumer& consume) { run_chain(spool, plan.chain, consume); };
  AtomicOutput output(config.audio_path);
  switch (report.container) {
    case AudioContainer::kMp4Aac:
      write_mp4_audio(output, layout, out_chapters, tags, source);
      break;
    default:
      write_sndfile_audio(output, report.container, layout, out_chapters, tags, source);
      // Tags go into the finished temporary file, so a failure still leaves no output behind.
      write_chapter_tags(output.temp_path(), config.audio_path, report.container, out_chapters, report.sample_rate_hz,
                         tags);
      break;
  }
  output.commit();
  report.written.push_back(config.audio_path);

  for (std::string& path :
       write_chapter_sidecars(config.audio_path, config.chapter_formats, out_chapters, report.sample_rate_hz, tags)) {
    report.written.push_back(std::move(path));
  }
  if (!config.captions_path.empty()) {
    write_file_atomically(config.captions_path, make_captions(caption_format_for_path(config.captions_path),
                                                              briefing.segments, synth_rate_hz));
    report.written.push_back(config.captions_path);
  }
  if (!config.page_path.empty()) {
    PlayerPageConfig page;
    page.audio_url = relative_audio_url(config.page_path, config.audio_path);
    page.tags = tags;
    write_file_atomically(config.page_path, make_player_page(briefing, synth_rate_hz, page));
    report.written.push_back(config.page_path);
  }
  return report;
}

std::string clock_duration(std::int64_t frames, int rate_hz) {
  const std::int64_t seconds = rate_hz > 0 ? frames / rate_hz : 0;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld", static_cast<long long>(seconds / 60),
                static_cast<long long>(seconds % 60));
  return buffer;
}

std::string describe_output(const OutputReport& report, std::size_t chapter_count) {
  std::string line = (report.written.empty() ? std::string("(no output)") : report.written.front()) + ": " +
                     std::to_string(chapter_count) + " chapter(s), " +
                     clock_duration(report.frames, report.sample_rate_hz) + " of audio, " +
                     std::to_string(report.sample_rate_hz) + " Hz, " + std::to_string(report.channels) + " channel(s)";
  if (report.loudness_applied) {
    char loudness[96];
    std::snprintf(loudness, sizeof loudness, ", %.1f LUFS (target %.1f), true peak %.1f dBTP", report.loudness.output_lufs,
                  report.loudness.target_lufs, report.loudness.output_true_peak_dbtp);
    line += loudness;
  }
  return line;
}

}  // namespace briefcast
