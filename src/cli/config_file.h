// --config FILE on every subcommand: a TOML file whose keys are the command's long option
// names (feed = ["https://..."], voice = "en-gb", max-items = 5). CLI11 reads it (set_config on
// the program, with a TOML reader); each subcommand's --config hands the file to it. Options
// given on the command line win over the file. Any problem in the file (bad syntax, an unknown
// key, a bad value) is a CLI::ConfigError "FILE:LINE: KEY: problem", a usage error.
#pragma once

#include <CLI/CLI.hpp>

namespace briefcast::cli {

// Call once, after every subcommand is added: the program's config reader and a --config
// option on each subcommand that takes options.
void enable_config_files(CLI::App& app);

}  // namespace briefcast::cli
