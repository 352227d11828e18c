// End to end: the documentation the program generates about itself (help --man, completion
// bash, --version) and --chime finding a sound by name.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "support/run_command.h"

namespace briefcast {

using testing::run_briefcast;
using testing::run_command;
using testing::TempDir;

namespace {

// The command names listed under "Subcommands:" in `briefcast --help`.
std::vector<std::string> commands_from_help() {
  auto result = run_briefcast({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  std::vector<std::string> commands;
  std::istringstream lines(result.out);
  bool listing = false;
  for (std::string line; std::getline(lines, line);) {
    if (line == "Subcommands:") {
      listing = true;
    } else if (listing && line.rfind("  ", 0) == 0) {
      commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (listing) {
      listing = false;
    }
  }
  return commands;
}

// Every option name ("-o", "--output") that `briefcast COMMAND --help` lists.
std::set<std::string> options_from_help(const std::string& command) {
  auto result = run_briefcast({command, "--help"});
  EXPECT_EQ(result.exit_code, 0) << command;
  std::set<std::string> names;
  std::regex option_line(R"(^  (-[-a-zA-Z0-9,]+))");
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (!std::regex_search(line, match, option_line)) continue;
    std::istringstream parts(match[1].str());
    for (std::string name; std::getline(parts, name, ',');) names.insert(name);
  }
  return names;
}

std::string roff_dashes(const std::string& name) { return std::regex_replace(name, std::regex("-"), "\\-"); }

}  // namespace

TEST(ManPage, DescribesEveryCommandAndEveryOptionHelpLists) {
  auto man = run_briefcast({"help", "--man"});
  ASSERT_EQ(man.exit_code, 0) << man.err;
  std::vector<std::string> commands = commands_from_help();
  ASSERT_GE(commands.size(), 8u);  // build, clean, segment, normalize, voices, batch, join, ... help
  for (const std::string& command : commands) {
    EXPECT_NE(man.out.find(".SS \"briefcast " + command + "\""), std::string::npos) << command;
    std::set<std::string> options = options_from_help(command);
    EXPECT_FALSE(options.empty()) << command;
    for (const std::string& option : options) {
      EXPECT_NE(man.out.find("\\fB" + roff_dashes(option) + "\\fR"), std::string::npos)
          << "briefcast " << command << " " << option << " is missing from the man page";
    }
  }
}

TEST(ManPage, HasTheSectionsAReaderLooksFor) {
  auto man = run_briefcast({"help", "--man"});
  ASSERT_EQ(man.exit_code, 0) << man.err;
  for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS", ".SH OPTIONS",
                              ".SH \"EXIT STATUS\"", ".SH FILES", ".SH ENVIRONMENT", ".SH EXAMPLES",
                              ".SH \"SEE ALSO\""}) {
    EXPECT_NE(man.out.find(section), std::string::npos) << section;
  }
  EXPECT_NE(man.out.find(".BR espeak\\-ng (1)"), std::string::npos);
  EXPECT_NE(man.out.find(".BR ffmpeg (1)"), std::string::npos);
  // Defaults come from the option definitions.
  EXPECT_NE(man.out.find("Default: 175."), std::string::npos);
}

TEST(HelpCommand, PrintsOneCommandsHelp) {
  auto result = run_briefcast({"help", "join"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, run_briefcast({"join", "--help"}).out);
  EXPECT_EQ(run_briefcast({"help", "nosuchcommand"}).exit_code, 2);
}

TEST(Completion, BashScriptKnowsEveryCommandAndOption) {
  auto script = run_briefcast({"completion", "bash"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_NE(script.out.find("complete -F _briefcast briefcast"), std::string::npos);
  for (const std::string& command : commands_from_help()) {
    EXPECT_NE(script.out.find("\n    " + command + ")\n"), std::string::npos) << command;
    for (const std::string& option : options_from_help(command)) {
      EXPECT_NE(script.out.find(option), std::string::npos) << command << " " << option;
    }
  }
  EXPECT_EQ(run_briefcast({"completion", "tcsh"}).exit_code, 2);
}

TEST(Completion, ZshScriptKnowsEveryCommandAndOption) {
  auto script = run_briefcast({"completion", "zsh"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_EQ(script.out.rfind("#compdef briefcast\n", 0), 0u);
  for (const std::string& command : commands_from_help()) {
    EXPECT_NE(script.out.find("\n        " + command + ")\n"), std::string::npos) << command;
    for (const std::string& option : options_from_help(command)) {
      const bool listed = script.out.find("'*" + option + "[") != std::string::npos ||
                          script.out.find("'*" + option + "=[") != std::string::npos;
      EXPECT_TRUE(listed) << command << " " << option;
    }
  }
}

TEST(Version, NamesTheEngineAndAudioLibraryVersions) {
  auto result = run_briefcast({"--version"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::regex_search(result.out, std::regex(R"(^briefcast [0-9]+\.[0-9]+\.[0-9]+)")))
      << result.out;
  EXPECT_TRUE(std::regex_search(result.out, std::regex(R"(\neSpeak NG [0-9]+\.[0-9]+)"))) << result.out;
  EXPECT_TRUE(std::regex_search(result.out, std::regex(R"(\nlibsndfile [0-9]+\.[0-9]+\.[0-9]+)"))) << result.out;
  EXPECT_TRUE(std::regex_search(result.out, std::regex(R"(\nlibcurl [0-9]+\.[0-9]+\.[0-9]+)"))) << result.out;
}

TEST(ChimeOption, FindsASoundByNameInTheUserDataFolder) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("data/briefcast"));
  std::filesystem::copy_file(std::string(BRIEFCAST_TEST_DATA_DIR) + "/../../audio/chime.wav",
                             dir.file("data/briefcast/ding.wav"));
  testing::write_text_file(dir.file("a.txt"), "First headline\n\nThe first story has one sentence.\n");
  testing::write_text_file(dir.file("b.txt"), "Second headline\n\nThe second story has one sentence.\n");
  auto build = [&](const std::string& chime) {
    return run_command({"env", "XDG_DATA_HOME=" + dir.file("data"), "XDG_DATA_DIRS=" + dir.file("none"),
                        BRIEFCAST_CLI_PATH, "build", dir.file("a.txt"), dir.file("b.txt"), "-o",
                        dir.file("out.wav"), "--no-intro", "-q", "--chime", chime});
  };
  auto by_name = build("ding");
  EXPECT_EQ(by_name.exit_code, 0) << by_name.err;
  auto with_extension = build("ding.wav");
  EXPECT_EQ(with_extension.exit_code, 0) << with_extension.err;
  auto missing = build("nosuchsound");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nosuchsound: no such file, and no sound of that name in"), std::string::npos)
      << missing.err;
  EXPECT_NE(missing.err.find(dir.file("data/briefcast")), std::string::npos) << missing.err;
}

}  // namespace briefcast
