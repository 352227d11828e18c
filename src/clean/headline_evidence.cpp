#include "clean/headline_evidence.h"

namespace briefcast {

bool shown_twice_in_a_row(const std::vector<std::string>& lower, std::size_t i) {
  if (i >= lower.size() || lower[i].empty()) return false;
  const bool above = i > 0 && lower[i - 1] == lower[i];
  const bool below = i + 1 < lower.size() && lower[i + 1] == lower[i];
  return above || below;
}

}  // namespace briefcast
