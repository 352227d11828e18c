// What a batch run produced: one ArticleResult per input, in input order, and the combined
// briefing. Plain data, shared by the runner, the progress display and the JSON report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace briefcast {

enum class ArticleStatus {
  kPending,      // not reached yet
  kSynthesized,  // spoken in this run
  kUpToDate,     // the existing output matched the input and settings; nothing was done
  kFailed,       // the input, the engine or the output failed; `error` says how
  kCancelled,    // the run was stopped first; a rerun will do it
};

const char* to_string(ArticleStatus status);

struct ArticleResult {
  std::string input;
  std::string output;  // the per-article WAV (written, or to be written)
  ArticleStatus status = ArticleStatus::kPending;
  std::string error;   // one line, for kFailed and kCancelled
  std::string title;
  std::int64_t frames = 0;
  int sample_rate_hz = 0;
  double wall_seconds = 0;                          // time spent on it in this run
  std::optional<std::int64_t> combined_start_frame;  // its chapter in the combined briefing

  bool ok() const { return status == ArticleStatus::kSynthesized || status == ArticleStatus::kUpToDate; }
  double duration_seconds() const { return sample_rate_hz > 0 ? static_cast<double>(frames) / sample_rate_hz : 0.0; }
};

struct CombinedResult {
  std::string path;  // empty when no combined briefing was asked for
  ArticleStatus status = ArticleStatus::kPending;
  std::string error;
  std::int64_t frames = 0;
  int sample_rate_hz = 0;
  std::size_t chapters = 0;
};

struct BatchResult {
  std::vector<ArticleResult> articles;
  CombinedResult combined;
  bool interrupted = false;
  double wall_seconds = 0;

  // True when every article and the combined briefing (if asked for) are in place.
  bool all_ok() const;
};

// The line `batch` ends with: "12 article(s): 3 synthesized, 8 up to date, 1 failed in 41.3 s"
// (", N not done" when a stop left articles undone).
std::string summary_line(const BatchResult& result);

}  // namespace briefcast
