// A briefing that fits the time the listener has: every headline and sentence is synthesized
// first (synthesis is cheap), the time-budget planner chooses what to keep from those real
// durations, pauses, chime, intro and outro included, and only the kept speech is assembled.
// The result has the same shape as render_briefing_timed's, so chapters, captions, the page and
// every other output follow the shortened text.
#pragma once

#include <cstdint>
#include <vector>

#include "pipeline/briefing.h"

namespace briefcast {

// How long the briefing may be (--max-minutes, --max-story-minutes, --headlines).
struct TimeBudget {
  double max_minutes = 0;        // the whole briefing, intro and outro included; 0: no limit
  double max_story_minutes = 0;  // each story, headline to its last kept sentence; 0: no limit
  bool headlines_only = false;   // each story's headline and lead only
  bool active() const { return max_minutes > 0 || max_story_minutes > 0 || headlines_only; }
};

// What the budget kept, per article, for `segment --json` and for tests.
struct BudgetOutcome {
  std::vector<std::vector<Segment>> scripts;  // each article's script, as segmented and normalized
  std::vector<std::vector<bool>> kept;        // per script segment; a paragraph end is kept with any of its sentences
  bool shortened = false;                     // some story lost sentences
  std::int64_t untrimmed_frames = 0;          // the briefing with every sentence, as planned
};

// What article `index` kept when the budget shortened it: its kept sentences in their written
// form, joined by spaces; empty when it is spoken whole (or nothing was planned). For the
// places outside the audio that must follow the shortened text, such as a feed description.
std::string shortened_story_text(const BudgetOutcome& outcome, std::size_t index);

// As render_briefing_timed, within `budget`. When the stories are shortened the intro says so
// ("Three stories, about two minutes: ..."). Throws Error::usage when even the headlines and
// leads do not fit, saying how many minutes they need.
RenderedBriefing render_briefing_budgeted(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                          const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool,
                                          const ProductionConfig& production, const LanguageChoice& language,
                                          const TimeBudget& budget, BudgetOutcome* outcome = nullptr);

}  // namespace briefcast
