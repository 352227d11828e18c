// A self-contained listening page (`--page FILE.html`): an audio player for the briefing, its
// chapters as buttons that seek, and the transcript, with the sentence being spoken
// highlighted as it plays. One HTML file with inline style and script, nothing fetched from
// the network; the audio is referred to by a relative URL. Pure: returns the text.
#pragma once

#include <string>

#include "model/audio_tags.h"
#include "pipeline/briefing.h"

namespace briefcast {

struct PlayerPageConfig {
  std::string audio_url;  // relative to the page, already URL-safe: "briefing.wav"
  AudioTags tags;         // title (the page heading), date, artist
};

std::string make_player_page(const RenderedBriefing& briefing, int sample_rate_hz, const PlayerPageConfig& config);

// Text made safe inside HTML elements and double-quoted attributes.
std::string escape_html(const std::string& text);

// The URL, relative to `page_path`'s folder, of `audio_path`, with unsafe characters
// percent-encoded.
std::string relative_audio_url(const std::string& page_path, const std::string& audio_path);

}  // namespace briefcast
