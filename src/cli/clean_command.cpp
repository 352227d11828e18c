// briefcast clean ARTICLE: shows what the cleaner kept.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/source_options.h"
#include "synth/voice_choice.h"
#include "pipeline/briefing.h"

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
    nlohmann::json out = {
        {"title", article.title},
        {"paragraphs", article.paragraphs},
        {"byline", article.metadata.byline},
        {"date", article.metadata.date},
        {"site", article.metadata.site},
        {"language", article.metadata.language},
        // What `build` and `batch` would speak it in, without --lang or --voice.
        {"spoken_language", article_language(article, "")},
        {"voice", voice_for_language(article_language(article, ""))},
        {"input_kind", to_string(article.metadata.input_kind)},
        {"source", article.metadata.source_path},
    };
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
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
