// Shell completion scripts generated from the CLI definition (cli_model.h): commands, their
// options, option values (files, folders, the installed voices, fixed choices) and file
// arguments. Installed as share/bash-completion/completions/briefcast and
// share/zsh/vendor-completions/_briefcast.
#pragma once

#include <string>

#include "cli/cli_model.h"

namespace briefcast::cli {

std::string bash_completion(const CliDoc& cli);
std::string zsh_completion(const CliDoc& cli);

}  // namespace briefcast::cli
