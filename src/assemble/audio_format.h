// The audio formats a briefing can be written in, chosen by the output's file extension,
// and the layout (rate, channels) of the written samples.
#pragma once

#include <optional>
#include <string>

namespace briefcast {

enum class AudioContainer {
  kWav,        // 16-bit PCM with RIFF cue/labl chapters (libsndfile)
  kFlac,       // 16-bit FLAC, Vorbis-comment chapters (libsndfile + TagLib)
  kOggVorbis,  // Vorbis in Ogg, Vorbis-comment chapters (libsndfile + TagLib)
  kOpus,       // Opus in Ogg, Vorbis-comment chapters (libsndfile + TagLib)
  kMp3,        // MPEG layer III, ID3v2 CHAP/CTOC chapters (libsndfile + TagLib)
  kMp4Aac,     // AAC in an MP4 (.m4a/.m4b) with chapter atoms (FFmpeg's libraries)
};

// ".wav", ".flac", ".ogg"/".oga", ".opus", ".mp3", ".m4a"/".m4b"; case-insensitive.
std::optional<AudioContainer> container_for_path(const std::string& path);

const char* to_string(AudioContainer container);

struct AudioLayout {
  int sample_rate_hz = 22050;
  int channels = 1;
};

}  // namespace briefcast
