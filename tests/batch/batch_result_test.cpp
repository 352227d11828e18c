#include "batch/batch_result.h"

#include <gtest/gtest.h>

namespace briefcast {
namespace {

BatchResult result_of(std::initializer_list<ArticleStatus> statuses, double seconds) {
  BatchResult result;
  for (ArticleStatus status : statuses) {
    ArticleResult article;
    article.status = status;
    result.articles.push_back(article);
  }
  result.wall_seconds = seconds;
  return result;
}

TEST(SummaryLine, CountsEveryOutcome) {
  const BatchResult result = result_of({ArticleStatus::kSynthesized, ArticleStatus::kUpToDate, ArticleStatus::kUpToDate,
                                        ArticleStatus::kFailed},
                                       12.34);
  EXPECT_EQ(summary_line(result), "4 article(s): 1 synthesized, 2 up to date, 1 failed in 12.3 s");
}

TEST(SummaryLine, NamesArticlesAStopLeftUndone) {
  const BatchResult result = result_of({ArticleStatus::kSynthesized, ArticleStatus::kCancelled}, 0.05);
  EXPECT_EQ(summary_line(result), "2 article(s): 1 synthesized, 0 up to date, 0 failed, 1 not done in 0.1 s");
}

TEST(AllOk, FailsOnAFailureOrAnInterruption) {
  EXPECT_TRUE(result_of({ArticleStatus::kSynthesized, ArticleStatus::kUpToDate}, 1).all_ok());
  EXPECT_FALSE(result_of({ArticleStatus::kSynthesized, ArticleStatus::kFailed}, 1).all_ok());
  BatchResult interrupted = result_of({ArticleStatus::kSynthesized}, 1);
  interrupted.interrupted = true;
  EXPECT_FALSE(interrupted.all_ok());
}

}  // namespace
}  // namespace briefcast
