#include "chapters/webvtt.h"

namespace briefcast {

std::string escape_webvtt(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : one_line(text)) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out.push_back(c);
  }
  return out;
}

std::string make_webvtt(const std::vector<TimedText>& cues) {
  std::string text = "WEBVTT\n";
  std::size_t number = 0;
  for (const TimedText& cue : cues) {
    text += "\n" + std::to_string(++number) + "\n";
    text += format_clock_ms(cue.start_ms) + " --> " + format_clock_ms(cue.end_ms) + "\n";
    text += escape_webvtt(cue.text) + "\n";
  }
  return text;
}

}  // namespace briefcast
