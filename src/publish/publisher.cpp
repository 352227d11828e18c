#include "publish/publisher.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <set>

#include "io/atomic_output.h"
#include "model/error.h"

namespace briefcast {

namespace {

// Spoken items are remembered this long after the newest episode, long after any feed still
// lists them, so the state file does not grow without bound.
constexpr std::int64_t kSpokenMemoryDays = 400;

std::string shifted_date(const std::string& date, std::int64_t days) {
  std::tm day{};
  if (std::sscanf(date.c_str(), "%d-%d-%d", &day.tm_year, &day.tm_mon, &day.tm_mday) != 3) return {};
  day.tm_year -= 1900;
  day.tm_mon -= 1;
  day.tm_hour = 12;
  std::time_t time = timegm(&day) + static_cast<std::time_t>(days * 86400);
  std::tm shifted{};
  gmtime_r(&time, &shifted);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &shifted);
  return buffer;
}

void move_into_place(const StagedFile& file, const std::string& out_dir) {
  std::string target = out_dir + "/" + file.name;
  if (std::rename(file.staged_path.c_str(), target.c_str()) != 0) {
    throw Error::output(target, std::string("cannot move the finished file into place: ") + std::strerror(errno));
  }
}

std::set<std::string> files_of(const std::vector<PodcastEpisode>& episodes) {
  std::set<std::string> names;
  for (const PodcastEpisode& episode : episodes) {
    for (const std::string* name : {&episode.audio_file, &episode.chapters_file, &episode.transcript_file}) {
      if (!name->empty()) names.insert(*name);
    }
  }
  return names;
}

void forget_spoken_by(FeedState& state, const std::string& episode_key) {
  for (auto it = state.spoken.begin(); it != state.spoken.end();) {
    it = it->second.episode_key == episode_key ? state.spoken.erase(it) : std::next(it);
  }
}

void forget_old_spoken(FeedState& state) {
  if (state.episodes.empty()) return;
  std::string cutoff = shifted_date(state.episodes.front().date, -kSpokenMemoryDays);
  if (cutoff.empty()) return;
  for (auto it = state.spoken.begin(); it != state.spoken.end();) {
    it = it->second.date < cutoff ? state.spoken.erase(it) : std::next(it);
  }
}

}  // namespace

std::string staging_dir(const std::string& out_dir) { return out_dir + "/.briefcast-incoming"; }

bool is_new_item(const FeedState& state, const std::string& item_key, const std::string& episode_key) {
  auto found = state.spoken.find(item_key);
  return found == state.spoken.end() || found->second.episode_key == episode_key;
}

std::size_t write_podcast_feed(const PublishConfig& config, const FeedState& state, std::int64_t now_s) {
  std::vector<PodcastEpisode> listed;
  for (PodcastEpisode episode : state.episodes) {
    struct stat info {};
    if (::stat((config.out_dir + "/" + episode.audio_file).c_str(), &info) != 0) continue;
    episode.audio_bytes = static_cast<std::int64_t>(info.st_size);
    listed.push_back(std::move(episode));
  }
  write_file_atomically(config.out_dir + "/" + kFeedFileName, make_podcast_feed(config.channel, listed, now_s));
  return listed.size();
}

PublishResult publish_episode(const PublishConfig& config, FeedState& state, PodcastEpisode episode,
                              const std::vector<StagedFile>& files, const std::vector<std::string>& spoken_items,
                              std::int64_t now_s) {
  std::set<std::string> before = files_of(state.episodes);
  for (const StagedFile& file : files) move_into_place(file, config.out_dir);

  // No two episodes share a key or an enclosure (Apple refuses duplicate enclosure URLs).
  std::erase_if(state.episodes, [&](const PodcastEpisode& old) {
    return old.key == episode.key || old.audio_file == episode.audio_file;
  });
  forget_spoken_by(state, episode.key);
  for (const std::string& item : spoken_items) {
    if (is_new_item(state, item, episode.key)) state.spoken[item] = {episode.date, episode.key};
  }
  state.episodes.push_back(std::move(episode));
  std::stable_sort(state.episodes.begin(), state.episodes.end(), [](const PodcastEpisode& a, const PodcastEpisode& b) {
    return a.published_s > b.published_s;
  });

  PublishResult result;
  std::size_t keep = std::max<std::size_t>(config.keep, 1);
  while (state.episodes.size() > keep) {
    result.dropped.push_back(state.episodes.back().title);
    state.episodes.pop_back();
  }
  forget_old_spoken(state);

  save_feed_state(config.out_dir, state);
  result.episode_count = write_podcast_feed(config, state, now_s);
  result.feed_path = config.out_dir + "/" + kFeedFileName;

  if (config.prune) {
    // Only after the feed stops naming them, and never a file a kept episode still uses.
    std::set<std::string> kept = files_of(state.episodes);
    for (const std::string& name : before) {
      if (kept.count(name) != 0) continue;
      std::string path = config.out_dir + "/" + name;
      if (std::remove(path.c_str()) == 0) result.deleted.push_back(path);
    }
  }
  return result;
}

}  // namespace briefcast
