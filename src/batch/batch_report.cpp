#include "batch/batch_report.h"

#include "io/atomic_output.h"

namespace briefcast {

namespace {

nlohmann::json seconds_or_null(std::int64_t frames, int sample_rate_hz) {
  if (sample_rate_hz <= 0) return nullptr;
  return static_cast<double>(frames) / sample_rate_hz;
}

}  // namespace

nlohmann::json batch_report_json(const BatchResult& result) {
  nlohmann::json articles = nlohmann::json::array();
  std::size_t failed = 0;
  for (const ArticleResult& article : result.articles) {
    if (article.status == ArticleStatus::kFailed) ++failed;
    nlohmann::json entry = {
        {"input", article.input},
        {"status", to_string(article.status)},
        {"error", article.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.error)},
        {"output", article.ok() ? nlohmann::json(article.output) : nlohmann::json(nullptr)},
        {"title", article.title},
        {"duration_seconds", article.ok() ? seconds_or_null(article.frames, article.sample_rate_hz) : nullptr},
        {"frames", article.frames},
        {"wall_seconds", article.wall_seconds},
        {"combined_start_seconds", article.combined_start_frame
                                       ? seconds_or_null(*article.combined_start_frame, article.sample_rate_hz)
                                       : nullptr},
        {"combined_start_frame",
         article.combined_start_frame ? nlohmann::json(*article.combined_start_frame) : nlohmann::json(nullptr)},
    };
    articles.push_back(std::move(entry));
  }
  nlohmann::json report = {
      {"articles", std::move(articles)},
      {"total", result.articles.size()},
      {"failed", failed},
      {"interrupted", result.interrupted},
      {"wall_seconds", result.wall_seconds},
  };
  if (!result.combined.path.empty()) {
    report["combined"] = {
        {"output", result.combined.path},
        {"status", to_string(result.combined.status)},
        {"error", result.combined.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(result.combined.error)},
        {"chapters", result.combined.chapters},
        {"duration_seconds", seconds_or_null(result.combined.frames, result.combined.sample_rate_hz)},
    };
  }
  return report;
}

void write_batch_report(const std::string& path, const BatchResult& result) {
  // Paths and titles come from the outside world: replace invalid UTF-8 instead of throwing.
  write_file_atomically(path, batch_report_json(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace briefcast
