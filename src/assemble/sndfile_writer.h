// Writing audio through libsndfile: the briefing WAV (16-bit PCM with a RIFF `cue ` point at
// the first frame of each chapter, a `LIST/adtl` label per cue holding the chapter title, and
// the tags in `LIST/INFO`), and the FLAC, Ogg Vorbis, Opus and MP3 encodings. Written in one
// pass (cues must precede the samples) and atomically.
#pragma once

#include <string>
#include <vector>

#include "assemble/audio_chain.h"
#include "assemble/audio_format.h"
#include "assemble/pcm_spool.h"
#include "model/article.h"
#include "model/audio_tags.h"

namespace briefcast {

class AtomicOutput;

// Writes `audio` (16-bit mono, copied as it is) to `path` with one cue + label per chapter,
// and the tags in LIST/INFO (title INAM, artist IART, date ICRD, comment ICMT). Chapter start
// frames must be within the audio. Throws Error (Stage::kOutput) and leaves no file behind on
// failure.
void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const AudioTags& tags, const PcmSpool& audio);

// Writes the audio `source` streams (interleaved floats in `layout`) into `output`'s temporary
// file in `container` (any but kMp4Aac), without committing it, so a tagger can add to it
// first. Chapter cues go in WAV only; title, artist, date and comment in every format.
// Throws Error (Stage::kOutput).
void write_sndfile_audio(AtomicOutput& output, AudioContainer container, const AudioLayout& layout,
                         const std::vector<Chapter>& chapters, const AudioTags& tags, const FrameSource& source);

// Whether this machine's libsndfile can write `container` in `layout`.
bool sndfile_can_write(AudioContainer container, const AudioLayout& layout);

}  // namespace briefcast
