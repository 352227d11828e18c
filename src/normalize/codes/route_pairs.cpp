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
  std::string_view core = w.core;
  std::size_t dash = core.find("\u2013");
  std::size_t width = 3;
  if (dash == std::string_view::npos) {
    dash = core.find('-');
    width = 1;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view from = core.substr(0, dash);
  std::string_view to = core.substr(dash + width);
  if (!is_station_code(from) || !is_station_code(to)) return std::nullopt;
  return Match{1, spelled_letters(from) + " to " + spelled_letters(to), false};
}

}  // namespace briefcast::rules
