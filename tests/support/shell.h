// Test support: shell command lines and scratch folders, shared by every test folder (the
// argv-based runner and TempDir are in run_command.h).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support/run_command.h"

namespace briefcast::testing {

// `text` as one single-quoted shell word.
std::string shell_quote(const std::string& text);

// Runs `command` with /bin/sh in `dir`, `stdin_text` on its standard input and `env` set
// (VAR=value before it). The command runs in a group, so its own redirections ("2>&1") apply
// inside it: `out` gets what it writes to standard output, `err` the rest.
CommandResult run_shell(const std::string& command, const std::filesystem::path& dir,
                        const std::string& stdin_text = "", const std::map<std::string, std::string>& env = {});

// A new empty folder under the system temp folder, named PREFIX + random letters; the caller
// removes it (TempDir removes its own).
std::filesystem::path make_temp_dir(const std::string& prefix);

// `text` split at newlines (a final newline ends the last line, it does not start another).
std::vector<std::string> lines_of(const std::string& text);

}  // namespace briefcast::testing
