// Two airport or station codes joined by a dash before the word for the way between them:
// "the KVX–TNL route", "LHR-JFK flights", "a SIN–SYD service". The dash is "to", as crews and
// schedules say it ("K V X to T N L route"); left to the engine, an en dash was silent and the
// two codes ran together as six letters. Only three capitals each side, and only before a
// word of travel, so "the AFL-CIO vote" or "a BBC–ITV deal" keep their reading.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_travel_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"route", "routes", "flight", "flights", "service", "services", "lane", "lanes",
                                     "link", "links", "sector", "sectors", "corridor", "connection", "connections",
                                     "leg", "run", "rotation", "nonstop", "non-stop", "shuttle", "fare", "fares"});
}

bool is_station_code(std::string_view s) { return s.size() == 3 && text::all_upper(s); }

}  // namespace

std::optional<Match> match_route_pair(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty() ||
      !is_travel_word(words[i + 1].core)) {
    return std::nullopt;
  }
  auto sides = text::split_at_range_dash(w.core);
  if (!sides || !is_station_code(sides->before) || !is_station_code(sides->after)) return std::nullopt;
  return Match{1, spelled_letters(sides->before) + " to " + spelled_letters(sides->after), false};
}

}  // namespace briefcast::rules
