// A display resolution written as a figure and a capital K ("4K", "8K", "5.7K"), the width in
// thousands of pixels, in copy about screens, cameras and video: "four K". Before a plural noun
// the count rules had read it as a sum ("four thousand panels"), a meaning error. Two such codes
// joined by a slash are the two kinds on offer, "four K and eight K", not a choice read
// "slash". Only with a word of screens or video near: "a 10K run" and "$4K" keep their readings.
#include "normalize/codes/codes.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The clause around the code is read over this many words either side.
constexpr std::size_t kSpan = 6;

// "4K", "8K", "2.7K", "16K": one or two figures, at most one decimal, a capital K.
bool is_resolution_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4 || s.back() != 'K' || !text::is_digit(s[0]) || s[0] == '0') return false;
  std::string_view figure = s.substr(0, s.size() - 1);
  auto number = text::parse_number(figure);
  return text::number_prefix_length(figure) == figure.size() && number && !number->grouped && !number->negative &&
         number->integer.size() <= 2 && number->decimals.size() <= 1;
}

// Words of screens, cameras, video and what is shown on them.
bool tells_of_display(std::string_view core) {
  std::string word = text::lower(core);
  if (word.size() > 1 && word.back() == 's') word.pop_back();
  return text::is_one_of(word, {"display", "screen", "tv", "television", "panel", "monitor", "camera", "video",
                                "resolution", "streaming", "stream", "content", "projector", "oled", "lcd", "qled",
                                "hdr", "uhd", "blu-ray", "footage", "webcam", "camcorder", "set", "telly", "broadcast",
                                "channel", "gaming", "console", "upscaling", "hdmi", "pixel", "film", "movie",
                                "recording", "sensor", "headset", "laptop", "netflix", "youtube", "playback", "cell"});
}

// "4K panels", "8K OLED TVs": a word of screens just after the code; or the code ends its clause
// ("shot in 8K, it ...") in a line about screens. "4K runners" on a TV line are a count.
bool names_a_display(const Words& words, std::size_t i) {
  for (std::size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
    if (tells_of_display(words[k].core)) return true;
    if (!words[k].suffix.empty()) break;
  }
  bool ends_clause = i + 1 >= words.size() || !words[i].suffix.empty();
  return ends_clause && text::any_word_near(words, i, kSpan, tells_of_display);
}

// "4K" -> "four K", "2.7K" -> "two point seven K".
std::string resolution_words(std::string_view code) {
  return number_words(*text::parse_number(code.substr(0, code.size() - 1)), false) + " K";
}

}  // namespace

std::optional<Match> match_display_resolution(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() > 9 || (i > 0 && text::ends_with(words[i].prefix, "$"))) return std::nullopt;
  std::size_t slash = core.find('/');
  std::string_view first = core.substr(0, slash);
  if (!is_resolution_code(first)) return std::nullopt;
  std::string said = resolution_words(first);
  if (slash != std::string_view::npos) {
    std::string_view second = core.substr(slash + 1);
    if (!is_resolution_code(second)) return std::nullopt;
    said += " and " + resolution_words(second);
  }
  if (!names_a_display(words, i)) return std::nullopt;
  return Match{1, said, false};
}

}  // namespace briefcast::rules
