// The command line as plain data, read from the CLI11 definition itself: every subcommand and
// option with its description, value name and default. The man page and the shell
// completions are generated from this, so they cannot fall behind the options.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace briefcast::cli {

struct OptionDoc {
  std::vector<std::string> names;  // "-o", "--output"; for a positional, its name ("articles")
  bool positional = false;
  bool takes_value = false;
  bool required = false;
  bool repeatable = false;          // a positional that takes several values
  std::string value_name;           // "FILE", "VOICE", "INT", ... (no validator text)
  std::vector<std::string> choices; // from an IsMember validator: "1", "2"
  std::string range;                // from a Range validator: "80 - 450"
  std::string default_value;
  std::string description;
  std::vector<std::string> excludes;  // names of options it cannot be combined with
};

struct CommandDoc {
  std::string name;  // empty for the program itself
  std::string description;
  std::vector<OptionDoc> options;  // in definition order, help first
  std::vector<OptionDoc> positionals;
};

struct CliDoc {
  std::string program;
  std::string description;
  CommandDoc global;  // the program's own options (--help, --version)
  std::vector<CommandDoc> commands;
};

// Value names that the completions complete with something other than nothing.
inline constexpr const char* kFileValue = "FILE";
inline constexpr const char* kDirValue = "DIR";
inline constexpr const char* kVoiceValue = "VOICE";

CliDoc describe_cli(const CLI::App& app);

}  // namespace briefcast::cli
