// Options shared by several subcommands, declared once so they read the same everywhere.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "clean/cleaner.h"
#include "model/error.h"
#include "pipeline/briefing.h"
#include "pipeline/budget_briefing.h"
#include "synth/synthesizer.h"

namespace briefcast::cli {

void add_voice_options(CLI::App& command, VoiceConfig& voice);
void add_pause_options(CLI::App& command, PauseConfig& pauses);
void add_input_kind_options(CLI::App& command, CleanConfig& clean);
// --max-minutes, --max-story-minutes and --headlines: the options of every command that makes
// a briefing (build, batch --combined, daily).
void add_budget_options(CLI::App& command, TimeBudget& budget);

// Reads a pronunciation lexicon (--lexicon FILE); bad lines are reported and skipped, an
// unreadable file throws.
Lexicon load_lexicon(const std::string& path);

// Today's local date, "YYYY-MM-DD": the default briefing title and the date tag.
std::string today_iso();
// Today's local date as the intro speaks it, "Friday, November 27".
std::string today_spoken();

// Prints "briefcast: <file>: <problem>" on standard error, with control characters made
// visible so that nothing from an article reaches the terminal raw.
void report_error(const Error& error);
void report_error(const std::string& message);

// Text from an article made safe to print on a terminal: control characters (C0, DEL and C1)
// become spaces.
std::string printable(const std::string& text);

// Per-article wall-time limit of build and batch unless --timeout says otherwise; long enough
// for hours of audio.
inline constexpr double kDefaultArticleTimeoutSeconds = 900;

}  // namespace briefcast::cli
