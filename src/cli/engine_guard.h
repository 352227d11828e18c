// The program's side of synth/engine_watch: when the engine crashes or hangs while speaking an
// article in this process, print the report naming the article, remove pending temporary
// outputs (io/atomic_output.h) and exit with status 1.
#pragma once

namespace briefcast::cli {

// Installs handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT, and a watchdog thread that
// acts when one article takes longer than `article_timeout_seconds` (0: no limit). Call once.
void install_engine_guard(double article_timeout_seconds);

}  // namespace briefcast::cli
