#include "daily/daily_episode.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "feed/item_selection.h"
#include "output/briefing_output.h"
#include "output/output_paths.h"
#include "pipeline/announcements.h"

namespace briefcast {

namespace {

std::string item_key(const FeedItem& item) { return item.link.empty() ? item.guid : normalize_link(item.link); }

OutputConfig daily_output(const DailyRenderConfig& config) {
  OutputConfig output;
  output.audio_path = config.staging_dir + "/" + config.date + "." + config.format;
  output.chapter_formats = {ChapterFormat::kPodcastJson};
  output.captions_path = config.staging_dir + "/" + config.date + ".vtt";
  output.channels = 2;  // podcast apps expect stereo; -16 LUFS is the stereo target
  output.sample_rate_hz = config.format == "opus" ? 48000 : 44100;
  output.loudness = parse_loudness_option("");
  return output;
}

std::string spoken_day(const std::string& date) {
  int year = 0;
  unsigned month = 0, day = 0;
  std::sscanf(date.c_str(), "%d-%u-%u", &year, &month, &day);
  return spoken_date(year, month, day);
}

PodcastEpisode describe_episode(const DailyItems& items, const DailyRenderConfig& config, const OutputReport& report,
                                const std::vector<StagedFile>& staged, const BudgetOutcome& outcome) {
  PodcastEpisode episode;
  episode.key = "daily:" + config.date;
  episode.date = config.date;
  episode.title = episode_title(config.date, items.articles.front().article.title);
  episode.published_s = config.published_s;
  for (const StagedFile& file : staged) {
    if (file.name.ends_with(".chapters.json")) {
      episode.chapters_file = file.name;
    } else if (file.name.ends_with(".vtt")) {
      episode.transcript_file = file.name;
    } else if (episode.audio_file.empty()) {
      episode.audio_file = file.name;
    }
  }
  episode.duration_ms = report.frames * 1000 / std::max(report.sample_rate_hz, 1);
  for (std::size_t i = 0; i < items.articles.size(); ++i) {
    const DailyArticle& item = items.articles[i];
    episode.stories.push_back({item.article.title, item.link, item.feed_title, shortened_story_text(outcome, i)});
  }
  return episode;
}

}  // namespace

DailyItems select_daily_items(const SourceConfig& sources, const FeedState& state, const std::string& episode_key) {
  DailyItems out;
  FeedListing listing = list_feed_items(sources);
  out.errors = std::move(listing.errors);
  out.feeds_read = listing.feeds_read;
  std::vector<FeedItem> fresh;
  for (FeedItem& item : listing.items) {
    if (!item_key(item).empty() && is_new_item(state, item_key(item), episode_key)) fresh.push_back(std::move(item));
  }
  out.new_items = fresh.size();
  std::vector<SourcedArticle> loaded = load_item_articles(fresh, sources);
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    if (loaded[i].error) out.errors.push_back(*loaded[i].error);
    if (!loaded[i].article) continue;
    out.articles.push_back({std::move(*loaded[i].article), item_key(fresh[i]), fresh[i].link, fresh[i].feed_title});
  }
  return out;
}

DailyEpisode render_daily_episode(const DailyItems& items, Synthesizer& synthesizer, const DailyRenderConfig& config) {
  std::filesystem::create_directories(config.staging_dir);
  const OutputConfig output = daily_output(config);
  validate_output_config(output, synthesizer.sample_rate_hz());

  ProductionConfig production;
  production.spoken_intro = production.spoken_outro = true;
  production.date = spoken_day(config.date);
  production.chime = config.chime;
  LanguageChoice language;
  language.per_article = true;
  language.voice_follows_language = config.voice_follows_language;

  std::vector<Article> articles;
  for (const DailyArticle& item : items.articles) articles.push_back(item.article);
  PcmSpool spool;
  BudgetOutcome outcome;
  RenderedBriefing briefing =
      config.budget.active()
          ? render_briefing_budgeted(articles, synthesizer, {}, config.pauses, spool, production, language, config.budget,
                                     &outcome)
          : render_briefing_timed(articles, synthesizer, {}, config.pauses, spool, production, language);
  AudioTags tags{config.podcast_title + " " + config.date, config.podcast_author, config.date, ""};
  OutputReport report = write_briefing_outputs(output, briefing, spool, synthesizer.sample_rate_hz(), tags);

  DailyEpisode daily;
  for (const std::string& path : report.written) daily.staged.push_back({path, file_name(path)});
  for (const DailyArticle& item : items.articles) daily.spoken_items.push_back(item.item_key);
  daily.episode = describe_episode(items, config, report, daily.staged, outcome);
  return daily;
}

}  // namespace briefcast
