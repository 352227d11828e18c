// Each subcommand registers itself on the app and, when chosen, leaves the action to run.
// Actions return the process exit code (see README: 0 ok, 1 an input or output failed, 2 usage).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

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
void add_daily_command(CLI::App& app, Action& action);
void add_feed_command(CLI::App& app, Action& action);
void add_completion_command(CLI::App& app, Action& action);
void add_config_command(CLI::App& app, Action& action);
// Added last: it describes every command added before it.
void add_help_command(CLI::App& app, Action& action);

// "0.1.0", or "0.1.0 (git v0.1.0-4-g1234abcd)" when built from a checkout past its release.
std::string full_version();
// What --version prints: that version, then the eSpeak NG and libsndfile versions in use.
std::string version_text();

}  // namespace briefcast::cli
