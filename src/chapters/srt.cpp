#include "chapters/srt.h"

namespace briefcast {

std::string make_srt(const std::vector<TimedText>& cues) {
  std::string text;
  std::size_t number = 0;
  for (const TimedText& cue : cues) {
    if (number > 0) text += "\n";
    text += std::to_string(++number) + "\n";
    text += format_clock_ms(cue.start_ms, ',') + " --> " + format_clock_ms(cue.end_ms, ',') + "\n";
    // A blank line ends an SRT cue, so the text is kept to one line.
    text += one_line(cue.text) + "\n";
  }
  return text;
}

}  // namespace briefcast
