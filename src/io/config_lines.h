// The statements of a TOML configuration file ("key = value", an array may run over several
// lines), each with the line it starts on, and a check of their syntax. The values themselves
// are read by the command line's TOML reader (CLI11); that reader is lenient (a missing quote
// or bracket goes unnoticed), so this check comes first and lets every error name the file,
// the line and the key. Pure: no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/error.h"

namespace briefcast {

struct ConfigStatement {
  std::size_t line = 0;  // 1-based, where the key stands
  std::string key;
  std::string text;      // "key = value" on one line, comments removed
};

// The key/value statements of `text` (the file `path`), in order. Accepted: comments, bare keys
// (letters, digits, '-', '_'), and values that are a "basic" or 'literal' string, an integer or
// float, true or false, or an [array] of those. Tables ([name]) are refused: the keys are the
// long option names of one command. Throws config_error naming the first problem.
std::vector<ConfigStatement> split_config_statements(const std::string& text, const std::string& path);

// Error::usage-stage error "PATH:LINE: KEY: problem" (the key left out when empty).
Error config_error(const std::string& path, std::size_t line, const std::string& key, const std::string& problem);

}  // namespace briefcast
