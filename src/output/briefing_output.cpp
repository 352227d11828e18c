#include "output/briefing_output.h"

#include "assemble/wav_file.h"

namespace briefcast {

OutputReport write_briefing_outputs(const OutputConfig& config, const std::vector<Chapter>& chapters,
                                    const PcmSpool& spool, int sample_rate_hz, const AudioTags& tags) {
  OutputReport report;
  write_briefing_wav(config.audio_path, sample_rate_hz, chapters, tags, spool);
  report.written.push_back(config.audio_path);
  report.frames = spool.frames();
  report.sample_rate_hz = sample_rate_hz;
  for (std::string& path : write_chapter_sidecars(config.audio_path, config.chapter_formats, chapters, sample_rate_hz, tags)) {
    report.written.push_back(std::move(path));
  }
  return report;
}

}  // namespace briefcast
