// A video mode: a resolution and a frame or refresh rate joined by a slash or an at sign, as
// camera, console and monitor copy writes them ("4K/60fps", "1080p/120Hz", "4K@60Hz"). The slash
// means "at": "four K at sixty frames per second", "ten eighty p at one hundred twenty hertz".
// eSpeak NG had said "slash" between them, and the pair was no choice between two measures.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// "4K", "8k", "2.7K" (the width in thousands of pixels) or "1080p", "720p", "1080i", "2160p"
// (the lines, progressive or interlaced).
bool is_resolution_mark(std::string_view s) {
  if (s.size() < 2) return false;
  std::string_view figure = s.substr(0, s.size() - 1);
  char mark = s.back();
  if (mark == 'K' || mark == 'k') {
    auto number = text::parse_number(figure);
    return text::number_prefix_length(figure) == figure.size() && number && !number->grouped && !number->negative &&
           number->integer.size() <= 2 && number->decimals.size() <= 1 && figure[0] != '0';
  }
  return (mark == 'p' || mark == 'i') && (figure.size() == 3 || figure.size() == 4) && text::all_digits(figure) &&
         figure[0] != '0';
}

// "60fps", "120Hz", "144 Hz" glued: a frame or refresh rate.
std::optional<std::string> rate_words(std::string_view s) {
  std::size_t n = text::number_prefix_length(s);
  std::string_view unit = s.substr(n);
  if (n == 0 || n > 6 || !text::is_digit(s[0]) || !text::is_one_of_lowered(unit, {"fps", "hz", "p"})) {
    return std::nullopt;
  }
  // "720p/1080p" are two resolutions, a choice: "p" after three figures or more is lines, no rate.
  if (text::iequals(unit, "p") && n > 3) return std::nullopt;
  auto number = text::parse_number(s.substr(0, n));
  if (!number || number->negative) return std::nullopt;
  std::string figure = number_words(*number, false);
  if (text::iequals(unit, "hz")) return figure + " hertz";
  // "fps", and "p" as in "1080p/60p": frames, the rate of a progressive video.
  return figure + " frames per second";
}

}  // namespace

std::optional<Match> match_video_mode(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() > 24) return std::nullopt;
  std::size_t cut = core.find_first_of("/@");
  if (cut == std::string_view::npos || cut == 0 || !is_resolution_mark(core.substr(0, cut))) return std::nullopt;
  std::string_view after = core.substr(cut + 1);
  auto rate = rate_words(after);
  // "4K@60", "1080p/60": a bare figure is the rate without its unit, after an at sign, or after
  // a slash when it is a rate video runs at.
  bool bare = !after.empty() && after.size() <= 3 && text::all_digits(after) && after[0] != '0';
  bool video_rate = text::is_one_of(after, {"24", "25", "30", "48", "50", "60", "90", "120", "144", "240"});
  if (!rate && bare && (core[cut] == '@' || video_rate)) rate = cardinal_words(after);
  if (!rate) return std::nullopt;
  return Match{1, speak_word(core.substr(0, cut)) + " at " + *rate, false};
}

}  // namespace briefcast::rules
