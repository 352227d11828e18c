#include "batch/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <thread>
#include <vector>

#include "model/error.h"

namespace briefcast {

namespace {

using Clock = std::chrono::steady_clock;

// The first byte of a worker's message says how its job ended.
constexpr char kResultTag = 'R';
constexpr char kFailureTag = 'F';

// Longest the parent sleeps between checks of the stop flag and the deadlines.
constexpr int kPollIntervalMs = 200;

// How long a worker's death by SIGINT/SIGTERM may precede the parent's stop flag.
constexpr int kSignalGraceMs = 100;

struct RunningWorker {
  pid_t pid = -1;
  int fd = -1;
  std::size_t job = 0;
  Clock::time_point started;
  std::string message;
};

void write_all(int fd, const std::string& bytes) {
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the parent is gone; nothing useful is left to do
    data += n;
    left -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void run_worker(int fd, std::size_t job_index, const JobFunction& job, pid_t parent) {
  // A terminal's Ctrl-C reaches the whole process group: let it end the worker at once.
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  ::signal(SIGPIPE, SIG_DFL);
  // Never outlive the batch: an orphaned worker would keep burning a core.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(1);
  std::string message;
  try {
    message = kResultTag + job(job_index);
  } catch (const Error& e) {
    message = kFailureTag + e.one_line();
  } catch (const std::exception& e) {
    message = kFailureTag + std::string(e.what());
  } catch (...) {
    message = kFailureTag + std::string("unknown failure");
  }
  write_all(fd, message);
  ::close(fd);
  // _exit: the parent's copied state (buffers, static destructors) must not run twice.
  ::_exit(0);
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string describe_status(int status) {
  if (WIFSIGNALED(status)) {
    int signal_number = WTERMSIG(status);
    const char* name = ::strsignal(signal_number);
    return "worker killed by signal " + std::to_string(signal_number) + (name ? std::string(" (") + name + ")" : "");
  }
  if (WIFEXITED(status)) return "worker exited with status " + std::to_string(WEXITSTATUS(status)) + " and no result";
  return "worker ended abnormally";
}

JobOutcome outcome_of(const RunningWorker& worker, int status) {
  JobOutcome outcome;
  outcome.wall_seconds = seconds_since(worker.started);
  bool clean_exit = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (clean_exit && !worker.message.empty() && worker.message[0] == kResultTag) {
    outcome.end = JobEnd::kFinished;
    outcome.payload = worker.message.substr(1);
  } else if (clean_exit && !worker.message.empty() && worker.message[0] == kFailureTag) {
    outcome.end = JobEnd::kFailed;
    outcome.detail = worker.message.substr(1);
  } else {
    outcome.end = JobEnd::kCrashed;
    outcome.detail = describe_status(status);
  }
  return outcome;
}

int reap(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

class Pool {
 public:
  Pool(const JobDone& done, const WorkerPoolConfig& config) : done_(done), config_(config) {}

  bool start(std::size_t job_index, const JobFunction& job) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return false;
    pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      return false;
    }
    if (pid == 0) {
      ::close(fds[0]);
      // Siblings' read ends are of no use here; closing them keeps fd counts low.
      for (const RunningWorker& other : running_) ::close(other.fd);
      run_worker(fds[1], job_index, job, parent);
    }
    ::close(fds[1]);
    ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
    running_.push_back(RunningWorker{pid, fds[0], job_index, Clock::now(), {}});
    return true;
  }

  std::size_t running() const { return running_.size(); }

  // Waits up to one poll interval for workers to finish, reporting each that does.
  void wait_some(const std::atomic<bool>* stop) {
    std::vector<pollfd> fds;
    for (const RunningWorker& worker : running_) fds.push_back(pollfd{worker.fd, POLLIN, 0});
    int ready = ::poll(fds.data(), fds.size(), wait_ms());
    if (ready < 0 && errno != EINTR) throw Error::synth("", std::string("cannot watch workers: ") + std::strerror(errno));
    std::vector<RunningWorker> still_running;
    for (std::size_t i = 0; i < running_.size(); ++i) {
      RunningWorker& worker = running_[i];
      if (ready > 0 && fds[i].revents != 0 && drain(worker)) {
        ::close(worker.fd);
        int status = reap(worker.pid);
        JobOutcome outcome = outcome_of(worker, status);
        if (outcome.end == JobEnd::kCrashed && interrupted(status, stop)) outcome = cancelled(worker);
        done_(worker.job, outcome);
      } else if (timed_out(worker)) {
        JobOutcome outcome = kill_worker(worker);
        outcome.end = JobEnd::kTimedOut;
        outcome.detail = "timed out after " + std::to_string(static_cast<long long>(config_.timeout_seconds)) +
                         " s; worker killed";
        done_(worker.job, outcome);
      } else {
        still_running.push_back(std::move(worker));
      }
    }
    running_ = std::move(still_running);
  }

  void cancel_all() {
    for (RunningWorker& worker : running_) {
      kill_worker(worker);
      done_(worker.job, cancelled(worker));
    }
    running_.clear();
  }

 private:
  // Reads what is available; true at end of file (the worker has closed its end or died).
  static bool drain(RunningWorker& worker) {
    char buffer[4096];
    while (true) {
      ssize_t n = ::read(worker.fd, buffer, sizeof buffer);
      if (n > 0) {
        worker.message.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      if (n == 0) return true;
      if (errno == EINTR) continue;
      return errno != EAGAIN && errno != EWOULDBLOCK;
    }
  }

  // A Ctrl-C reaches the workers too, and one may die of it a moment before the parent's own
  // handler runs: such a death is part of the stop, not a crash of the article.
  static bool interrupted(int status, const std::atomic<bool>* stop) {
    if (stop == nullptr) return false;
    if (stop->load()) return true;
    if (!WIFSIGNALED(status) || (WTERMSIG(status) != SIGINT && WTERMSIG(status) != SIGTERM)) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(kSignalGraceMs));
    return stop->load();
  }

  bool timed_out(const RunningWorker& worker) const {
    return config_.timeout_seconds > 0 && seconds_since(worker.started) > config_.timeout_seconds;
  }

  int wait_ms() const {
    int wait = kPollIntervalMs;
    if (config_.timeout_seconds > 0) {
      for (const RunningWorker& worker : running_) {
        double left_ms = (config_.timeout_seconds - seconds_since(worker.started)) * 1000.0;
        wait = std::min(wait, std::max(0, static_cast<int>(left_ms) + 1));
      }
    }
    return wait;
  }

  static JobOutcome kill_worker(RunningWorker& worker) {
    ::kill(worker.pid, SIGKILL);
    ::close(worker.fd);
    reap(worker.pid);
    JobOutcome outcome;
    outcome.wall_seconds = seconds_since(worker.started);
    return outcome;
  }


  static JobOutcome cancelled(const RunningWorker& worker) {
    JobOutcome outcome;
    outcome.end = JobEnd::kCancelled;
    outcome.detail = "stopped before it finished";
    outcome.wall_seconds = seconds_since(worker.started);
    return outcome;
  }

  const JobDone& done_;
  WorkerPoolConfig config_;
  std::vector<RunningWorker> running_;
};

bool stop_requested(const std::atomic<bool>* stop) { return stop != nullptr && stop->load(); }

}  // namespace

const char* to_string(JobEnd end) {
  switch (end) {
    case JobEnd::kFinished: return "finished";
    case JobEnd::kFailed: return "failed";
    case JobEnd::kCrashed: return "crashed";
    case JobEnd::kTimedOut: return "timed out";
    case JobEnd::kCancelled: return "cancelled";
  }
  return "unknown";
}

int available_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void run_jobs(std::size_t job_count, const JobFunction& job, const JobDone& done, const WorkerPoolConfig& config,
              const std::atomic<bool>* stop) {
  const auto worker_limit = static_cast<std::size_t>(config.worker_count > 0 ? config.worker_count : available_cores());
  Pool pool(done, config);
  std::size_t next = 0;
  while (next < job_count || pool.running() > 0) {
    if (stop_requested(stop)) break;
    while (pool.running() < worker_limit && next < job_count) {
      if (!pool.start(next, job)) {
        if (pool.running() == 0) throw Error::synth("", std::string("cannot start a worker: ") + std::strerror(errno));
        break;  // out of processes for now: retry when one finishes
      }
      ++next;
    }
    pool.wait_some(stop);
  }
  if (stop_requested(stop)) {
    pool.cancel_all();
    for (; next < job_count; ++next) {
      JobOutcome outcome;
      outcome.end = JobEnd::kCancelled;
      outcome.detail = "not started: stopped";
      done(next, outcome);
    }
  }
}

}  // namespace briefcast
