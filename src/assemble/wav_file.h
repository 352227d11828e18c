// Audio through libsndfile: the briefing WAV (16-bit PCM with a RIFF `cue ` point at the first
// frame of each chapter, a `LIST/adtl` label per cue holding the chapter title, and the tags in
// `LIST/INFO`), and the FLAC, Ogg Vorbis, Opus and MP3 encodings. Written in one pass (cues
// must precede the samples) and atomically.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "assemble/audio_chain.h"
#include "assemble/audio_format.h"
#include "model/audio_tags.h"
#include "assemble/pcm_spool.h"
#include "model/article.h"

namespace briefcast {

// In LIST/INFO: title INAM, artist IART, date ICRD, comment ICMT.
using AudioTags = AudioTags;

// Writes `audio` to `path` with one cue + label per chapter. Chapter start frames must be
// within the audio. Throws Error (Stage::kOutput) and leaves no file behind on failure.
void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const AudioTags& tags, const PcmSpool& audio);

class AtomicOutput;

// Writes the audio `source` streams (interleaved floats in `layout`) into `output`'s temporary
// file in `container` (any but kMp4Aac), without committing it, so a tagger can add to it
// first. Chapter cues go in WAV only; title, artist, date and comment in every format.
// Throws Error (Stage::kOutput).
void write_sndfile_audio(AtomicOutput& output, AudioContainer container, const AudioLayout& layout,
                         const std::vector<Chapter>& chapters, const AudioTags& tags, const FrameSource& source);

// Whether this machine's libsndfile can write `container` in `layout`.
bool sndfile_can_write(AudioContainer container, const AudioLayout& layout);

// What a WAV holds, as read back through libsndfile (for `join` and for tests).
struct WavInfo {
  int sample_rate_hz = 0;
  int channels = 0;
  std::int64_t frames = 0;
  std::vector<Chapter> chapters;  // from cue points and their labels, in frame order
  std::string title;              // INFO INAM, empty when absent
  std::string comment;            // INFO ICMT, empty when absent
};

// Reads the header, cues, labels and title of `path`. Throws Error (Stage::kInput).
WavInfo read_wav_info(const std::string& path);

// Streams the samples of a 16-bit-compatible mono WAV into `spool` (converting as needed).
void append_wav_samples(const std::string& path, PcmSpool& spool);

// A short sound (a chime) from any file libsndfile reads, mixed down to mono and resampled to
// `sample_rate_hz`, as 16-bit samples in memory. Refuses anything over kMaxSoundSeconds.
// Throws Error (Stage::kInput).
inline constexpr int kMaxSoundSeconds = 30;
std::vector<std::int16_t> load_sound(const std::string& path, int sample_rate_hz);

// The version of the libsndfile this process runs with ("1.2.0"), for --version.
std::string sndfile_version();

}  // namespace briefcast
