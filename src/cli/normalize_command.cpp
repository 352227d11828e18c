// briefcast normalize: one line in, its spoken form out, in order; for scorers and curiosity.
#include <iostream>
#include <string>

#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "normalize/normalizer.h"

namespace briefcast::cli {

namespace {

struct NormalizeOptions {
  NormalizeConfig config;
  std::string lexicon_path;
  bool no_default_lexicon = false;
};

int run_normalize(NormalizeOptions options) {
  if (!options.lexicon_path.empty()) options.config.lexicon = load_lexicon(options.lexicon_path);
  options.config.use_default_lexicon = !options.no_default_lexicon;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << normalize_text(line, options.config) << '\n';
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void add_normalize_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<NormalizeOptions>();
  CLI::App* command = app.add_subcommand(
      "normalize", "Read lines on stdin, write each line's spoken form (exactly one line per line)");
  command->add_option("--lang", options->config.language, "Language of the text; only English is rewritten")
      ->type_name("TAG")
      ->capture_default_str();
  command->add_option("--lexicon", options->lexicon_path, "Pronunciation lexicon file (lines 'word = respelling')")
      ->type_name(kFileValue);
  command->add_flag("--no-default-lexicon", options->no_default_lexicon, "Do not apply the built-in respellings");
  command->callback([options, &action] { action = [options] { return run_normalize(*options); }; });
}

}  // namespace briefcast::cli
