// The time-budget planner: which sentences of each story a briefing keeps so that it fits the
// time the listener has (--max-minutes, --max-story-minutes, --headlines). Pure: it works on
// durations measured from real synthesis (frames), never on word counts, and does no I/O.
//
// Editorial rules it keeps: every story keeps its headline and at least its lead; cuts fall
// only between sentences and never inside a quotation (a quote spanning sentences is one
// unit, kept or dropped whole); the order of the text never changes. A story keeps its
// opening run of units (news is an inverted pyramid); only when the next unit does not fit
// may a later paragraph's opening unit fill the remaining time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace briefcast {

// Sentences in no quotation spanning sentences.
inline constexpr std::size_t kNoQuote = static_cast<std::size_t>(-1);

struct BudgetSentence {
  std::int64_t frames = 0;          // its synthesized audio, pauses excluded
  std::size_t paragraph = 0;        // as Segment::paragraph_index
  std::size_t quote_group = kNoQuote;  // neighbours with the same group are kept or dropped together
};

struct BudgetStory {
  std::int64_t headline_frames = 0;
  std::vector<BudgetSentence> sentences;  // in the order spoken
};

// The pauses the speaker inserts, in frames (see speak_script_timed).
struct BudgetPauses {
  std::int64_t after_title = 0;
  std::int64_t sentence = 0;
  std::int64_t paragraph = 0;
};

struct BudgetLimits {
  std::int64_t max_total_frames = 0;  // whole briefing; 0: no limit
  std::int64_t fixed_frames = 0;      // what is not a story: intro, outro, pauses and chimes between stories
  std::int64_t max_story_frames = 0;  // one story, headline to last kept sentence; 0: no limit
  bool headlines_only = false;        // keep each headline and lead only
};

// Each story is held to at least this share of an equal split of the time (or its whole
// length, when shorter), so a short story is not squeezed to its lead by long neighbours.
inline constexpr double kFloorShareOfEqualSplit = 0.5;

struct StoryPlan {
  std::vector<bool> kept;        // one per sentence
  std::int64_t frames = 0;       // headline, kept sentences and the pauses between them
  std::int64_t full_frames = 0;  // the same with every sentence
  bool shortened() const;
};

struct BudgetPlan {
  bool fits = true;                  // false: even headlines and leads exceed a limit
  std::int64_t needed_frames = 0;    // when !fits: what the headlines and leads need (of that limit)
  bool story_limit = false;          // when !fits: the per-story limit is the one exceeded
  std::vector<StoryPlan> stories;
  std::int64_t total_frames = 0;     // stories plus fixed_frames
  bool shortened() const;
};

// The pause before a sentence of `paragraph`, after the headline or after a sentence of
// `previous_paragraph`: the paragraph pause when a paragraph ends between them.
std::int64_t pause_between(bool after_title, std::size_t previous_paragraph, std::size_t paragraph,
                           const BudgetPauses& pauses);

// Frames of a story keeping the sentences flagged in `kept`.
std::int64_t story_frames(const BudgetStory& story, const std::vector<bool>& kept, const BudgetPauses& pauses);

BudgetPlan plan_time_budget(const std::vector<BudgetStory>& stories, const BudgetPauses& pauses,
                            const BudgetLimits& limits);

// Quote groups of one story's sentences (written text, paragraph index), for
// BudgetSentence::quote_group: a sentence inside a quotation that opened in an earlier
// sentence shares that sentence's group. A quotation left open at a paragraph's end continues
// only when the next paragraph opens with a quotation mark (the news convention).
std::vector<std::size_t> quote_groups(const std::vector<std::string>& sentences,
                                      const std::vector<std::size_t>& paragraphs);

}  // namespace briefcast
