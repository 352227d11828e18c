#include "assemble/sound_loader.h"

#include "assemble/pcm16.h"
#include "assemble/resampler.h"
#include "assemble/riff_layout.h"
#include "assemble/sndfile_handle.h"
#include "model/error.h"

namespace briefcast {

namespace {

std::vector<float> mix_to_mono(const std::vector<float>& interleaved, std::size_t channels, std::size_t frames) {
  std::vector<float> mono(frames);
  for (std::size_t f = 0; f < frames; ++f) {
    float sum = 0;
    for (std::size_t c = 0; c < channels; ++c) sum += interleaved[f * channels + c];
    mono[f] = sum / static_cast<float>(channels);
  }
  return mono;
}

std::vector<float> resample(std::vector<float> mono, int from_rate_hz, int to_rate_hz) {
  if (from_rate_hz == to_rate_hz) return mono;
  Resampler resampler(from_rate_hz, to_rate_hz);
  std::vector<float> resampled;
  resampler.process(mono.data(), mono.size(), resampled);
  resampler.flush(resampled);
  return resampled;
}

}  // namespace

std::vector<std::int16_t> load_sound(const std::string& path, int sample_rate_hz) {
  // A WAV goes through the same chunk check as any foreign WAV; other formats go straight in.
  if (starts_like_riff(path)) check_riff_wave_layout(path);
  SF_INFO info{};
  SndfilePtr file = open_sndfile_for_reading(path, "sound", info);
  if (info.channels < 1 || info.samplerate < 1) throw Error::input(path, "sound has no audio");
  if (info.frames > static_cast<sf_count_t>(kMaxSoundSeconds) * info.samplerate) {
    throw Error::input(path, "sound is longer than " + std::to_string(kMaxSoundSeconds) + " seconds");
  }
  const auto channels = static_cast<std::size_t>(info.channels);
  std::vector<float> interleaved(static_cast<std::size_t>(info.frames) * channels);
  sf_count_t got = sf_readf_float(file.get(), interleaved.data(), info.frames);
  if (got < 0) throw Error::input(path, std::string("cannot read sound: ") + sf_strerror(file.get()));
  std::vector<float> mono = resample(mix_to_mono(interleaved, channels, static_cast<std::size_t>(got)), info.samplerate,
                                     sample_rate_hz);
  std::vector<std::int16_t> samples;
  to_pcm16(mono, samples);
  return samples;
}

}  // namespace briefcast
