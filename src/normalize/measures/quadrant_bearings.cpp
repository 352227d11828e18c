// A surveyor's quadrant bearing: a north or south letter, an angle, and an east or west letter
// ("N 45°30' E", "S 12°15'20\" W", "N45°E"), as deeds and boundary surveys give a line's
// direction. Said "north forty five degrees thirty minutes east". The letters were spelt on
// their own and the minutes' mark left ("thirty' E").
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

std::string_view name_of(char letter) {
  switch (letter) {
    case 'N': return "north";
    case 'S': return "south";
    case 'E': return "east";
    default: return "west";
  }
}

std::size_t digits_at(std::string_view s) {
  std::size_t n = text::digit_run_end(s, 0, 3);
  return n;
}

std::string part(std::string_view digits, std::string_view one, std::string_view many) {
  return speak_word(digits) + " " + std::string(digits == "1" || digits == "01" ? one : many);
}

// "45°30'15\"", "45°", "45°30′": degrees, then minutes and seconds with their marks; the
// whole of `s` must be the angle.
std::optional<std::string> angle_words(std::string_view s) {
  std::size_t n = digits_at(s);
  if (n == 0 || !text::starts_with(s.substr(n), "\u00b0")) return std::nullopt;
  std::string said = part(s.substr(0, n), "degree", "degrees");
  s.remove_prefix(n + 2);
  static constexpr std::string_view kMarks[2][3] = {{"'", "\u2032", "\u2019"}, {"\"", "\u2033", "''"}};
  for (int k = 0; k < 2 && !s.empty(); ++k) {
    std::size_t d = digits_at(s);
    std::size_t mark = 0;
    for (std::string_view m : kMarks[k]) {
      if (d > 0 && mark == 0 && text::starts_with(s.substr(d), m)) mark = m.size();
    }
    if (d == 0 || d > 2 || mark == 0) return std::nullopt;
    said += " " + part(s.substr(0, d), k == 0 ? "minute" : "second", k == 0 ? "minutes" : "seconds");
    s.remove_prefix(d + mark);
  }
  if (!s.empty()) return std::nullopt;
  return said;
}

bool is_north_south(std::string_view w) { return w == "N" || w == "S"; }
bool is_east_west(std::string_view w) { return w == "E" || w == "W"; }

// The word as written without the punctuation that follows it in the sentence.
std::string_view without_trailing_stops(std::string_view raw) {
  while (!raw.empty() && (raw.back() == ',' || raw.back() == '.' || raw.back() == ';' || raw.back() == ':' || raw.back() == ')')) {
    raw.remove_suffix(1);
  }
  return raw;
}

}  // namespace

std::optional<Match> match_quadrant_bearing(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty()) return std::nullopt;
  // "N45°E", "S12°15'W": one word.
  std::string_view whole = without_trailing_stops(w.raw);
  if (whole.size() >= 5 && is_north_south(whole.substr(0, 1)) && is_east_west(whole.substr(whole.size() - 1))) {
    if (auto angle = angle_words(whole.substr(1, whole.size() - 2))) {
      return Match{1, std::string(name_of(whole[0])) + " " + *angle + " " + std::string(name_of(whole.back())), false};
    }
  }
  // "N 45°30' E": three words.
  if (!is_north_south(w.core) || !w.suffix.empty() || i + 2 >= words.size() || !words[i + 1].prefix.empty() ||
      !words[i + 2].prefix.empty() || !is_east_west(words[i + 2].core)) {
    return std::nullopt;
  }
  auto angle = angle_words(without_trailing_stops(words[i + 1].raw));
  if (!angle || without_trailing_stops(words[i + 1].raw).size() != words[i + 1].raw.size()) return std::nullopt;
  return Match{3, std::string(name_of(w.core[0])) + " " + *angle + " " + std::string(name_of(words[i + 2].core[0])), false};
}

}  // namespace briefcast::rules
