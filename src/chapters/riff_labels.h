// The RIFF `LIST/adtl` payload that names each cue point of a WAV: one `labl` per chapter.
// Byte layout follows what FFmpeg, libsndfile and other readers accept (see DESIGN notes):
// exact labl sizes with one RIFF pad byte when odd, and a trailing JUNK filler so the payload
// is a multiple of 4 bytes (libsndfile rounds chunk sizes up to 4 and would otherwise lose
// its own `data` chunk on reopening).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/article.h"

namespace briefcast {

// Longest label written, in bytes, so that the adtl chunk stays well inside libsndfile's
// header buffer even for hundreds of chapters.
inline constexpr std::size_t kMaxLabelBytes = 240;
inline constexpr std::size_t kMaxAdtlBytes = 48 * 1024;

// Cue point ids are 1-based chapter numbers.
// Returns "adtl" followed by the labl sub-chunks (titles truncated at a UTF-8 boundary when
// needed) and a filler, ready to be the data of a "LIST" chunk.
std::string make_adtl_payload(const std::vector<Chapter>& chapters);

// Truncates UTF-8 text to at most `max_bytes` without splitting a character.
std::string truncate_utf8(const std::string& text, std::size_t max_bytes);

}  // namespace briefcast
