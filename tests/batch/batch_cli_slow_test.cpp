// Slow end-to-end tests: interrupting and resuming a batch, a hung worker hitting its
// timeout, and the GNU parallel scale-out example.
#include <gtest/gtest.h>

#include <dirent.h>

#include "batch_test_support.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

// Starts the CLI in `dir` as the leader of its own process group, with `env` added.
pid_t spawn_cli(const std::vector<std::string>& args, const fs::path& dir, const std::map<std::string, std::string>& env) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  ::setpgid(0, 0);
  if (::chdir(dir.c_str()) != 0) ::_exit(127);
  for (const auto& [name, value] : env) ::setenv(name.c_str(), value.c_str(), 1);
  int log = ::open((dir / "spawned.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ::dup2(log, STDOUT_FILENO);
  ::dup2(log, STDERR_FILENO);
  std::vector<char*> argv;
  std::string program = BRIEFCAST_CLI_PATH;
  argv.push_back(program.data());
  std::vector<std::string> copies = args;
  for (std::string& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  ::execv(program.c_str(), argv.data());
  ::_exit(127);
}

// Waits up to `seconds` for `pid`; its exit code, or -1 after killing it on timeout.
int wait_for_exit(pid_t pid, double seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(-pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return -1;
}

bool wait_for_files(const std::vector<std::string>& paths, double seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    bool all = true;
    for (const std::string& path : paths) all = all && fs::exists(path);
    if (all) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

// Processes whose command line mentions `text` (a scratch folder only this test uses).
int processes_mentioning(const std::string& text) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string cmdline = read_file((entry.path() / "cmdline").string());
    if (cmdline.find(text) != std::string::npos) ++count;
  }
  return count;
}

struct StopCase {
  int signal_number;
  bool whole_group;  // Ctrl-C on a terminal signals every process in the group
};

class InterruptedBatch : public ::testing::TestWithParam<StopCase> {};

TEST_P(InterruptedBatch, StopsSoonAndARerunCompletesIt) {
  ScratchDir dir;
  for (const char* name : {"a", "b", "c", "d"}) {
    write_file(dir / (std::string(name) + ".txt"), sample_article(std::string("Story ") + name, "harbor"));
  }
  const std::string out = (dir.path() / "out").string();
  // A worker killed while writing leaves a temporary file like this one behind.
  write_file(out + "/.c.wav.Ab12Cd.tmp", "half a WAV");
  std::vector<std::string> args = {"batch", "a.txt", "b.txt", "c.txt", "d.txt", "--out-dir", out, "-j", "1",
                                   "--report", "r.json"};

  pid_t pid = spawn_cli(args, dir.path(), {{"BRIEFCAST_TEST_ENGINE_FAULT", "hang:c.txt"}});
  ASSERT_TRUE(wait_for_files({out + "/a.wav", out + "/b.wav"}, 60)) << read_file(dir / "spawned.log");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the worker for c.txt is now stuck
  auto stop_sent = std::chrono::steady_clock::now();
  ::kill(GetParam().whole_group ? -pid : pid, GetParam().signal_number);
  int exit_code = wait_for_exit(pid, 10);
  EXPECT_EQ(exit_code, 1) << read_file(dir / "spawned.log");
  EXPECT_LT(std::chrono::steady_clock::now() - stop_sent, std::chrono::seconds(3));
  EXPECT_NE(read_file(dir / "spawned.log").find("run the same command again"), std::string::npos);

  EXPECT_TRUE(temp_files_in(out).empty());
  EXPECT_EQ(processes_mentioning(dir.path().string()), 0) << "a worker outlived the batch";
  EXPECT_TRUE(fs::exists(out + "/a.wav"));
  EXPECT_TRUE(fs::exists(out + "/b.wav"));
  EXPECT_FALSE(fs::exists(out + "/c.wav"));
  nlohmann::json stopped = read_json(dir / "r.json");
  EXPECT_TRUE(stopped["interrupted"].get<bool>());
  EXPECT_EQ(stopped["articles"][2]["status"], "cancelled");
  EXPECT_EQ(stopped["articles"][3]["status"], "cancelled");

  RunResult rerun = run_cli(args, dir.path());
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  nlohmann::json report = read_json(dir / "r.json");
  EXPECT_EQ(report["articles"][0]["status"], "up_to_date");
  EXPECT_EQ(report["articles"][1]["status"], "up_to_date");
  EXPECT_EQ(report["articles"][2]["status"], "synthesized");
  EXPECT_EQ(report["articles"][3]["status"], "synthesized");
  EXPECT_TRUE(temp_files_in(out).empty());
  for (const char* name : {"a", "b", "c", "d"}) {
    Probe probe = ffprobe(out + "/" + name + ".wav");
    ASSERT_EQ(probe.chapters.size(), 1u) << name;
    EXPECT_EQ(probe.chapters[0].second, std::string("Story ") + name);
  }
}

INSTANTIATE_TEST_SUITE_P(Signals, InterruptedBatch,
                         ::testing::Values(StopCase{SIGINT, false}, StopCase{SIGINT, true}, StopCase{SIGTERM, false}));

TEST(BatchTimeout, HungWorkerIsKilledAndTheOthersFinish) {
  ScratchDir dir;
  for (const char* name : {"a", "b", "c"}) {
    write_file(dir / (std::string(name) + ".txt"), sample_article(std::string("Story ") + name, "tunnel"));
  }
  auto start = std::chrono::steady_clock::now();
  RunResult run = run_cli({"batch", "a.txt", "b.txt", "c.txt", "--out-dir", "out", "-j", "2", "--timeout", "2",
                           "--report", "r.json"},
                          dir.path(), "", {{"BRIEFCAST_TEST_ENGINE_FAULT", "hang:b.txt"}});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  nlohmann::json report = read_json(dir / "r.json");
  EXPECT_EQ(report["articles"][1]["status"], "failed");
  EXPECT_NE(report["articles"][1]["error"].get<std::string>().find("timed out"), std::string::npos);
  EXPECT_EQ(report["articles"][0]["status"], "synthesized");
  EXPECT_EQ(report["articles"][2]["status"], "synthesized");
  EXPECT_TRUE(temp_files_in(dir / "out").empty());
  EXPECT_EQ(processes_mentioning(dir.path().string()), 0);
}

TEST(ScaleOut, GnuParallelExampleEndToEnd) {
  if (run_shell("command -v parallel", fs::temp_directory_path()).exit_code != 0) GTEST_SKIP() << "no GNU parallel";
  ScratchDir dir;
  const std::string script = (fs::path(BRIEFCAST_TEST_DATA_DIR) / "../../scripts/scale-out/parallel.sh").string();
  const std::string sample = (fs::path(BRIEFCAST_TEST_DATA_DIR) / "articles/voa-defense-cooperation.txt").string();
  write_file(dir / "first.txt", sample_article("Port expansion approved", "port"));
  write_file(dir / "third.txt", sample_article("Rail strike ends", "rail"));
  std::string expected_sample_title = run_cli({"clean", sample}, dir.path()).out;
  expected_sample_title = expected_sample_title.substr(0, expected_sample_title.find('\n'));

  RunResult run = run_shell(shell_quote(script) + " -o briefing.wav -j 2 first.txt " + shell_quote(sample) +
                                " third.txt",
                            dir.path(), "", {{"BRIEFCAST", BRIEFCAST_CLI_PATH}});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Probe probe = ffprobe(dir / "briefing.wav");
  ASSERT_TRUE(probe.ok);
  ASSERT_EQ(probe.chapters.size(), 3u);
  EXPECT_EQ(probe.chapters[0].second, "Port expansion approved");
  EXPECT_EQ(probe.chapters[1].second, expected_sample_title);
  EXPECT_EQ(probe.chapters[2].second, "Rail strike ends");
  EXPECT_EQ(probe.chapters[0].first, 0.0);
  EXPECT_LT(probe.chapters[1].first, probe.chapters[2].first);
  // The work folder is gone; only the briefing and the articles remain.
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_TRUE(entry.path().extension() == ".txt" || entry.path().filename() == "briefing.wav") << entry.path();
  }

  RunResult failing = run_shell(shell_quote(script) + " -o partial.wav first.txt missing.txt", dir.path(), "",
                                {{"BRIEFCAST", BRIEFCAST_CLI_PATH}});
  EXPECT_EQ(failing.exit_code, 1);
  EXPECT_EQ(ffprobe(dir / "partial.wav").chapters.size(), 1u);
}

}  // namespace
}  // namespace briefcast
