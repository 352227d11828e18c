#include "pipeline/time_budget.h"

#include <algorithm>
#include <string_view>

namespace briefcast {

namespace {

// Runs of sentences kept or dropped together: one sentence, or a whole multi-sentence quote.
struct Unit {
  std::size_t first = 0;
  std::size_t end = 0;  // one past the last sentence
};

std::vector<Unit> make_units(const BudgetStory& story) {
  std::vector<Unit> units;
  for (std::size_t i = 0; i < story.sentences.size(); ++i) {
    const std::size_t group = story.sentences[i].quote_group;
    if (!units.empty() && group != kNoQuote && story.sentences[i - 1].quote_group == group) {
      units.back().end = i + 1;
    } else {
      units.push_back({i, i + 1});
    }
  }
  return units;
}

std::int64_t pause_before(bool after_title, std::size_t previous_paragraph, std::size_t paragraph,
                          const BudgetPauses& pauses) {
  std::int64_t pause = after_title ? pauses.after_title : pauses.sentence;
  if (paragraph != previous_paragraph) pause = std::max(pause, pauses.paragraph);
  return pause;
}

// The story as it is being planned: what is kept, and where it currently ends.
struct Draft {
  std::vector<bool> kept;
  std::int64_t frames = 0;
  std::size_t next_unit = 0;  // units before this one are decided
  bool after_title = true;    // nothing but the headline kept yet
  std::size_t last_paragraph = 0;
};

// Frames that appending `unit` (after everything kept so far) adds to the draft.
std::int64_t extra_frames(const BudgetStory& story, const Draft& draft, const Unit& unit, const BudgetPauses& pauses) {
  std::int64_t extra = 0;
  bool after_title = draft.after_title;
  std::size_t paragraph = draft.last_paragraph;
  for (std::size_t i = unit.first; i < unit.end; ++i) {
    const BudgetSentence& sentence = story.sentences[i];
    // Nothing is spoken before the lead of a story without a headline, so no pause either.
    const bool first = after_title && story.headline_frames == 0;
    extra += (first ? 0 : pause_before(after_title, paragraph, sentence.paragraph, pauses)) + sentence.frames;
    after_title = false;
    paragraph = sentence.paragraph;
  }
  return extra;
}

void keep_unit(const BudgetStory& story, const Unit& unit, std::size_t index, std::int64_t extra, Draft& draft) {
  for (std::size_t i = unit.first; i < unit.end; ++i) draft.kept[i] = true;
  draft.frames += extra;
  draft.next_unit = index + 1;
  draft.after_title = false;
  draft.last_paragraph = story.sentences[unit.end - 1].paragraph;
}

bool starts_paragraph(const BudgetStory& story, const Unit& unit) {
  return unit.first == 0 || story.sentences[unit.first - 1].paragraph != story.sentences[unit.first].paragraph;
}

// The next unit the draft could take within `room` frames: the one right after what is kept,
// else (skipping what does not fit) a later paragraph's opening unit, or with `any_unit` any
// later unit. Returns units.size()
// when none fits; `extra` receives its cost.
std::size_t next_fitting(const BudgetStory& story, const std::vector<Unit>& units, const Draft& draft,
                         std::int64_t room, bool allow_skip, bool any_unit, const BudgetPauses& pauses,
                         std::int64_t& extra) {
  for (std::size_t u = draft.next_unit; u < units.size(); ++u) {
    if (u != draft.next_unit && !any_unit && !starts_paragraph(story, units[u])) continue;
    extra = extra_frames(story, draft, units[u], pauses);
    if (extra <= room) return u;
    if (!allow_skip) break;
  }
  return units.size();
}

// Shares of `available` frames: proportional to each story's full length, each at least its
// floor and at most its cap (found by bisection on the proportion).
std::vector<double> fair_targets(const std::vector<std::int64_t>& full, const std::vector<std::int64_t>& minimum,
                                 const std::vector<std::int64_t>& cap, double available) {
  const std::size_t n = full.size();
  const double equal = available / static_cast<double>(n);
  std::vector<double> floor(n);
  double floor_sum = 0, min_sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    floor[i] = std::max(static_cast<double>(minimum[i]), std::min(static_cast<double>(cap[i]), kFloorShareOfEqualSplit * equal));
    floor_sum += floor[i];
    min_sum += static_cast<double>(minimum[i]);
  }
  if (floor_sum > available && floor_sum > min_sum) {
    const double scale = (available - min_sum) / (floor_sum - min_sum);
    for (std::size_t i = 0; i < n; ++i) floor[i] = static_cast<double>(minimum[i]) + (floor[i] - static_cast<double>(minimum[i])) * scale;
  }
  auto shares = [&](double proportion) {
    std::vector<double> share(n);
    for (std::size_t i = 0; i < n; ++i) {
      share[i] = std::clamp(proportion * static_cast<double>(full[i]), floor[i], std::max(floor[i], static_cast<double>(cap[i])));
    }
    return share;
  };
  auto total = [](const std::vector<double>& share) {
    double sum = 0;
    for (double s : share) sum += s;
    return sum;
  };
  double low = 0, high = 1;
  for (int step = 0; step < 60; ++step) {
    const double middle = (low + high) / 2;
    (total(shares(middle)) <= available ? low : high) = middle;
  }
  return shares(low);
}

// What the shares left unused (a share rarely ends on a sentence boundary) goes, a unit at a
// time, to the story furthest below its share. `room` < 0: no limit on the whole. Returns the
// room left.
std::int64_t fill_remaining(const std::vector<BudgetStory>& stories, const std::vector<std::vector<Unit>>& units,
                            const BudgetPauses& pauses, const std::vector<double>& target,
                            const std::vector<std::int64_t>& cap, std::int64_t room, const std::vector<bool>& any_unit,
                            std::vector<Draft>& drafts) {
  const std::size_t n = stories.size();
  for (;;) {
    std::size_t best = n, best_unit = 0;
    std::int64_t best_extra = 0;
    double best_deficit = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::int64_t story_room = cap[i] - drafts[i].frames;
      if (room >= 0) story_room = std::min(story_room, room);
      std::int64_t extra = 0;
      const std::size_t u = next_fitting(stories[i], units[i], drafts[i], story_room, true, any_unit[i], pauses, extra);
      if (u == units[i].size()) continue;
      const double deficit = target[i] - static_cast<double>(drafts[i].frames);
      if (best == n || deficit > best_deficit) {
        best = i;
        best_unit = u;
        best_extra = extra;
        best_deficit = deficit;
      }
    }
    if (best == n) return room;
    keep_unit(stories[best], units[best][best_unit], best_unit, best_extra, drafts[best]);
    if (room >= 0) room -= best_extra;
  }
}

}  // namespace

