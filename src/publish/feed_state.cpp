#include "publish/feed_state.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "io/atomic_output.h"
#include "model/error.h"

namespace briefcast {

namespace {

constexpr int kStateVersion = 1;

nlohmann::json story_json(const EpisodeStory& story) {
  return {{"title", story.title}, {"link", story.link}, {"source", story.source}, {"spoken_text", story.spoken_text}};
}

nlohmann::json episode_json(const PodcastEpisode& episode) {
  nlohmann::json stories = nlohmann::json::array();
  for (const EpisodeStory& story : episode.stories) stories.push_back(story_json(story));
  return {{"key", episode.key},
          {"date", episode.date},
          {"title", episode.title},
          {"published", episode.published_s},
          {"audio_file", episode.audio_file},
          {"audio_bytes", episode.audio_bytes},
          {"duration_ms", episode.duration_ms},
          {"chapters_file", episode.chapters_file},
          {"transcript_file", episode.transcript_file},
          {"stories", stories}};
}

PodcastEpisode episode_from_json(const nlohmann::json& json) {
  PodcastEpisode episode;
  episode.key = json.at("key").get<std::string>();
  episode.date = json.at("date").get<std::string>();
  episode.title = json.at("title").get<std::string>();
  episode.published_s = json.at("published").get<std::int64_t>();
  episode.audio_file = json.at("audio_file").get<std::string>();
  episode.audio_bytes = json.at("audio_bytes").get<std::int64_t>();
  episode.duration_ms = json.at("duration_ms").get<std::int64_t>();
  episode.chapters_file = json.value("chapters_file", "");
  episode.transcript_file = json.value("transcript_file", "");
  for (const nlohmann::json& story : json.value("stories", nlohmann::json::array())) {
    episode.stories.push_back({story.value("title", ""), story.value("link", ""), story.value("source", ""),
                               story.value("spoken_text", "")});
  }
  return episode;
}

}  // namespace

std::string feed_state_to_json(const FeedState& state) {
  nlohmann::json episodes = nlohmann::json::array();
  for (const PodcastEpisode& episode : state.episodes) episodes.push_back(episode_json(episode));
  nlohmann::json spoken = nlohmann::json::object();
  for (const auto& [key, record] : state.spoken) spoken[key] = {{"date", record.date}, {"episode", record.episode_key}};
  nlohmann::json document = {{"version", kStateVersion}, {"episodes", episodes}, {"spoken", spoken}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

FeedState feed_state_from_json(const std::string& text, const std::string& path) {
  try {
    nlohmann::json document = nlohmann::json::parse(text);
    if (document.value("version", 0) != kStateVersion) {
      throw Error::input(path, "not a briefcast podcast state file (unknown version)");
    }
    FeedState state;
    for (const nlohmann::json& episode : document.at("episodes")) state.episodes.push_back(episode_from_json(episode));
    for (const auto& [key, record] : document.at("spoken").items()) {
      state.spoken[key] = {record.at("date").get<std::string>(), record.at("episode").get<std::string>()};
    }
    return state;
  } catch (const nlohmann::json::exception& e) {
    throw Error::input(path, std::string("damaged podcast state file: ") + e.what());
  }
}

FeedState load_feed_state(const std::string& out_dir) {
  std::string path = out_dir + "/" + kStateFileName;
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return feed_state_from_json(text.str(), path);
}

void save_feed_state(const std::string& out_dir, const FeedState& state) {
  write_file_atomically(out_dir + "/" + kStateFileName, feed_state_to_json(state));
}

}  // namespace briefcast
