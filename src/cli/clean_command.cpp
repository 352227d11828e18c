// briefcast clean ARTICLE: shows what the cleaner kept.
#include <iostream>

#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/source_options.h"
#include "pipeline/inspect_json.h"

namespace briefcast::cli {

namespace {

struct CleanOptions {
  std::string input;
  bool json = false;
  bool body_only = false;
  CleanConfig clean;
  SourceOptions sources;
};

int run_clean(const CleanOptions& options) {
  Article article = load_one_article(options.input, options.sources, options.clean);
  if (options.json) {
    std::cout << json_text(article_json(article), 2) << '\n';
    return kExitOk;
  }
  if (!options.body_only) std::cout << article.title << "\n\n";
  for (std::size_t i = 0; i < article.paragraphs.size(); ++i) {
    if (i > 0) std::cout << '\n';
    std::cout << article.paragraphs[i] << '\n';
  }
  return kExitOk;
}

}  // namespace

void add_clean_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<CleanOptions>();
  CLI::App* command = app.add_subcommand("clean", "Print the headline and body the cleaner keeps from a page");
  command->add_option("article", options->input, "Article file (copied page text or HTML), http(s) URL, or - for stdin")
      ->type_name(kFileValue)
      ->required();
  command->add_flag("--json", options->json, "Print title, paragraphs and metadata as JSON");
  command->add_flag("--body-only", options->body_only, "Print the body paragraphs without the headline");
  add_input_kind_options(*command, options->clean);
  add_fetch_options(*command, options->sources);
  command->callback([options, &action] { action = [options] { return run_clean(*options); }; });
}

}  // namespace briefcast::cli
