// AAC audio in an MP4 container (.m4a, or .m4b for audiobooks and podcasts) through FFmpeg's
// libraries (libavformat, libavcodec; no ffmpeg program): chapter atoms, title/artist/date
// tags, and the index at the front ("faststart") so players can stream it.
#pragma once

#include <vector>

#include "assemble/audio_chain.h"
#include "assemble/audio_format.h"
#include "model/audio_tags.h"
#include "model/article.h"

namespace briefcast {

class AtomicOutput;

// Bit rate of the AAC encoding per channel; plenty for a synthetic voice.
inline constexpr int kAacBitsPerSecondPerChannel = 64000;

// Encodes what `source` streams (interleaved floats in `layout`) into `output`'s temporary
// file, without committing it. Chapters are frames at layout.sample_rate_hz.
// Throws Error (Stage::kOutput).
void write_mp4_audio(AtomicOutput& output, const AudioLayout& layout, const std::vector<Chapter>& chapters,
                     const AudioTags& tags, const FrameSource& source);

}  // namespace briefcast
