// "3.000 visitors", "25.000 people", "1.000 LED lights", "1.500 euros": a figure whose points
// part off groups of exactly three digits, as continental Europe writes thousands, before a
// plural of things that come whole (people, lights, euros) is a count in thousands. Read as a
// decimal it was "three point o o o visitors", a thousandth of the count. Before a measure
// ("1.000 grams per ml") the point may give precision, so only nouns of whole things count.
#include <array>

#include "normalize/function_words.h"
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

constexpr std::array<std::string_view, 40> kWholeThings = {
    "people",    "persons",   "visitors", "spectators", "fans",       "residents", "inhabitants", "citizens",
    "workers",   "employees", "jobs",     "members",    "students",   "children",  "participants", "runners",
    "guests",    "tourists",  "pilgrims", "protesters", "volunteers", "soldiers",  "refugees",    "migrants",
    "lights",    "lamps",     "homes",    "houses",     "cars",       "vehicles",  "trees",       "copies",
    "signatures", "animals",  "euros",    "kronor",     "francs",     "dollars",   "pounds",      "tickets",
};

bool is_whole_thing(std::string_view w) {
  for (std::string_view t : kWholeThings) {
    if (w == t) return true;
  }
  return false;
}

// "1.000", "25.000", "1.250.000": one to three digits, then groups of a point and three digits.
bool point_grouped(std::string_view s) {
  std::size_t lead = 0;
  while (lead < s.size() && text::is_digit(s[lead])) ++lead;
  if (lead == 0 || lead > 3 || lead == s.size()) return false;
  for (std::size_t k = lead; k < s.size(); k += 4) {
    if (s[k] != '.' || k + 4 > s.size()) return false;
    for (std::size_t d = k + 1; d < k + 4; ++d) {
      if (!text::is_digit(s[d])) return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Match> match_point_thousands(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || !point_grouped(w.core) || i + 1 >= words.size()) return std::nullopt;
  // The noun right after the figure, or after one word that qualifies it ("1.000 LED lights").
  const Word& next = words[i + 1];
  bool whole = next.prefix.empty() && is_whole_thing(next.core);
  if (!whole && next.prefix.empty() && next.suffix.empty() && i + 2 < words.size() && words[i + 2].prefix.empty() &&
      text::all_alpha(next.core) && !text::is_function_word(text::lower(next.core))) {
    whole = is_whole_thing(words[i + 2].core);
  }
  if (!whole) return std::nullopt;
  std::string digits;
  for (char c : w.core) {
    if (c != '.') digits += c;
  }
  return Match{1, cardinal_words(digits), false};
}

}  // namespace briefcast::rules
