#include "chapters/podcast_json.h"

#include <nlohmann/json.hpp>

#include "chapters/timed_text.h"

namespace briefcast {

namespace {
// Millisecond precision, written as seconds; whole seconds stay integers ("startTime": 0).
nlohmann::json seconds(std::int64_t ms) {
  if (ms % 1000 == 0) return ms / 1000;
  return static_cast<double>(ms) / 1000.0;
}
}  // namespace

std::string make_podcast_chapters_json(const std::vector<Chapter>& chapters, int sample_rate_hz) {
  nlohmann::json list = nlohmann::json::array();
  for (const TimedText& entry : chapters_to_timed_text(chapters, sample_rate_hz)) {
    list.push_back({{"startTime", seconds(entry.start_ms)}, {"endTime", seconds(entry.end_ms)}, {"title", entry.text}});
  }
  nlohmann::json document = {{"version", "1.2.0"}, {"chapters", list}};
  // Replace invalid UTF-8 rather than throw: a title is never worth losing the file.
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace briefcast
