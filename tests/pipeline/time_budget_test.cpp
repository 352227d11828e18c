// The time-budget planner on invented stories with synthetic durations (1000 frames a second):
// limits, fair shares with a floor, whole quotations, and the error when headlines do not fit.
#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline/time_budget.h"

namespace briefcast {

namespace {

constexpr std::int64_t kSecond = 1000;
const BudgetPauses kPauses{900, 350, 800};

// A story of `sentences` sentences, three to a paragraph, lasting 2 to 9 seconds each (varied
// by `seed`), after a 3-second headline.
BudgetStory make_story(std::size_t sentences, std::size_t seed) {
  BudgetStory story;
  story.headline_frames = 3 * kSecond;
  for (std::size_t i = 0; i < sentences; ++i) {
    const auto seconds = static_cast<std::int64_t>(2 + (i * 7 + seed * 5) % 8);
    story.sentences.push_back({seconds * kSecond + 123, i / 3, kNoQuote});
  }
  return story;
}

std::vector<BudgetStory> make_stories(std::size_t count) {
  std::vector<BudgetStory> stories;
  for (std::size_t k = 0; k < count; ++k) stories.push_back(make_story(12 + (k * 5) % 17, k));
  return stories;
}

std::int64_t untrimmed(const std::vector<BudgetStory>& stories, std::int64_t fixed) {
  std::int64_t total = fixed;
  for (const BudgetStory& story : stories) total += story_frames(story, std::vector<bool>(story.sentences.size(), true), kPauses);
  return total;
}

// The invariants every plan keeps: the total is what the stories add up to, every story keeps
// its lead, and the limit holds.
void expect_valid(const std::vector<BudgetStory>& stories, const BudgetLimits& limits, const BudgetPlan& plan) {
  ASSERT_TRUE(plan.fits);
  ASSERT_EQ(plan.stories.size(), stories.size());
  std::int64_t total = limits.fixed_frames;
  for (std::size_t k = 0; k < stories.size(); ++k) {
    const StoryPlan& story = plan.stories[k];
    ASSERT_EQ(story.kept.size(), stories[k].sentences.size());
    EXPECT_TRUE(story.kept.empty() || story.kept[0]) << "story " << k << " lost its lead";
    EXPECT_EQ(story.frames, story_frames(stories[k], story.kept, kPauses));
    if (limits.max_story_frames > 0) {
      EXPECT_LE(story.frames, limits.max_story_frames);
    }
    total += story.frames;
  }
  EXPECT_EQ(plan.total_frames, total);
  if (limits.max_total_frames > 0) {
    EXPECT_LE(plan.total_frames, limits.max_total_frames);
  }
}

void expect_budget_met(std::size_t story_count, std::int64_t max_seconds) {
  const std::vector<BudgetStory> stories = make_stories(story_count);
  BudgetLimits limits;
  limits.fixed_frames = 20 * kSecond + static_cast<std::int64_t>(story_count) * 2 * kSecond;
  limits.max_total_frames = max_seconds * kSecond;
  ASSERT_GT(untrimmed(stories, limits.fixed_frames), limits.max_total_frames);
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  EXPECT_TRUE(plan.shortened());
  EXPECT_GE(plan.total_frames * 10, limits.max_total_frames * 9) << "under 90 % of the budget";
}

}  // namespace

TEST(TimeBudget, NoLimitKeepsEverySentence) {
  const std::vector<BudgetStory> stories = make_stories(3);
  const BudgetPlan plan = plan_time_budget(stories, kPauses, BudgetLimits{});
  expect_valid(stories, BudgetLimits{}, plan);
  EXPECT_FALSE(plan.shortened());
  for (const StoryPlan& story : plan.stories) EXPECT_TRUE(std::all_of(story.kept.begin(), story.kept.end(), [](bool k) { return k; }));
}

TEST(TimeBudget, ABudgetLongerThanTheBriefingChangesNothing) {
  const std::vector<BudgetStory> stories = make_stories(3);
  BudgetLimits limits;
  limits.fixed_frames = 10 * kSecond;
  limits.max_total_frames = untrimmed(stories, limits.fixed_frames);
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  EXPECT_FALSE(plan.shortened());
}

TEST(TimeBudget, OneStoryFitsBetweenNinetyAndAHundredPercent) {
  for (std::int64_t seconds : {45, 60, 75, 90}) expect_budget_met(1, seconds);
}

TEST(TimeBudget, ThreeStoriesFitBetweenNinetyAndAHundredPercent) {
  for (std::int64_t seconds : {90, 120, 150, 180}) expect_budget_met(3, seconds);
}

TEST(TimeBudget, TwentyStoriesFitBetweenNinetyAndAHundredPercent) {
  for (std::int64_t seconds : {600, 900, 1200}) expect_budget_met(20, seconds);
}

TEST(TimeBudget, StoriesAreCutFromTheEndInTextOrder) {
  const std::vector<BudgetStory> stories = make_stories(3);
  BudgetLimits limits;
  limits.max_total_frames = 90 * kSecond;
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  // Paragraph openings may fill leftover time, but the first paragraph goes as far as it can
  // before anything later is taken: a kept sentence is never preceded by a dropped one in its
  // own paragraph.
  for (std::size_t k = 0; k < stories.size(); ++k) {
    const std::vector<bool>& kept = plan.stories[k].kept;
    for (std::size_t i = 1; i < kept.size(); ++i) {
      if (kept[i] && stories[k].sentences[i].paragraph == stories[k].sentences[i - 1].paragraph) {
        EXPECT_TRUE(kept[i - 1]) << "story " << k << " sentence " << i;
      }
    }
  }
}

TEST(TimeBudget, LongerStoriesGetMoreTimeAndShortOnesKeepTheirFloor) {
  // One long story and two short ones: proportional shares alone would leave the short ones
  // little more than their leads.
  std::vector<BudgetStory> stories;
  BudgetStory long_story;
  long_story.headline_frames = 2 * kSecond;
  for (std::size_t i = 0; i < 100; ++i) long_story.sentences.push_back({3 * kSecond, i / 4, kNoQuote});
  BudgetStory short_story;
  short_story.headline_frames = 2 * kSecond;
  for (std::size_t i = 0; i < 8; ++i) short_story.sentences.push_back({3 * kSecond, i / 4, kNoQuote});
  stories = {long_story, short_story, short_story};
  BudgetLimits limits;
  limits.max_total_frames = 96 * kSecond;
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  const double floor = kFloorShareOfEqualSplit * static_cast<double>(limits.max_total_frames) / 3.0;
  const std::int64_t one_sentence = 3 * kSecond + kPauses.paragraph;
  for (std::size_t k : {1u, 2u}) {
    EXPECT_GE(static_cast<double>(plan.stories[k].frames), floor - static_cast<double>(one_sentence)) << "story " << k;
    EXPECT_GT(plan.stories[k].frames, story_frames(stories[k], {true}, kPauses) + one_sentence);
  }
  EXPECT_GT(plan.stories[0].frames, plan.stories[1].frames);
}

TEST(TimeBudget, SharesFollowStoryLength) {
  std::vector<BudgetStory> stories;
  for (std::size_t length : {10u, 20u, 40u}) {
    BudgetStory story;
    story.headline_frames = 2 * kSecond;
    for (std::size_t i = 0; i < length; ++i) story.sentences.push_back({4 * kSecond, i / 2, kNoQuote});
    stories.push_back(story);
  }
  BudgetLimits limits;
  limits.max_total_frames = 150 * kSecond;
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  EXPECT_LT(plan.stories[0].frames, plan.stories[1].frames);
  EXPECT_LT(plan.stories[1].frames, plan.stories[2].frames);
}

TEST(TimeBudget, AQuotationIsKeptOrDroppedWhole) {
  BudgetStory story;
  story.headline_frames = 2 * kSecond;
  // Sentences 1-3 are one quotation; so are 5-6.
  const std::size_t groups[] = {kNoQuote, 0, 0, 0, kNoQuote, 1, 1, kNoQuote};
  for (std::size_t i = 0; i < std::size(groups); ++i) story.sentences.push_back({4 * kSecond, 0, groups[i]});
  for (std::int64_t seconds = 8; seconds < 50; ++seconds) {
    BudgetLimits limits;
    limits.max_total_frames = seconds * kSecond;
    const BudgetPlan plan = plan_time_budget({story}, kPauses, limits);
    expect_valid({story}, limits, plan);
    const std::vector<bool>& kept = plan.stories[0].kept;
    EXPECT_TRUE(kept[1] == kept[2] && kept[2] == kept[3]) << seconds << " s";
    EXPECT_EQ(kept[5], kept[6]) << seconds << " s";
  }
}

TEST(TimeBudget, ALeadInsideAQuotationBringsTheWholeQuotation) {
  BudgetStory story;
  story.headline_frames = 2 * kSecond;
  for (std::size_t i = 0; i < 5; ++i) story.sentences.push_back({3 * kSecond, 0, i < 2 ? 0 : kNoQuote});
  BudgetLimits limits;
  limits.headlines_only = true;
  const BudgetPlan plan = plan_time_budget({story}, kPauses, limits);
  expect_valid({story}, limits, plan);
  EXPECT_EQ(plan.stories[0].kept, (std::vector<bool>{true, true, false, false, false}));
}

TEST(TimeBudget, HeadlinesOnlyKeepsEachLead) {
  const std::vector<BudgetStory> stories = make_stories(4);
  BudgetLimits limits;
  limits.headlines_only = true;
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  for (const StoryPlan& story : plan.stories) {
    EXPECT_EQ(std::count(story.kept.begin(), story.kept.end(), true), 1);
  }
}

TEST(TimeBudget, PerStoryLimitHoldsForEveryStory) {
  const std::vector<BudgetStory> stories = make_stories(5);
  BudgetLimits limits;
  limits.max_story_frames = 60 * kSecond;
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  expect_valid(stories, limits, plan);
  for (std::size_t k = 0; k < stories.size(); ++k) {
    if (plan.stories[k].full_frames > limits.max_story_frames) {
      EXPECT_GE(plan.stories[k].frames * 10, limits.max_story_frames * 9) << "story " << k;
    }
  }
}

TEST(TimeBudget, HeadlinesAndLeadsThatDoNotFitSayWhatTheyNeed) {
  const std::vector<BudgetStory> stories = make_stories(3);
  BudgetLimits limits;
  limits.fixed_frames = 10 * kSecond;
  limits.max_total_frames = 20 * kSecond;
  const BudgetPlan plan = plan_time_budget(stories, kPauses, limits);
  EXPECT_FALSE(plan.fits);
  EXPECT_FALSE(plan.story_limit);
  std::int64_t needed = limits.fixed_frames;
  for (const BudgetStory& story : stories) {
    needed += story.headline_frames + kPauses.after_title + story.sentences[0].frames;
  }
  EXPECT_EQ(plan.needed_frames, needed);

  BudgetLimits story_limit;
  story_limit.max_story_frames = 4 * kSecond;
  const BudgetPlan per_story = plan_time_budget(stories, kPauses, story_limit);
  EXPECT_FALSE(per_story.fits);
  EXPECT_TRUE(per_story.story_limit);
}

TEST(TimeBudget, PausesBetweenParagraphsCount) {
  BudgetStory story;
  story.headline_frames = 1000;
  story.sentences = {{2000, 0, kNoQuote}, {3000, 0, kNoQuote}, {4000, 1, kNoQuote}};
  EXPECT_EQ(story_frames(story, {true, true, true}, kPauses), 1000 + 900 + 2000 + 350 + 3000 + 800 + 4000);
  EXPECT_EQ(story_frames(story, {true, false, true}, kPauses), 1000 + 900 + 2000 + 800 + 4000);
}

}  // namespace briefcast
