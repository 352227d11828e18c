#include "pipeline/budget_briefing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include "model/error.h"
#include "pipeline/announcements.h"
#include "pipeline/time_budget.h"
#include "synth/engine_watch.h"

namespace briefcast {

namespace {

// One spoken segment of a story, synthesized alone into the scratch spool.
struct Measured {
  std::size_t script_index = 0;
  SegmentKind kind = SegmentKind::kSentence;
  std::size_t paragraph = 0;
  std::int64_t start = 0;  // in the scratch spool
  std::int64_t word = 0;   // where its first word starts
  std::int64_t end = 0;
};

struct MeasuredStory {
  std::vector<Segment> script;
  std::vector<Measured> spoken;  // the headline (when spoken) first
};

// Speaks every headline and sentence of every article, with no pauses, into `scratch`.
std::vector<MeasuredStory> measure_stories(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                           const NormalizeConfig& normalize, const LanguageChoice& language,
                                           PcmSpool& scratch) {
  std::vector<MeasuredStory> stories;
  std::vector<SpeechEvent> events;
  auto sink = [&scratch](std::span<const std::int16_t> pcm) { scratch.append(pcm); };
  for (const Article& article : articles) {
    MeasuredStory story;
    try {
      const NormalizeConfig config = prepare_article_language(article, normalize, language, synthesizer);
      story.script = script_article(article, config);
      with_engine_watch(article.metadata.source_path, [&] {
        for (std::size_t i = 0; i < story.script.size(); ++i) {
          const Segment& segment = story.script[i];
          const std::string& text = segment.spoken.empty() ? segment.text : segment.spoken;
          if (segment.kind == SegmentKind::kParagraphEnd || text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
          Measured measured{i, segment.kind, segment.paragraph_index, scratch.frames(), scratch.frames(), 0};
          events.clear();
          synthesizer.speak(text, sink, &events);
          measured.end = scratch.frames();
          auto word = std::find_if(events.begin(), events.end(), [](const SpeechEvent& e) { return e.kind == SpeechEvent::Kind::kWord; });
          if (word != events.end()) measured.word = std::min(measured.start + word->frame, measured.end);
          story.spoken.push_back(measured);
        }
      });
    } catch (const Error& e) {
      if (!e.path().empty()) throw;
      throw Error(e.stage(), article.metadata.source_path, e.message());
    }
    stories.push_back(std::move(story));
  }
  return stories;
}

BudgetStory budget_story(const MeasuredStory& story) {
  BudgetStory budget;
  std::vector<std::string> texts;
  std::vector<std::size_t> paragraphs;
  for (const Measured& m : story.spoken) {
    if (m.kind == SegmentKind::kTitle) {
      budget.headline_frames += m.end - m.start;
      continue;
    }
    budget.sentences.push_back({m.end - m.start, m.paragraph, kNoQuote});
    texts.push_back(story.script[m.script_index].text);
    paragraphs.push_back(m.paragraph);
  }
  const std::vector<std::size_t> groups = quote_groups(texts, paragraphs);
  for (std::size_t i = 0; i < groups.size(); ++i) budget.sentences[i].quote_group = groups[i];
  return budget;
}

// An intro or outro, spoken once into its own spool: measured for the plan, then copied.
struct Announcement {
  std::unique_ptr<PcmSpool> audio = std::make_unique<PcmSpool>();
  std::vector<SpokenSegment> segments;
};

Announcement speak_announcement(const std::vector<std::string>& sentences, Synthesizer& synthesizer,
                                const NormalizeConfig& normalize, const PauseConfig& pauses) {
  std::vector<Segment> script;
  for (const std::string& sentence : sentences) script.push_back({SegmentKind::kSentence, sentence, "", 0});
  normalize_segments(script, normalize);
  Announcement announcement;
  announcement.segments = speak_script_timed(script, synthesizer, pauses, *announcement.audio);
  return announcement;
}

void append_announcement(const Announcement& announcement, PcmSpool& spool, RenderedBriefing& rendered) {
  const std::int64_t offset = spool.frames();
  announcement.audio->read_all([&spool](std::span<const std::int16_t> block) { spool.append(block); });
  for (SpokenSegment segment : announcement.segments) {
    segment.chapter_index = kNoChapter;
    segment.start_frame += offset;
    segment.end_frame += offset;
    rendered.segments.push_back(std::move(segment));
  }
}

std::int64_t chapter_gap_frames(const PauseConfig& pauses, const ProductionConfig& production, int rate) {
  if (production.chime.empty()) return ms_to_frames(pauses.chapter_ms, rate);
  return ms_to_frames(pauses.chapter_ms / 2, rate) + static_cast<std::int64_t>(production.chime.size()) +
         ms_to_frames(pauses.chapter_ms - pauses.chapter_ms / 2, rate);
}

void append_chapter_gap(const PauseConfig& pauses, const ProductionConfig& production, int rate, PcmSpool& spool) {
  if (production.chime.empty()) {
    spool.append_silence(ms_to_frames(pauses.chapter_ms, rate));
    return;
  }
  spool.append_silence(ms_to_frames(pauses.chapter_ms / 2, rate));
  spool.append(production.chime);
  spool.append_silence(ms_to_frames(pauses.chapter_ms - pauses.chapter_ms / 2, rate));
}

std::string minutes_text(std::int64_t frames, int rate) {
  // Rounded up to a tenth, so that the number given back as --max-minutes is enough.
  const double minutes = std::ceil(static_cast<double>(frames) / rate / 6.0) / 10.0;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", minutes);
  return text;
}

int about_minutes(std::int64_t frames, int rate) {
  return std::max(1, static_cast<int>(std::lround(static_cast<double>(frames) / rate / 60.0)));
}

// The error when even the headlines and leads exceed a limit.
Error too_short(const BudgetPlan& plan, const TimeBudget& budget, std::size_t stories, int rate, bool intro) {
  char limit[32];
  if (plan.story_limit) {
    std::snprintf(limit, sizeof limit, "%g", budget.max_story_minutes);
    return Error::usage(std::string("--max-story-minutes ") + limit + " is too short: the longest headline and lead need " +
                        minutes_text(plan.needed_frames, rate) + " minutes");
  }
  std::snprintf(limit, sizeof limit, "%g", budget.max_minutes);
  return Error::usage(std::string("--max-minutes ") + limit + " is too short: the headlines and leads of the " +
                      std::to_string(stories) + " " + (stories == 1 ? "story" : "stories") + " need " +
                      minutes_text(plan.needed_frames, rate) + " minutes" + (intro ? ", intro and outro included" : ""));
}

}  // namespace

namespace {

// The plan, with the intro it was made for (it names the briefing's length when shortened).
struct PlannedBriefing {
  BudgetPlan plan;
  Announcement intro;
};

PlannedBriefing plan_briefing(const std::vector<BudgetStory>& stories, const std::vector<std::string>& titles,
                              const BudgetPauses& pauses, BudgetLimits limits, std::int64_t fixed_without_intro,
                              const TimeBudget& budget, const ProductionConfig& production, Synthesizer& synthesizer,
                              const NormalizeConfig& normalize, const PauseConfig& pause_config) {
  const int rate = synthesizer.sample_rate_hz();
  PlannedBriefing planned;
  auto plan_with_intro = [&](int minutes) {
    if (production.spoken_intro) {
      planned.intro = speak_announcement(make_intro_sentences(titles, production.date, minutes), synthesizer, normalize,
                                         pause_config);
    }
    limits.fixed_frames = fixed_without_intro + planned.intro.audio->frames();
    planned.plan = plan_time_budget(stories, pauses, limits);
  };
  plan_with_intro(0);
  if (planned.plan.fits && !planned.plan.shortened()) return planned;
  if (production.spoken_intro) {
    // Shortened, the intro says how long the briefing is instead of listing the headlines,
    // which changes its own length: plan again until the spoken number agrees with the plan
    // (it settles at once in practice).
    int minutes = about_minutes(planned.plan.fits ? planned.plan.total_frames : planned.plan.needed_frames, rate);
    for (int attempt = 0; attempt < 3; ++attempt) {
      plan_with_intro(minutes);
      const int now = about_minutes(planned.plan.fits ? planned.plan.total_frames : planned.plan.needed_frames, rate);
      if (now == minutes) break;
      minutes = now;
    }
  }
  if (!planned.plan.fits) throw too_short(planned.plan, budget, stories.size(), rate, production.spoken_intro);
  return planned;
}

// A kept segment on its way from the scratch spool to the briefing.
struct Item {
  std::size_t story = 0;
  Measured measured;
  std::int64_t pause_before = 0;
  bool opens_story = false;
  std::string text;  // as written, for captions and the page
};

std::vector<Item> kept_items(const std::vector<MeasuredStory>& stories, const BudgetPlan& plan,
                             const BudgetPauses& pauses, BudgetOutcome& outcome) {
  std::vector<Item> items;
  for (std::size_t k = 0; k < stories.size(); ++k) {
    std::vector<bool>& kept = outcome.kept.emplace_back(stories[k].script.size(), false);
    std::size_t sentence = 0, paragraph = 0;
    bool after_title = false, first = true;
    for (const Measured& m : stories[k].spoken) {
      const bool is_title = m.kind == SegmentKind::kTitle;
      if (!is_title && !plan.stories[k].kept[sentence++]) continue;
      const std::int64_t pause = first ? 0 : pause_between(after_title, paragraph, m.paragraph, pauses);
      const Segment& segment = stories[k].script[m.script_index];
      items.push_back({k, m, pause, first, segment.text.empty() ? segment.spoken : segment.text});
      kept[m.script_index] = true;
      after_title = is_title;
      paragraph = m.paragraph;
      first = false;
    }
    std::vector<std::size_t> kept_paragraphs;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const Segment& segment = stories[k].script[i];
      if (kept[i] && segment.kind == SegmentKind::kSentence) kept_paragraphs.push_back(segment.paragraph_index);
      if (segment.kind == SegmentKind::kParagraphEnd) {
        kept[i] = std::find(kept_paragraphs.begin(), kept_paragraphs.end(), segment.paragraph_index) != kept_paragraphs.end();
      }
    }
  }
  return items;
}

// Copies the kept segments from `scratch` to `spool` in one pass, with their pauses and the
// gaps between stories, recording chapters and segment timing.
void assemble_items(std::vector<Item>& items, const PcmSpool& scratch, const PauseConfig& pauses,
                    const ProductionConfig& production, int rate, PcmSpool& spool, RenderedBriefing& rendered) {
  std::size_t next = 0;
  std::int64_t block_start = 0, final_start = 0;
  bool begun = false;
  auto begin_item = [&](const Item& item) {
    if (item.opens_story && item.story > 0) append_chapter_gap(pauses, production, rate, spool);
    if (item.opens_story) rendered.chapters[item.story].start_frame = spool.frames();
    spool.append_silence(item.pause_before);
    final_start = spool.frames();
    begun = true;
  };
  auto finish_item = [&](const Item& item) {
    const std::int64_t offset = final_start - item.measured.start;
    rendered.segments.push_back({item.story, item.measured.kind, item.text, item.measured.word + offset, item.measured.end + offset});
    begun = false;
    ++next;
  };
  scratch.read_all([&](std::span<const std::int16_t> block) {
    const std::int64_t block_end = block_start + static_cast<std::int64_t>(block.size());
    while (next < items.size() && items[next].measured.start < block_end) {
      const Item& item = items[next];
      if (!begun) begin_item(item);
      const std::int64_t from = std::max(item.measured.start, block_start);
      const std::int64_t to = std::min(item.measured.end, block_end);
      if (to > from) spool.append(block.subspan(static_cast<std::size_t>(from - block_start), static_cast<std::size_t>(to - from)));
      if (item.measured.end > block_end) break;  // goes on in the next block
      finish_item(item);
    }
    block_start = block_end;
  });
  while (next < items.size()) {  // only empty segments can be left
    if (!begun) begin_item(items[next]);
    finish_item(items[next]);
  }
}

}  // namespace

std::string shortened_story_text(const BudgetOutcome& outcome, std::size_t index) {
  if (index >= outcome.scripts.size() || index >= outcome.kept.size()) return "";
  const std::vector<Segment>& script = outcome.scripts[index];
  const std::vector<bool>& kept = outcome.kept[index];
  std::string text;
  bool dropped = false;
  for (std::size_t i = 0; i < script.size() && i < kept.size(); ++i) {
    if (script[i].kind != SegmentKind::kSentence) continue;
    if (!kept[i]) {
      dropped = true;
    } else {
      text += (text.empty() ? "" : " ") + script[i].text;
    }
  }
  return dropped ? text : "";
}

RenderedBriefing render_briefing_budgeted(const std::vector<Article>& articles, Synthesizer& synthesizer,
                                          const NormalizeConfig& normalize, const PauseConfig& pauses, PcmSpool& spool,
                                          const ProductionConfig& production, const LanguageChoice& language,
                                          const TimeBudget& budget, BudgetOutcome* outcome) {
  const int rate = synthesizer.sample_rate_hz();
  const VoiceConfig briefing_voice = synthesizer.voice();  // articles may switch it; intro and outro use it
  PcmSpool scratch;
  std::vector<MeasuredStory> measured = measure_stories(articles, synthesizer, normalize, language, scratch);
  if (synthesizer.voice().voice != briefing_voice.voice) synthesizer.set_voice(briefing_voice);

  std::vector<BudgetStory> stories;
  std::vector<std::string> titles;
  for (std::size_t k = 0; k < articles.size(); ++k) {
    stories.push_back(budget_story(measured[k]));
    titles.push_back(articles[k].title);
  }
  const BudgetPauses budget_pauses{ms_to_frames(pauses.after_title_ms, rate), ms_to_frames(pauses.sentence_ms, rate),
                                   ms_to_frames(pauses.paragraph_ms, rate)};
  BudgetLimits limits;
  limits.max_total_frames = std::llround(budget.max_minutes * 60.0 * rate);
  limits.max_story_frames = std::llround(budget.max_story_minutes * 60.0 * rate);
  limits.headlines_only = budget.headlines_only;
  Announcement outro;
  if (production.spoken_outro) outro = speak_announcement(make_outro_sentences(production.date), synthesizer, normalize, pauses);
  const std::int64_t between = articles.empty() ? 0 : static_cast<std::int64_t>(articles.size() - 1) * chapter_gap_frames(pauses, production, rate);
  const std::int64_t fixed = between + (production.spoken_intro ? ms_to_frames(pauses.chapter_ms, rate) : 0) +
                             (production.spoken_outro ? ms_to_frames(pauses.chapter_ms, rate) + outro.audio->frames() : 0);
  PlannedBriefing planned =
      plan_briefing(stories, titles, budget_pauses, limits, fixed, budget, production, synthesizer, normalize, pauses);

  BudgetOutcome local;
  BudgetOutcome& result = outcome != nullptr ? *outcome : local;
  result = BudgetOutcome{};
  std::vector<Item> items = kept_items(measured, planned.plan, budget_pauses, result);
  for (MeasuredStory& story : measured) result.scripts.push_back(std::move(story.script));
  result.shortened = planned.plan.shortened();
  result.untrimmed_frames = planned.plan.total_frames;
  for (const StoryPlan& story : planned.plan.stories) result.untrimmed_frames += story.full_frames - story.frames;

  RenderedBriefing rendered;
  for (const std::string& title : titles) rendered.chapters.push_back({title, -1, 0});
  if (production.spoken_intro) {
    append_announcement(planned.intro, spool, rendered);
    spool.append_silence(ms_to_frames(pauses.chapter_ms, rate));
  }
  assemble_items(items, scratch, pauses, production, rate, spool, rendered);
  if (production.spoken_outro && !rendered.chapters.empty()) {
    spool.append_silence(ms_to_frames(pauses.chapter_ms, rate));
    append_announcement(outro, spool, rendered);
  }
  for (std::size_t i = rendered.chapters.size(); i-- > 0;) {  // a story with nothing spoken starts where the next does
    if (rendered.chapters[i].start_frame < 0) {
      rendered.chapters[i].start_frame = i + 1 < rendered.chapters.size() ? rendered.chapters[i + 1].start_frame : spool.frames();
    }
  }
  if (!rendered.chapters.empty()) rendered.chapters.front().start_frame = 0;
  for (std::size_t i = 0; i < rendered.chapters.size(); ++i) {
    const std::int64_t end = i + 1 < rendered.chapters.size() ? rendered.chapters[i + 1].start_frame : spool.frames();
    rendered.chapters[i].frame_count = end - rendered.chapters[i].start_frame;
  }
  return rendered;
}

}  // namespace briefcast
