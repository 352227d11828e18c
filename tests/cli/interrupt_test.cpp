// Ctrl-C while `build` writes its output must leave no partial or temporary file.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "support/run_command.h"

namespace briefcast {

using testing::TempDir;
using testing::write_text_file;

TEST(Interrupt, SigintDuringTheFinalWriteLeavesNoFile) {
  TempDir dir;
  // Long enough that writing the WAV takes a noticeable moment.
  std::string article = "A Long Story\n\n";
  for (int i = 0; i < 400; ++i) {
    article += "Paragraph number " + std::to_string(i) +
               " is here to make the briefing long, and the story goes on and on for a while.\n\n";
  }
  write_text_file(dir.file("long.txt"), article);
  const std::string output = dir.file("out.wav");

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    execl(BRIEFCAST_CLI_PATH, BRIEFCAST_CLI_PATH, "build", dir.file("long.txt").c_str(), "-o", output.c_str(), "-q",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until the temporary output exists (synthesis done, final write under way), then interrupt.
  bool saw_temp = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!saw_temp && std::chrono::steady_clock::now() < deadline) {
    for (const auto& name : dir.entries()) {
      // The final output's temporary file, once it has grown past the WAV header.
      bool is_temp = name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0 && name[0] == '.';
      std::error_code ignored;
      if (is_temp && std::filesystem::file_size(dir.file(name), ignored) > (1u << 20)) saw_temp = true;
    }
    if (!saw_temp) std::this_thread::sleep_for(std::chrono::microseconds(200));
    int status = 0;
    if (!saw_temp && waitpid(child, &status, WNOHANG) == child) FAIL() << "build finished before it could be interrupted";
  }
  ASSERT_TRUE(saw_temp);
  kill(child, SIGINT);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  // Either the interrupt came during the write (killed by SIGINT, nothing left), or the write
  // had already finished (a complete file). Never a partial or temporary file.
  auto entries = dir.entries();
  if (WIFSIGNALED(status)) {
    EXPECT_EQ(WTERMSIG(status), SIGINT);
    EXPECT_EQ(entries, std::vector<std::string>{"long.txt"});
  } else {
    EXPECT_EQ(entries, (std::vector<std::string>{"long.txt", "out.wav"}));
  }
}

}  // namespace briefcast
