#include "batch/batch_result.h"

#include <algorithm>

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

}  // namespace briefcast
