// Runs jobs in forked worker processes, one process per job and at most `worker_count` at a
// time. eSpeak NG keeps process-wide state, so parallel synthesis must be processes; a
// process per job also means a crash, a hang or a leak in the engine costs one job only.
//
// Not thread-safe; call from a single-threaded process (fork copies only the calling thread)
// that has not terminated eSpeak NG: once terminated, the engine hangs on its next start, and
// forked workers inherit that state. An engine initialized and left running is inherited
// as it is, which saves each worker loading it (batch/article_render.h, prepare_workers).
// The caller installs any signal handlers; workers restore SIGINT/SIGTERM to their defaults and
// die with the parent.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

namespace briefcast {

struct WorkerPoolConfig {
  int worker_count = 0;        // processes at a time; 0 means one per available core
  double timeout_seconds = 0;  // wall time allowed per job; 0 means no limit
};

enum class JobEnd {
  kFinished,   // the job function returned; its payload came back
  kFailed,     // the job function threw; detail holds what()
  kCrashed,    // the worker died by a signal or exited without a result
  kTimedOut,   // killed after timeout_seconds
  kCancelled,  // stopped (or never started) because a stop was requested
};

const char* to_string(JobEnd end);

struct JobOutcome {
  JobEnd end = JobEnd::kFinished;
  std::string payload;  // the job function's return value (kFinished)
  std::string detail;   // why it did not finish, in words
  double wall_seconds = 0;
};

// Runs in the worker process. Its result travels back to the parent through a pipe.
using JobFunction = std::function<std::string(std::size_t job)>;
// Runs in the parent as each job ends (in completion order, not job order).
using JobDone = std::function<void(std::size_t job, const JobOutcome& outcome)>;

// Runs jobs 0..job_count-1. Returns when every job has ended. When `*stop` becomes true,
// running workers are killed (SIGKILL) and reaped, and every unfinished job ends kCancelled.
// Throws Error (Stage::kSynth) only when no worker can be started at all.
void run_jobs(std::size_t job_count, const JobFunction& job, const JobDone& done, const WorkerPoolConfig& config,
              const std::atomic<bool>* stop = nullptr);

// Available cores for this process (its CPU affinity), at least 1.
int available_cores();

}  // namespace briefcast
