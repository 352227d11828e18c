#include "batch/batch_result.h"

#include <algorithm>
#include <cstdio>

namespace briefcast {

const char* to_string(ArticleStatus status) {
  switch (status) {
    case ArticleStatus::kPending: return "pending";
    case ArticleStatus::kSynthesized: return "synthesized";
    case ArticleStatus::kUpToDate: return "up_to_date";
    case ArticleStatus::kFailed: return "failed";
    case ArticleStatus::kCancelled: return "cancelled";
  }
  return "unknown";
}

bool BatchResult::all_ok() const {
  bool articles_ok = std::all_of(articles.begin(), articles.end(), [](const ArticleResult& a) { return a.ok(); });
  bool combined_ok = combined.path.empty() || combined.status == ArticleStatus::kSynthesized ||
                     combined.status == ArticleStatus::kUpToDate;
  return articles_ok && combined_ok && !interrupted;
}

std::string summary_line(const BatchResult& result) {
  std::size_t made = 0, kept = 0, failed = 0, cancelled = 0;
  for (const ArticleResult& article : result.articles) {
    made += article.status == ArticleStatus::kSynthesized;
    kept += article.status == ArticleStatus::kUpToDate;
    failed += article.status == ArticleStatus::kFailed;
    cancelled += article.status == ArticleStatus::kCancelled;
  }
  std::string text = std::to_string(result.articles.size()) + " article(s): " + std::to_string(made) +
                     " synthesized, " + std::to_string(kept) + " up to date, " + std::to_string(failed) + " failed";
  if (cancelled > 0) text += ", " + std::to_string(cancelled) + " not done";
  char timing[48];
  std::snprintf(timing, sizeof timing, " in %.1f s", result.wall_seconds);
  return text + timing;
}

}  // namespace briefcast
