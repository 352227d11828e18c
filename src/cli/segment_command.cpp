// briefcast segment ARTICLE: shows the segments that will be spoken, in order.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "pipeline/briefing.h"
#include "normalize/language.h"
#include "segment/segmenter.h"

namespace briefcast::cli {

namespace {

struct SegmentOptions {
  std::string input;
  bool json = false;
  bool spoken = false;
  std::string language;  // empty: the article's own (HTML lang), else detected, else English
  std::string lexicon_path;
  CleanConfig clean;
};

int run_segment(const SegmentOptions& options) {
  Article article = load_article(options.input, options.clean);
  NormalizeConfig normalize;
  normalize.language = article_language(article, options.language);
  if (!options.lexicon_path.empty()) normalize.lexicon = load_lexicon(options.lexicon_path);
  std::vector<Segment> segments = script_article(article, normalize);
  for (const Segment& segment : segments) {
    const std::string& text = options.spoken ? segment.spoken : segment.text;
    if (options.json) {
      nlohmann::json line = {{"kind", to_string(segment.kind)},
                             {"paragraph", segment.paragraph_index},
                             {"text", segment.text},
                             {"spoken", segment.spoken}};
      std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else if (segment.kind == SegmentKind::kParagraphEnd) {
      std::cout << '\n';
    } else {
      std::cout << text << '\n';
    }
  }
  return kExitOk;
}

}  // namespace

void add_segment_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<SegmentOptions>();
  CLI::App* command = app.add_subcommand(
      "segment", "Print the segments that will be spoken, one per line (a blank line ends a paragraph)");
  command->add_option("article", options->input, "Article file; - reads stdin")->type_name(kFileValue)->required();
  command->add_flag("--json", options->json, "JSON lines with kind (title, sentence, paragraph_end), text, spoken");
  command->add_flag("--spoken", options->spoken, "Print the normalized (spoken) form");
  command->add_option("--lang", options->language,
                      "Language of the text (default: the page's, else detected); only English is rewritten")
      ->type_name("TAG");
  command->add_option("--lexicon", options->lexicon_path, "Pronunciation lexicon file (lines 'word = respelling')")
      ->type_name(kFileValue);
  add_input_kind_options(*command, options->clean);
  command->callback([options, &action] { action = [options] { return run_segment(*options); }; });
}

}  // namespace briefcast::cli
