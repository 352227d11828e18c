#include "assemble/audio_format.h"

#include <algorithm>
#include <cctype>

namespace briefcast {

std::optional<AudioContainer> container_for_path(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "wav") return AudioContainer::kWav;
  if (ext == "flac") return AudioContainer::kFlac;
  if (ext == "ogg" || ext == "oga") return AudioContainer::kOggVorbis;
  if (ext == "opus") return AudioContainer::kOpus;
  if (ext == "mp3") return AudioContainer::kMp3;
  if (ext == "m4a" || ext == "m4b") return AudioContainer::kMp4Aac;
  return std::nullopt;
}

const char* to_string(AudioContainer container) {
  switch (container) {
    case AudioContainer::kWav: return "WAV";
    case AudioContainer::kFlac: return "FLAC";
    case AudioContainer::kOggVorbis: return "Ogg Vorbis";
    case AudioContainer::kOpus: return "Opus";
    case AudioContainer::kMp3: return "MP3";
    case AudioContainer::kMp4Aac: return "AAC (MP4)";
  }
  return "?";
}

}  // namespace briefcast
