// Chapter files written beside the audio ("briefing.wav" -> "briefing.cue", ...), one per
// format the user picks with `--chapters cue,ffmeta,json,vtt` or `all`.
#pragma once

#include <string>
#include <vector>

#include "model/audio_tags.h"
#include "model/article.h"

namespace briefcast {

enum class ChapterFormat { kCueSheet, kFfmetadata, kPodcastJson, kWebVtt };

// Parses a comma-separated list of "cue", "ffmeta", "json", "vtt", or "all", in that order
// without repeats. Throws Error (Stage::kUsage) naming an unknown entry.
std::vector<ChapterFormat> parse_chapter_formats(const std::string& list);

// The sidecar's path: the audio path with its extension replaced by ".cue", ".ffmeta",
// ".chapters.json" or ".chapters.vtt".
std::string chapter_sidecar_path(const std::string& audio_path, ChapterFormat format);

// The sidecar's text. `audio_path` is named (by its file name) where a format refers to it.
std::string make_chapter_sidecar(ChapterFormat format, const std::string& audio_path,
                                 const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags);

// Writes each sidecar atomically and returns the paths written. Throws Error (Stage::kOutput).
std::vector<std::string> write_chapter_sidecars(const std::string& audio_path, const std::vector<ChapterFormat>& formats,
                                                const std::vector<Chapter>& chapters, int sample_rate_hz,
                                                const AudioTags& tags);

}  // namespace briefcast
