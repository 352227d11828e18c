// The sample path between spool and encoder: limiter, resampler, loudness planning.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "assemble/audio_chain.h"
#include "assemble/loudness_meter.h"
#include "assemble/loudness_plan.h"
#include "assemble/peak_limiter.h"
#include "assemble/resampler.h"

namespace briefcast {
namespace {

// A tone in bursts, like speech: 0.3 s on, 0.2 s off, with one loud click per burst.
void fill_bursts(PcmSpool& spool, int rate, double seconds, double amplitude) {
  const auto total = static_cast<std::size_t>(seconds * rate);
  std::vector<std::int16_t> samples(total);
  for (std::size_t i = 0; i < total; ++i) {
    double t = static_cast<double>(i) / rate;
    bool on = std::fmod(t, 0.5) < 0.3;
    double value = on ? amplitude * std::sin(2 * std::numbers::pi * 220.0 * t) : 0.0;
    if (on && i % static_cast<std::size_t>(rate / 2) == 1000) value = 0.99;  // a peak far above the rest
    samples[i] = static_cast<std::int16_t>(std::lround(value * 32767));
  }
  spool.append(samples);
}

ChainConfig chain_config(int input_rate_hz, int output_rate_hz, int channels) {
  ChainConfig config;
  config.input_rate_hz = input_rate_hz;
  config.output_rate_hz = output_rate_hz;
  config.output_channels = channels;
  return config;
}

TEST(PeakLimiter, KeepsLengthAndCeiling) {
  LimiterConfig config;
  config.ceiling = 0.5;
  config.lookahead_frames = 32;
  config.release_frames = 200;
  PeakLimiter limiter(config);
  std::vector<float> in(1000, 0.1f);
  in[500] = 1.0f;
  in[501] = -0.9f;
  std::vector<float> out;
  limiter.process(in.data(), 400, out);
  limiter.process(in.data() + 400, 600, out);
  limiter.flush(out);
  ASSERT_EQ(out.size(), in.size());
  for (float s : out) EXPECT_LE(std::fabs(s), 0.5f + 1e-6f);
  EXPECT_NEAR(out[500], 0.5f, 1e-3f);   // the peak lands on the ceiling, in place
  EXPECT_NEAR(out[100], 0.1f, 1e-6f);   // quiet parts far from the peak are untouched
  EXPECT_NEAR(out[999], 0.1f, 5e-3f);   // and recover after it (2.5 release time constants)
}

TEST(Resampler, GivesExactLengthAndKeepsATone) {
  Resampler resampler(22050, 44100);
  std::vector<float> in(22050), out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    in[i] = static_cast<float>(0.5 * std::sin(2 * std::numbers::pi * 440.0 * static_cast<double>(i) / 22050));
  }
  resampler.process(in.data(), 10000, out);
  resampler.process(in.data() + 10000, in.size() - 10000, out);
  resampler.flush(out);
  EXPECT_EQ(out.size(), 44100u);
  float peak = 0;
  for (std::size_t i = 1000; i < 43000; ++i) peak = std::max(peak, std::fabs(out[i]));
  EXPECT_NEAR(peak, 0.5f, 0.01f);
  EXPECT_EQ(rescale_frames(22050, 22050, 48000), 48000);
  EXPECT_EQ(rescale_frames(1, 22050, 44100), 2);
}

TEST(AudioChain, PassesSamplesThroughUntouchedWithoutProcessing) {
  PcmSpool spool;
  std::vector<std::int16_t> samples = {0, 1, -1, 32767, -32768, 12345};
  spool.append(samples);
  std::vector<float> out;
  run_chain(spool, chain_config(22050, 22050, 1),
            [&](std::span<const float> block) { out.insert(out.end(), block.begin(), block.end()); });
  ASSERT_EQ(out.size(), samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    EXPECT_EQ(std::lround(static_cast<double>(out[i]) * 32768.0), samples[i]);
  }
}

TEST(AudioChain, DuplicatesMonoIntoStereo) {
  PcmSpool spool;
  std::vector<std::int16_t> samples = {100, -200, 300};
  spool.append(samples);
  std::vector<float> out;
  std::int64_t frames = run_chain(spool, chain_config(22050, 22050, 2),
                                  [&](std::span<const float> block) { out.insert(out.end(), block.begin(), block.end()); });
  EXPECT_EQ(frames, 3);
  ASSERT_EQ(out.size(), 6u);
  EXPECT_EQ(out[2], out[3]);
}

TEST(LoudnessPlan, ReachesTargetUnderThePeakLimit) {
  PcmSpool spool;
  fill_bursts(spool, 22050, 20, 0.05);
  ChainConfig base = chain_config(22050, 44100, 2);
  LoudnessPlan plan = plan_loudness(spool, base, {});
  EXPECT_DOUBLE_EQ(plan.report.target_lufs, kStereoTargetLufs);
  EXPECT_EQ(plan.chain.output_rate_hz, 44100);

  // Measure what the chain really writes, at the output rate and channel count.
  LoudnessMeter meter(2, 44100);
  run_chain(spool, plan.chain, [&](std::span<const float> block) { meter.add(block); });
  EXPECT_NEAR(meter.integrated_lufs(), -16.0, 0.5);
  EXPECT_LE(meter.true_peak_dbtp(), -1.0 + 0.05);
}

TEST(LoudnessPlan, OffLeavesTheChainAlone) {
  PcmSpool spool;
  fill_bursts(spool, 22050, 5, 0.05);
  LoudnessConfig off;
  off.enabled = false;
  LoudnessPlan plan = plan_loudness(spool, chain_config(22050, 22050, 1), off);
  EXPECT_EQ(plan.chain.gain_db, 0.0);
  EXPECT_FALSE(plan.chain.ceiling_dbfs.has_value());
  EXPECT_LT(plan.report.input_lufs, -20.0);
}

}  // namespace
}  // namespace briefcast
