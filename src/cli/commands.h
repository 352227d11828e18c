// Each subcommand registers itself on the app and, when chosen, leaves the action to run.
// Actions return the process exit code (see README: 0 ok, 1 an input or output failed, 2 usage).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace briefcast::cli {

using Action = std::function<int()>;

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

void add_build_command(CLI::App& app, Action& action);
void add_clean_command(CLI::App& app, Action& action);
void add_segment_command(CLI::App& app, Action& action);
void add_normalize_command(CLI::App& app, Action& action);
void add_voices_command(CLI::App& app, Action& action);
void add_batch_command(CLI::App& app, Action& action);
void add_join_command(CLI::App& app, Action& action);
void add_publish_command(CLI::App& app, Action& action);

}  // namespace briefcast::cli