bool StoryPlan::shortened() const { return frames < full_frames; }

bool BudgetPlan::shortened() const {
  return std::any_of(stories.begin(), stories.end(), [](const StoryPlan& story) { return story.shortened(); });
}

std::int64_t story_frames(const BudgetStory& story, const std::vector<bool>& kept, const BudgetPauses& pauses) {
  std::int64_t total = story.headline_frames;
  bool after_title = true;
  std::size_t paragraph = 0;
  for (std::size_t i = 0; i < story.sentences.size(); ++i) {
    if (i >= kept.size() || !kept[i]) continue;
    const BudgetSentence& sentence = story.sentences[i];
    const bool first = after_title && story.headline_frames == 0;
    total += (first ? 0 : pause_before(after_title, paragraph, sentence.paragraph, pauses)) + sentence.frames;
    after_title = false;
    paragraph = sentence.paragraph;
  }
  return total;
}

std::int64_t pause_between(bool after_title, std::size_t previous_paragraph, std::size_t paragraph,
                           const BudgetPauses& pauses) {
  return pause_before(after_title, previous_paragraph, paragraph, pauses);
}

BudgetPlan plan_time_budget(const std::vector<BudgetStory>& stories, const BudgetPauses& pauses,
                            const BudgetLimits& limits) {
  BudgetPlan plan;
  const std::size_t n = stories.size();
  std::vector<std::vector<Unit>> units(n);
  std::vector<Draft> drafts(n);
  std::vector<std::int64_t> full(n), minimum(n), cap(n);
  std::int64_t min_sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    units[i] = make_units(stories[i]);
    full[i] = story_frames(stories[i], std::vector<bool>(stories[i].sentences.size(), true), pauses);
    drafts[i].kept.assign(stories[i].sentences.size(), false);
    drafts[i].frames = stories[i].headline_frames;
    if (!units[i].empty()) keep_unit(stories[i], units[i][0], 0, extra_frames(stories[i], drafts[i], units[i][0], pauses), drafts[i]);
    minimum[i] = drafts[i].frames;
    min_sum += minimum[i];
    cap[i] = limits.headlines_only ? minimum[i] : full[i];
    if (limits.max_story_frames > 0) cap[i] = std::min(cap[i], limits.max_story_frames);
    if (minimum[i] > cap[i]) {
      plan.fits = false;
      plan.story_limit = true;
      plan.needed_frames = std::max(plan.needed_frames, minimum[i]);
    }
  }
  if (!plan.fits) return plan;
  const bool total_limit = limits.max_total_frames > 0;
  const std::int64_t available = limits.max_total_frames - limits.fixed_frames;
  if (total_limit && min_sum > available) {
    plan.fits = false;
    plan.needed_frames = min_sum + limits.fixed_frames;
    return plan;
  }
  std::vector<double> target(cap.begin(), cap.end());
  std::int64_t cap_sum = 0;
  for (std::int64_t c : cap) cap_sum += c;
  if (total_limit && cap_sum > available) target = fair_targets(full, minimum, cap, static_cast<double>(available));

  // Each story first takes its opening units up to its fair share.
  std::int64_t used = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::int64_t extra = 0;
    for (;;) {
      const auto room = static_cast<std::int64_t>(target[i]) - drafts[i].frames;
      const std::size_t u = next_fitting(stories[i], units[i], drafts[i], room, false, false, pauses, extra);
      if (u == units[i].size()) break;
      keep_unit(stories[i], units[i][u], u, extra, drafts[i]);
    }
    used += drafts[i].frames;
  }
  std::int64_t room = fill_remaining(stories, units, pauses, target, cap, total_limit ? available - used : -1,
                                     std::vector<bool>(n, false), drafts);
  // Still under 90 % of a limit (long sentences, few stories): any later sentence that fits
  // may fill the gap, though it does not open its paragraph.
  std::vector<bool> any_unit(n, false);
  const bool total_short = total_limit && 10 * (limits.max_total_frames - room) < 9 * limits.max_total_frames;
  for (std::size_t i = 0; i < n; ++i) {
    const bool story_short = cap[i] < full[i] && 10 * drafts[i].frames < 9 * cap[i];
    any_unit[i] = !limits.headlines_only && (total_short || story_short);
  }
  fill_remaining(stories, units, pauses, target, cap, room, any_unit, drafts);

  plan.total_frames = limits.fixed_frames;
  for (std::size_t i = 0; i < n; ++i) {
    plan.stories.push_back({std::move(drafts[i].kept), drafts[i].frames, full[i]});
    plan.total_frames += plan.stories.back().frames;
  }
  return plan;
}

