#include "assemble/loudness_plan.h"

#include <algorithm>
#include <cmath>

#include "assemble/loudness_meter.h"

namespace briefcast {

namespace {

struct Measure {
  double lufs;
  double true_peak_dbtp;
};

Measure measure_chain(const PcmSpool& spool, const ChainConfig& chain, bool true_peak) {
  LoudnessMeter meter(chain.output_channels, chain.output_rate_hz, true_peak);
  run_chain(spool, chain, [&meter](std::span<const float> block) { meter.add(block); });
  return {meter.integrated_lufs(), meter.true_peak_dbtp()};
}

// Close enough to stop refining: well inside the ±1 LU users and checkers allow.
constexpr double kLoudnessToleranceLu = 0.2;
constexpr int kMaxPasses = 5;

}  // namespace

double default_target_lufs(int channels) { return channels >= 2 ? kStereoTargetLufs : kMonoTargetLufs; }

LoudnessPlan plan_loudness(const PcmSpool& spool, const ChainConfig& base, const LoudnessConfig& config) {
  LoudnessPlan plan{base, {}};
  LoudnessReport& report = plan.report;
  report.target_lufs = config.target_lufs.value_or(default_target_lufs(base.output_channels));

  // Plan on the mono signal at the synthesis rate: resampling leaves loudness and true peak
  // as they are, and n identical channels add 10*log10(n) LU, so the mono target is lower.
  ChainConfig probe;
  probe.input_rate_hz = base.input_rate_hz;
  probe.output_rate_hz = base.input_rate_hz;
  const double channel_gain_lu = 10.0 * std::log10(static_cast<double>(std::max(base.output_channels, 1)));
  const double mono_target = report.target_lufs - channel_gain_lu;
  // No gain and no limiter yet: only the loudness is needed, to set the gain; the true peak
  // that matters is the one after gain and limiter, measured below.
  Measure first = measure_chain(spool, probe, false);
  report.passes = 1;
  report.input_lufs = first.lufs;
  report.output_lufs = first.lufs + channel_gain_lu;
  report.output_true_peak_dbtp = first.true_peak_dbtp;
  if (!config.enabled || !std::isfinite(first.lufs)) return plan;  // silence cannot be raised

  // Sample peaks sit below true peaks (inter-sample overs), so the limiter starts a little
  // under the true-peak limit and moves down if the measured true peak still exceeds it.
  probe.gain_db = mono_target - first.lufs;
  probe.ceiling_dbfs = config.max_true_peak_dbtp - 0.5;
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    Measure m = measure_chain(spool, probe, true);
    ++report.passes;
    report.output_lufs = m.lufs + channel_gain_lu;
    report.output_true_peak_dbtp = m.true_peak_dbtp;
    plan.chain.gain_db = probe.gain_db;
    plan.chain.ceiling_dbfs = probe.ceiling_dbfs;
    const bool loud_enough = std::fabs(m.lufs - mono_target) <= kLoudnessToleranceLu;
    const bool peak_ok = m.true_peak_dbtp <= config.max_true_peak_dbtp;
    if ((loud_enough && peak_ok) || pass + 1 == kMaxPasses) break;  // the report must match the chain
    if (!loud_enough && std::isfinite(m.lufs)) probe.gain_db += mono_target - m.lufs;
    if (!peak_ok) *probe.ceiling_dbfs -= m.true_peak_dbtp - config.max_true_peak_dbtp + 0.1;
  }
  return plan;
}

}  // namespace briefcast
