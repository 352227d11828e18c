#include "batch/worker_pool.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <thread>

#include "model/error.h"

namespace briefcast {
namespace {

std::map<std::size_t, JobOutcome> run(std::size_t count, const JobFunction& job, WorkerPoolConfig config,
                                      const std::atomic<bool>* stop = nullptr) {
  std::map<std::size_t, JobOutcome> outcomes;
  run_jobs(count, job, [&](std::size_t i, const JobOutcome& outcome) { outcomes[i] = outcome; }, config, stop);
  return outcomes;
}

TEST(WorkerPool, JobsRunInOtherProcesses) {
  const pid_t parent = ::getpid();
  auto outcomes = run(5, [parent](std::size_t i) {
    return std::to_string(i * i) + (::getpid() != parent ? " child" : " parent");
  }, {2, 0});
  ASSERT_EQ(outcomes.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(outcomes[i].end, JobEnd::kFinished);
    EXPECT_EQ(outcomes[i].payload, std::to_string(i * i) + " child");
  }
}

TEST(WorkerPool, LargeResultsComeBackWhole) {
  auto outcomes = run(2, [](std::size_t i) { return std::string(300000 + i, 'x'); }, {2, 0});
  EXPECT_EQ(outcomes[0].payload.size(), 300000u);
  EXPECT_EQ(outcomes[1].payload.size(), 300001u);
}

TEST(WorkerPool, ACrashCostsOneJob) {
  auto outcomes = run(3, [](std::size_t i) -> std::string {
    if (i == 1) std::abort();
    return "ok";
  }, {2, 0});
  EXPECT_EQ(outcomes[0].end, JobEnd::kFinished);
  EXPECT_EQ(outcomes[1].end, JobEnd::kCrashed);
  EXPECT_NE(outcomes[1].detail.find("signal 6"), std::string::npos) << outcomes[1].detail;
  EXPECT_EQ(outcomes[2].end, JobEnd::kFinished);
}

TEST(WorkerPool, ThrownErrorsComeBackAsFailures) {
  auto outcomes = run(1, [](std::size_t) -> std::string { throw Error::input("x.txt", "cannot read"); }, {1, 0});
  EXPECT_EQ(outcomes[0].end, JobEnd::kFailed);
  EXPECT_EQ(outcomes[0].detail, "x.txt: cannot read");
}

TEST(WorkerPool, AHangIsKilledAtTheTimeout) {
  auto start = std::chrono::steady_clock::now();
  auto outcomes = run(2, [](std::size_t i) -> std::string {
    if (i == 0) {
      while (true) std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    return "ok";
  }, {2, 0.5});
  EXPECT_EQ(outcomes[0].end, JobEnd::kTimedOut);
  EXPECT_EQ(outcomes[1].end, JobEnd::kFinished);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(WorkerPool, StopCancelsRunningAndUnstartedJobs) {
  std::atomic<bool> stop{false};
  std::map<std::size_t, JobOutcome> outcomes;
  auto job = [](std::size_t i) -> std::string {
    if (i == 0) return "quick";
    while (true) std::this_thread::sleep_for(std::chrono::seconds(1));
  };
  run_jobs(4, job, [&](std::size_t i, const JobOutcome& outcome) {
    outcomes[i] = outcome;
    stop = true;  // the first job to end asks the pool to stop
  }, {2, 0}, &stop);
  ASSERT_EQ(outcomes.size(), 4u);
  EXPECT_EQ(outcomes[0].end, JobEnd::kFinished);
  for (std::size_t i = 1; i < 4; ++i) EXPECT_EQ(outcomes[i].end, JobEnd::kCancelled) << i;
}

TEST(WorkerPool, AvailableCores) { EXPECT_GE(available_cores(), 1); }

}  // namespace
}  // namespace briefcast
