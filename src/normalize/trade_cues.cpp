#include "normalize/trade_cues.h"

#include "normalize/text_util.h"

namespace briefcast::rules {

// The weld and its trade, and the processes by their letters: metal and tungsten in inert gas,
// and manual metal arc (the stick welder's).
bool tells_of_welding(std::string_view core) {
  return text::is_one_of_lowered(core, {"weld", "welds", "welded", "welding", "welder", "welders", "tig", "mig", "mma"});
}

}  // namespace briefcast::rules
