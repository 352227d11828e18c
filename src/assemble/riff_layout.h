// riff_layout: a structural check of a RIFF WAVE file's chunk list, done by us before any
// foreign file reaches libsndfile. libsndfile 1.2 can spin for minutes on a WAV whose chunk
// list is inconsistent (found by fuzz_wav_reader: a file with several `data` chunks), and
// `join` reads WAVs it did not write, so such files are refused up front with a clear error.
#pragma once

#include <string>

namespace briefcast {

// Walks the top-level chunks of `path`. Throws Error (Stage::kInput, naming `path`) unless it
// is a RIFF WAVE file whose chunks have printable names and each fit in the file, with exactly
// one `fmt ` chunk before exactly one `data` chunk, at most one `cue ` chunk holding the points
// it counts, and LIST chunks whose sub-chunks (labels, tags) each fit in their LIST. A file cut
// short is refused too: briefcast writes atomically, so a short briefing WAV is a damaged one,
// and libsndfile's recovery from short files is where it has been seen to spin.
void check_riff_wave_layout(const std::string& path);

// True when `path` starts with "RIFF"; other formats (FLAC, Ogg, ...) are left to libsndfile.
bool starts_like_riff(const std::string& path);

}  // namespace briefcast
