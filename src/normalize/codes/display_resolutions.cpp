// A display resolution written as a figure and a capital K ("4K", "8K", "5.7K"), the width in
// thousands of pixels, in copy about screens, cameras and video: "four K". Before a plural noun
// the count rules had read it as a sum ("four thousand panels"), a meaning error. Two such codes
// joined by a slash are the two kinds on offer, "four K and eight K", not a choice read
// "slash". Only before a word of displays (a closed list), or as a common width ending its clause
// after "in"/"at" on a display line: "a 10K run", "3K laptops" and "$4K" keep their readings.
#include "normalize/codes/codes.h"
#include "normalize/money/money.h"
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

// Words of displays and what is shown on them, a closed list: a count of laptops, cells or
// sets ("3K cells") is thousands, never a resolution. "screen" only in the singular: a film
// opening "on 4K screens" is counting cinemas.
bool tells_of_display(std::string_view core) {
  return text::is_one_of(core, {"TV", "TVs", "HDR", "UHD", "OLED", "QLED", "LCD", "LED", "Blu-ray"}) ||
         text::is_one_of_lowered(core, {"television", "televisions", "screen", "display", "displays",
                                        "monitor", "monitors", "panel", "panels", "projector", "projectors", "video",
                                        "videos", "footage", "resolution", "streaming", "stream", "streams", "camera",
                                        "cameras", "camcorder", "camcorders", "content", "gaming", "broadcast",
                                        "broadcasts", "film", "movie", "movies"});
}

// "shot in 8K," "at 4K.": the widths a camera or a screen is sold at, whole figures only; a
// clause-final "1.2K" or "9K" is an audience or a sum.
bool common_resolution(std::string_view code) {
  return text::is_one_of(code, {"2K", "4K", "5K", "6K", "8K", "10K", "12K", "16K"});
}

// "4K panels", "8K OLED TVs": a word of displays just after the code; or, on a line about
// displays, the code ends its clause after "in" or "at" ("shot in 8K, it ..."), as a width.
bool names_a_display(const Words& words, std::size_t i) {
  for (std::size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
    if (tells_of_display(words[k].core)) return true;
    if (!words[k].suffix.empty()) break;
  }
  bool ends_clause = i + 1 >= words.size() || !words[i].suffix.empty();
  bool after_in_or_at = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"in", "at"});
  return ends_clause && after_in_or_at && common_resolution(words[i].core) &&
         text::any_word_near(words, i, kSpan, tells_of_display);
}

// "$4K", "Rs 4K", "4K dollars": a currency sign or code before the figure or its name after.
bool money_around(const Words& words, std::size_t i) {
  for (const Currency* c : currencies_written(currency_use::kSign | currency_use::kDollar)) {
    if (text::ends_with(words[i].prefix, c->written)) return true;
  }
  if (i > 0 && words[i - 1].suffix.empty() &&
      currency_written(words[i - 1].core, currency_use::kCode | currency_use::kPrefix | currency_use::kSign)) {
    return true;
  }
  if (i + 1 >= words.size() || words[i + 1].core.empty()) return false;
  std::string_view next = words[i + 1].core;
  for (const Currency* c : currencies_written(~0u)) {
    if (text::iequals(next, c->one) || text::iequals(next, c->many)) return true;
  }
  return false;
}

// "4K" -> "four K", "2.7K" -> "two point seven K".
std::string resolution_words(std::string_view code) {
  return number_words(*text::parse_number(code.substr(0, code.size() - 1)), false) + " K";
}

}  // namespace

std::optional<Match> match_display_resolution(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() > 9) return std::nullopt;
  std::size_t slash = core.find('/');
  std::string_view first = core.substr(0, slash);
  if (!is_resolution_code(first)) return std::nullopt;
  std::string said = resolution_words(first);
  if (slash != std::string_view::npos) {
    std::string_view second = core.substr(slash + 1);
    if (!is_resolution_code(second)) return std::nullopt;
    said += " and " + resolution_words(second);
  }
  if (!names_a_display(words, i) || money_around(words, i)) return std::nullopt;
  return Match{1, said, false};
}

}  // namespace briefcast::rules
