// The RIFF `LIST/adtl` codec: the chunk that names each cue point of a WAV, one `labl` per
// chapter, in both directions, as bytes (the WAV writer and reader in assemble/ move them in
// and out of the file through libsndfile). Also the `cue ` points a chapter list stands for,
// and the pairing of points with labels back into chapters.
//
// Encoding follows what FFmpeg, libsndfile and other readers accept (see DESIGN notes): exact
// labl sizes with one RIFF pad byte when odd, and a trailing JUNK filler so the payload is a
// multiple of 4 bytes (libsndfile rounds chunk sizes up to 4 and would otherwise lose its own
// `data` chunk on reopening). Decoding is lenient, because a WAV may come from any writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace briefcast {

// Longest label written, in bytes, so that the adtl chunk stays well inside libsndfile's
// header buffer even for hundreds of chapters.
inline constexpr std::size_t kMaxLabelBytes = 240;
inline constexpr std::size_t kMaxAdtlBytes = 48 * 1024;

// One `cue ` point: its id (what a label refers to) and its sample frame.
struct CuePoint {
  std::uint32_t id = 0;
  std::int64_t frame = 0;
};

// One `labl`: the text naming cue point `cue_id`.
struct CueLabel {
  std::uint32_t cue_id = 0;
  std::string text;
};

// The cue points of `chapters`: ids are 1-based chapter numbers, at each chapter's start.
std::vector<CuePoint> cue_points_for(const std::vector<Chapter>& chapters);

// "adtl" followed by one labl per chapter (cue id = chapter number; the title without NULs,
// cut at a UTF-8 boundary to share kMaxAdtlBytes), and a filler: the data of a "LIST" chunk.
// Past the budget (thousands of chapters) later cues go unlabelled.
std::string encode_adtl(const std::vector<Chapter>& chapters);

// The labels in the data of a LIST chunk, in order. Anything but an adtl list (LIST/INFO
// tags) holds none; other sub-chunks (note, ltxt, JUNK) and a labl too short for a cue id are
// skipped; a sub-chunk that runs past the payload ends the list, keeping the labels before
// it. A label's text ends at its first NUL. Never throws on any bytes.
std::vector<CueLabel> decode_adtl(std::string_view payload);

// Chapters from cue points and their labels, in frame order: a point's title is the last
// label naming its id (empty when none does), and each chapter runs to the next point, the
// last one to `total_frames`.
std::vector<Chapter> chapters_from_cues(std::vector<CuePoint> points, const std::vector<CueLabel>& labels,
                                        std::int64_t total_frames);

}  // namespace briefcast
