#include "batch/progress.h"

#include <gtest/gtest.h>

namespace briefcast {
namespace {

TEST(Progress, SpeedAndTimeLeft) {
  auto start = ProgressTracker::Clock::now();
  ProgressTracker tracker(4, start);
  tracker.set_to_process(3);
  ArticleResult up_to_date;
  up_to_date.status = ArticleStatus::kUpToDate;
  up_to_date.frames = 22050 * 60;
  up_to_date.sample_rate_hz = 22050;
  tracker.record(up_to_date, false, start);

  ArticleResult made;
  made.status = ArticleStatus::kSynthesized;
  made.frames = 22050 * 120;  // two minutes of audio
  made.sample_rate_hz = 22050;
  tracker.record(made, true, start + std::chrono::seconds(2));
  const BatchProgress& progress = tracker.progress();
  EXPECT_EQ(progress.done, 2u);
  EXPECT_DOUBLE_EQ(progress.audio_seconds, 120.0);  // only audio made in this run
  EXPECT_DOUBLE_EQ(progress.real_time_factor, 60.0);
  EXPECT_DOUBLE_EQ(progress.eta_seconds, 4.0);  // two left at two seconds each
  EXPECT_EQ(format_progress_line(progress), "2/4 done | 2.0 min audio | 60x real time | 0:04 left");
}

TEST(Progress, FailuresAreCounted) {
  ProgressTracker tracker(2);
  tracker.set_to_process(2);
  ArticleResult failed;
  failed.input = "bad.txt";
  failed.status = ArticleStatus::kFailed;
  failed.error = "no article text found";
  tracker.record(failed, true);
  EXPECT_EQ(tracker.progress().failed, 1u);
  EXPECT_NE(format_progress_line(tracker.progress()).find("1 failed"), std::string::npos);
  EXPECT_EQ(format_article_line(failed, tracker.progress()), "[1/2] FAILED bad.txt: no article text found");
}

TEST(Progress, Clock) {
  EXPECT_EQ(format_clock(0), "0:00");
  EXPECT_EQ(format_clock(62.4), "1:02");
  EXPECT_EQ(format_clock(3723), "1:02:03");
  EXPECT_EQ(format_clock(-5), "0:00");
}

}  // namespace
}  // namespace briefcast
