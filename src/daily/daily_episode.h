// daily: one podcast episode a day from the configured feeds. Lists the feeds' items through
// the shared sources stage, keeps those no other episode has spoken (the podcast folder's
// state), loads their articles, then speaks them, within a time budget when one is given,
// into the staging folder: the audio, its chapters JSON and its WebVTT transcript, and the
// episode that describes them (its description follows the shortened text). Publishing it is
// the publish stage's job. Library code: never prints; failures come back as Errors.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/article.h"
#include "model/error.h"
#include "pipeline/briefing.h"
#include "pipeline/budget_briefing.h"
#include "publish/publisher.h"
#include "sources/article_sources.h"

namespace briefcast {

struct DailyArticle {
  Article article;
  std::string item_key;  // the item's identity in the podcast state (its normalized link, else guid)
  std::string link;
  std::string feed_title;
};

struct DailyItems {
  std::vector<DailyArticle> articles;  // in feed order, each feed's newest first
  std::size_t new_items = 0;           // items no other episode spoke (some may fail to load)
  std::size_t feeds_read = 0;
  std::vector<Error> errors;           // one per feed, OPML file or page that failed
};

// The items of the feeds in `sources` that no episode other than `episode_key` has spoken,
// with their articles.
DailyItems select_daily_items(const SourceConfig& sources, const FeedState& state, const std::string& episode_key);

struct DailyRenderConfig {
  std::string staging_dir;       // where the files are written before they are published
  std::string date;              // "2026-11-27": the files' names and the spoken date
  std::string format = "mp3";    // mp3, m4a, opus or ogg
  std::int64_t published_s = 0;  // the episode's pubDate
  std::string podcast_title;     // the audio's title tag is "<podcast title> <date>"
  std::string podcast_author;
  PauseConfig pauses;
  std::vector<std::int16_t> chime;  // at the synthesizer's rate; empty: none
  bool voice_follows_language = true;
  TimeBudget budget;
};

struct DailyEpisode {
  PodcastEpisode episode;
  std::vector<StagedFile> staged;         // the audio first, then chapters JSON and transcript
  std::vector<std::string> spoken_items;  // item keys this episode speaks
};

// Speaks `items` (at least one article) as the episode of `config.date`. Throws Error::usage
// when the budget cannot hold even the headlines and leads, Error for a file it cannot write.
DailyEpisode render_daily_episode(const DailyItems& items, Synthesizer& synthesizer, const DailyRenderConfig& config);

}  // namespace briefcast
