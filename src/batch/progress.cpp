#include "batch/progress.h"

#include <cmath>
#include <cstdio>

namespace briefcast {

ProgressTracker::ProgressTracker(std::size_t total, Clock::time_point start) : start_(start) {
  progress_.total = total;
}

void ProgressTracker::record(const ArticleResult& article, bool processed, Clock::time_point now) {
  ++progress_.done;
  if (article.status == ArticleStatus::kFailed) ++progress_.failed;
  if (article.status == ArticleStatus::kSynthesized) progress_.audio_seconds += article.duration_seconds();
  progress_.elapsed_seconds = std::chrono::duration<double>(now - start_).count();
  if (processed) ++progress_.processed;
  if (progress_.elapsed_seconds > 0 && progress_.audio_seconds > 0) {
    progress_.real_time_factor = progress_.audio_seconds / progress_.elapsed_seconds;
  }
  if (progress_.processed > 0 && progress_.processed <= progress_.to_process) {
    double per_article = progress_.elapsed_seconds / static_cast<double>(progress_.processed);
    progress_.eta_seconds = per_article * static_cast<double>(progress_.to_process - progress_.processed);
  }
}

std::string format_clock(double seconds) {
  auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  char buffer[32];
  if (total >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", total / 60, total % 60);
  }
  return buffer;
}

std::string format_progress_line(const BatchProgress& progress) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "%zu/%zu done", progress.done, progress.total);
  std::string line = buffer;
  if (progress.failed > 0) line += ", " + std::to_string(progress.failed) + " failed";
  std::snprintf(buffer, sizeof buffer, " | %.1f min audio", progress.audio_seconds / 60.0);
  line += buffer;
  if (progress.real_time_factor > 0) {
    std::snprintf(buffer, sizeof buffer, " | %.0fx real time", progress.real_time_factor);
    line += buffer;
  }
  if (progress.eta_seconds >= 0 && progress.done < progress.total) line += " | " + format_clock(progress.eta_seconds) + " left";
  return line;
}

std::string format_article_line(const ArticleResult& article, const BatchProgress& progress) {
  std::string line = "[" + std::to_string(progress.done) + "/" + std::to_string(progress.total) + "] ";
  switch (article.status) {
    case ArticleStatus::kSynthesized:
    case ArticleStatus::kUpToDate: {
      char timing[64];
      std::snprintf(timing, sizeof timing, " (%s, %.1f s)", format_clock(article.duration_seconds()).c_str(),
                    article.wall_seconds);
      line += (article.status == ArticleStatus::kUpToDate ? "up to date " : "ok ") + article.input + " -> " +
              article.output + (article.status == ArticleStatus::kUpToDate ? "" : timing);
      break;
    }
    case ArticleStatus::kFailed: line += "FAILED " + article.input + ": " + article.error; break;
    case ArticleStatus::kCancelled: line += "cancelled " + article.input; break;
    case ArticleStatus::kPending: line += "pending " + article.input; break;
  }
  return line;
}

}  // namespace briefcast
