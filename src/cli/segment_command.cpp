// briefcast segment ARTICLE: shows the segments that will be spoken, in order.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/source_options.h"
#include "pipeline/briefing.h"
#include "pipeline/inspect_json.h"
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
  // With a time budget the article is synthesized and cut as `build ARTICLE` with the same
  // options would cut it, and each segment says whether it was kept.
  TimeBudget budget;
  VoiceConfig voice;
  bool voice_given = false;
  PauseConfig pauses;
  bool no_intro = false;
  SourceOptions sources;
};

// The article's script, and which segments a build within the budget keeps (all without one).
std::vector<Segment> budgeted_script(const Article& article, const NormalizeConfig& normalize,
                                     const SegmentOptions& options, std::vector<bool>& kept) {
  Synthesizer synthesizer(options.voice);
  LanguageChoice language{.per_article = true, .forced_language = options.language,
                          .voice_follows_language = !options.voice_given};
  ProductionConfig production;
  production.spoken_intro = production.spoken_outro = !options.no_intro;
  production.date = today_spoken();
  PcmSpool spool;
  BudgetOutcome outcome;
  render_briefing_budgeted({article}, synthesizer, normalize, options.pauses, spool, production, language,
                           options.budget, &outcome);
  kept = outcome.kept.front();
  return outcome.scripts.front();
}

int run_segment(const SegmentOptions& options) {
  Article article = load_one_article(options.input, options.sources, options.clean);
  NormalizeConfig normalize;
  normalize.language = article_language(article, options.language);
  if (!options.lexicon_path.empty()) normalize.lexicon = load_lexicon(options.lexicon_path);
  std::vector<bool> kept;
  std::vector<Segment> segments =
      options.budget.active() ? budgeted_script(article, normalize, options, kept) : script_article(article, normalize);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& segment = segments[i];
    const std::string& text = options.spoken ? segment.spoken : segment.text;
    if (options.json) {
      nlohmann::json line = segment_json(segment);
      if (options.budget.active()) line["kept"] = static_cast<bool>(kept[i]);
      std::cout << json_text(line, -1) << '\n';
    } else if (options.budget.active() && !kept[i]) {
      continue;  // plain text shows what is spoken
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
  command->add_option("article", options->input, "Article file, http(s) URL, or - for stdin")->type_name(kFileValue)->required();
  command->add_flag("--json", options->json,
                    "JSON lines with kind (title, sentence, paragraph_end), text, spoken (and kept, with a budget)");
  command->add_flag("--spoken", options->spoken, "Print the normalized (spoken) form");
  command->add_option("--lang", options->language,
                      "Language of the text (default: the page's, else detected); only English is rewritten")
      ->type_name("TAG");
  command->add_option("--lexicon", options->lexicon_path, "Pronunciation lexicon file (lines 'word = respelling')")
      ->type_name(kFileValue);
  add_input_kind_options(*command, options->clean);
  add_budget_options(*command, options->budget);
  add_voice_options(*command, options->voice);
  add_pause_options(*command, options->pauses);
  command->add_flag("--no-intro", options->no_intro, "With a budget: plan without the spoken intro and outro");
  add_fetch_options(*command, options->sources);
  command->callback([options, command, &action] {
    options->voice_given = command->count("--voice") > 0;
    action = [options] { return run_segment(*options); };
  });
}

}  // namespace briefcast::cli
