// The briefing's own tags, written into each output format's tag place (RIFF INFO, ID3v2,
// Vorbis comments, MP4 atoms) and into sidecar files that carry tags.
#pragma once

#include <string>

namespace briefcast {

struct AudioTags {
  std::string title;
  std::string artist;
  std::string date;     // "2026-11-27"
  std::string comment;
};

// The title of a briefing nobody named: "Briefing 2026-11-27".
inline std::string default_briefing_title(const std::string& iso_date) { return "Briefing " + iso_date; }

}  // namespace briefcast
