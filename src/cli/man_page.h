// The manual page, briefcast(1), in man(7) roff: the synopsis and every command's options are
// generated from the CLI11 definition (cli_model.h); the prose sections (DESCRIPTION, EXIT
// STATUS, FILES, ENVIRONMENT, EXAMPLES, SEE ALSO) come from man_prose.cpp.
#pragma once

#include <string>

#include "cli/cli_model.h"

namespace briefcast::cli {

// The whole page. `version` goes in its footer.
std::string man_page(const CliDoc& cli, const std::string& version);

// Prose, kept apart from the generator so it reads as text. Each is roff source.
namespace man_prose {
extern const char* const kName;         // the NAME line's summary
extern const char* const kDescription;
extern const char* const kExitStatus;
extern const char* const kFiles;
extern const char* const kEnvironment;
extern const char* const kExamples;
extern const char* const kSeeAlso;
// More about one command than its one-line description; empty when there is nothing more.
std::string command_details(const std::string& command);
}  // namespace man_prose

}  // namespace briefcast::cli