namespace {

enum class Mark { kNone, kOpen, kOpenLow, kClose, kStraight };

// The quotation mark starting at `text[i]`, and its length in bytes.
Mark mark_at(std::string_view text, std::size_t i, std::size_t& length) {
  length = 1;
  if (text[i] == '"') return Mark::kStraight;
  auto is = [&](std::string_view mark) { return text.substr(i, mark.size()) == mark; };
  length = 3;
  if (is("\u201C")) return Mark::kOpen;     // left double quotation mark
  if (is("\u201D")) return Mark::kClose;    // right double quotation mark
  if (is("\u201E")) return Mark::kOpenLow;  // German low opening mark, closed by U+201C
  length = 2;
  if (is("\u00AB")) return Mark::kOpen;
  if (is("\u00BB")) return Mark::kClose;
  length = 1;
  return Mark::kNone;
}

}  // namespace

std::vector<std::size_t> quote_groups(const std::vector<std::string>& sentences,
                                      const std::vector<std::size_t>& paragraphs) {
  std::vector<std::size_t> groups(sentences.size(), kNoQuote);
  bool open = false, open_low = false;
  std::size_t group = kNoQuote, next_group = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::string_view text = sentences[s];
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    const bool new_paragraph = s > 0 && paragraphs[s] != paragraphs[s - 1];
    if (open && new_paragraph) {
      std::size_t length = 0;
      const Mark first = i < text.size() ? mark_at(text, i, length) : Mark::kNone;
      if (first == Mark::kOpen || first == Mark::kOpenLow || first == Mark::kStraight) {
        i += length;  // the quotation goes on: the mark reopens it rather than closing it
      } else {
        open = false;  // never closed: end it at the paragraph
      }
    }
    const bool starts_inside = open;
    for (std::size_t length = 1; i < text.size(); i += length) {
      switch (mark_at(text, i, length)) {
        case Mark::kOpen:  // U+201C closes a quotation opened with U+201E, and opens one otherwise
          open = !(open && open_low), open_low = false;
          break;
        case Mark::kOpenLow: open = true, open_low = true; break;
        case Mark::kClose: open = false; break;
        case Mark::kStraight: open = !open, open_low = false; break;
        case Mark::kNone: break;
      }
    }
    if (!starts_inside && open) group = next_group++;
    if (starts_inside || open) groups[s] = group;
  }
  return groups;
}

}  // namespace briefcast
