#include "output/chapter_sidecars.h"

#include <algorithm>

#include "chapters/cue_sheet.h"
#include "chapters/ffmetadata.h"
#include "chapters/podcast_json.h"
#include "chapters/webvtt.h"
#include "io/atomic_output.h"
#include "model/error.h"
#include "output/output_paths.h"

namespace briefcast {

namespace {

struct FormatName {
  const char* name;
  ChapterFormat format;
  const char* suffix;
};

constexpr FormatName kFormats[] = {
    {"cue", ChapterFormat::kCueSheet, ".cue"},
    {"ffmeta", ChapterFormat::kFfmetadata, ".ffmeta"},
    {"json", ChapterFormat::kPodcastJson, ".chapters.json"},
    {"vtt", ChapterFormat::kWebVtt, ".chapters.vtt"},
};

}  // namespace

std::vector<ChapterFormat> parse_chapter_formats(const std::string& list) {
  std::vector<bool> wanted(std::size(kFormats), false);
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    std::string item = list.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (item == "all") {
      std::fill(wanted.begin(), wanted.end(), true);
    } else if (!item.empty()) {
      auto found = std::find_if(std::begin(kFormats), std::end(kFormats),
                                [&](const FormatName& f) { return item == f.name; });
      if (found == std::end(kFormats)) {
        throw Error::usage("unknown chapter format '" + item + "' (choose from cue, ffmeta, json, vtt, all)");
      }
      wanted[static_cast<std::size_t>(found - std::begin(kFormats))] = true;
    }
    start = comma + 1;
  }
  std::vector<ChapterFormat> formats;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (wanted[i]) formats.push_back(kFormats[i].format);
  }
  return formats;
}

std::string chapter_sidecar_path(const std::string& audio_path, ChapterFormat format) {
  for (const FormatName& f : kFormats) {
    if (f.format == format) return strip_extension(audio_path) + f.suffix;
  }
  return strip_extension(audio_path);
}

std::string make_chapter_sidecar(ChapterFormat format, const std::string& audio_path,
                                 const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags) {
  switch (format) {
    case ChapterFormat::kCueSheet:
      return make_cue_sheet(chapters, sample_rate_hz, {file_name(audio_path), tags.title, tags.artist});
    case ChapterFormat::kFfmetadata:
      return make_ffmetadata(chapters, sample_rate_hz, tags);
    case ChapterFormat::kPodcastJson:
      return make_podcast_chapters_json(chapters, sample_rate_hz);
    case ChapterFormat::kWebVtt:
      return make_webvtt(chapters_to_timed_text(chapters, sample_rate_hz));
  }
  return {};
}

std::vector<std::string> write_chapter_sidecars(const std::string& audio_path, const std::vector<ChapterFormat>& formats,
                                                const std::vector<Chapter>& chapters, int sample_rate_hz,
                                                const AudioTags& tags) {
  std::vector<std::string> written;
  for (ChapterFormat format : formats) {
    std::string path = chapter_sidecar_path(audio_path, format);
    if (path == audio_path) throw Error::output(path, "chapter file would overwrite the audio");
    write_file_atomically(path, make_chapter_sidecar(format, audio_path, chapters, sample_rate_hz, tags));
    written.push_back(std::move(path));
  }
  return written;
}

}  // namespace briefcast
