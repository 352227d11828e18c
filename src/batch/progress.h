// Progress of a batch as numbers and as text. The runner reports to a BatchObserver; the CLI
// implements it (a live line on a terminal, a plain line per article otherwise), because
// library code never prints.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "batch/batch_result.h"

namespace briefcast {

struct BatchProgress {
  std::size_t total = 0;        // articles in the batch
  std::size_t done = 0;         // ended in any way, including up to date
  std::size_t failed = 0;
  std::size_t to_process = 0;   // needed synthesis at the start of the run
  std::size_t processed = 0;    // of those, ended (synthesized, failed, cancelled)
  double audio_seconds = 0;     // audio synthesized in this run
  double elapsed_seconds = 0;   // wall time since the run started
  double real_time_factor = 0;  // audio seconds made per wall second; 0 while unknown
  double eta_seconds = -1;      // wall time left; negative while unknown
};

// Receives a batch's events in the parent process, in completion order.
class BatchObserver {
 public:
  virtual ~BatchObserver() = default;
  virtual void on_start(const BatchProgress& /*progress*/) {}
  virtual void on_article(const ArticleResult& /*article*/, const BatchProgress& /*progress*/) {}
  virtual void on_combined(const CombinedResult& /*combined*/) {}
};

// Keeps the counts and derives speed and time left from them.
class ProgressTracker {
 public:
  using Clock = std::chrono::steady_clock;
  explicit ProgressTracker(std::size_t total, Clock::time_point start = Clock::now());

  void set_to_process(std::size_t count) { progress_.to_process = count; }
  // Records one ended article; `processed` is false for an output found up to date.
  void record(const ArticleResult& article, bool processed, Clock::time_point now = Clock::now());
  const BatchProgress& progress() const { return progress_; }

 private:
  Clock::time_point start_;
  BatchProgress progress_;
};

// "12/60 done, 1 failed | 34.5 min audio | 180x real time | 0:42 left"
std::string format_progress_line(const BatchProgress& progress);

// "[12/60] ok  story.txt -> out/story.wav (3:12, 9.8 s)" or "[13/60] FAILED bad.txt: ..."
std::string format_article_line(const ArticleResult& article, const BatchProgress& progress);

// "1:02:03" or "2:03".
std::string format_clock(double seconds);

}  // namespace briefcast
