// Chapters and tags inside encoded files, where each format keeps them: ID3v2 CHAP/CTOC
// frames in MP3 (with TIT2/TPE1/TDRC/COMM), and CHAPTERxxx / CHAPTERxxxNAME Vorbis comments
// in FLAC, Ogg Vorbis and Opus (with TITLE/ARTIST/DATE/COMMENT). Edits a finished file.
#pragma once

#include <string>
#include <vector>

#include "assemble/audio_format.h"
#include "model/audio_tags.h"
#include "model/article.h"

namespace briefcast {

// Adds `chapters` (frames at `sample_rate_hz`) and `tags` to the file at `path`, which holds
// `container` audio (kMp3, kFlac, kOggVorbis or kOpus; others are left alone). `shown_path`
// names the file in errors. Throws Error (Stage::kOutput).
void write_chapter_tags(const std::string& path, const std::string& shown_path, AudioContainer container,
                        const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags);

// "CHAPTER001" for index 0: the Vorbis-comment chapter key (the "chapter extension" that
// ffmpeg, foobar2000 and others read).
std::string vorbis_chapter_key(std::size_t index);

}  // namespace briefcast
