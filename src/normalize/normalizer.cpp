#include "normalize/normalizer.h"

namespace briefcast {

std::string normalize_text(std::string_view written, const NormalizeConfig&) { return std::string(written); }

void normalize_segments(std::vector<Segment>& segments, const NormalizeConfig& config) {
  for (auto& segment : segments) {
    if (!segment.text.empty()) segment.spoken = normalize_text(segment.text, config);
  }
}

}  // namespace briefcast
