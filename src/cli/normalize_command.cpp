// briefcast normalize: one line in, its spoken form out, in order; for scorers and curiosity.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "normalize/normalizer.h"

namespace briefcast::cli {

namespace {

int run_normalize(const NormalizeConfig& config) {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << normalize_text(line, config) << '\n';
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void add_normalize_command(CLI::App& app, Action& action) {
  auto config = std::make_shared<NormalizeConfig>();
  CLI::App* command = app.add_subcommand(
      "normalize", "Read lines on stdin, write each line's spoken form (exactly one line per line)");
  command->add_option("--lang", config->language, "Language of the text")->capture_default_str();
  command->callback([config, &action] { action = [config] { return run_normalize(*config); }; });
}

}  // namespace briefcast::cli
