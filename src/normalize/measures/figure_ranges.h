// "1-2", "0.5-1.5", "5\u201310": two figures with no sign joined by a hyphen or an en dash, a
// range as a dose or a measure is written; shared by the rules that read what follows one (an
// inch mark, a dose's unit).
#pragma once

#include <string_view>

#include "normalize/text_util.h"

namespace briefcast::rules {

inline bool is_figure_range(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  return sides && text::parse_plain_figure(sides->before) && text::parse_plain_figure(sides->after);
}

}  // namespace briefcast::rules
