// Podcasting 2.0 JSON chapters ({"version":"1.2.0","chapters":[{"startTime":0,"title":...}]}),
// the file a podcast feed links with <podcast:chapters>. Times in seconds. Pure.
#pragma once

#include <string>
#include <vector>

#include "model/article.h"

namespace briefcast {

std::string make_podcast_chapters_json(const std::vector<Chapter>& chapters, int sample_rate_hz);

}  // namespace briefcast
