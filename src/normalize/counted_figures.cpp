// "sold 1277 cattle", "1606 head", "won 1340 votes": a four-digit figure in the span of years
// (1100-2039) before a plural noun of things that are counted is a count, said in full ("one
// thousand two hundred seventy seven cattle"), not as a year ("twelve seventy seven"). A year
// before such a noun qualifies it, and then a determiner or a word that places a time stands
// before it ("the 2019 floods", "its 2023 results", "in 2019 people voted"): those stay years.
#include <array>

#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// Nouns of things counted in news: livestock, people and what they do, dwellings, vehicles.
constexpr std::array<std::string_view, 62> kCountedNouns = {
    "cattle",    "head",       "sheep",     "lambs",     "ewes",      "steers",    "heifers",  "cows",
    "calves",    "bulls",      "pigs",      "goats",     "horses",    "animals",   "birds",    "people",
    "persons",   "residents",  "voters",    "votes",     "patients",  "students",  "pupils",   "workers",
    "employees", "staff",      "members",   "children",  "adults",    "men",       "women",    "officers",
    "soldiers",  "troops",     "fans",      "visitors",  "passengers", "migrants", "refugees", "deaths",
    "infections", "arrests",   "jobs",      "homes",     "houses",    "dwellings", "units",    "flats",
    "apartments", "vehicles",  "cars",      "beds",      "trees",     "acres",     "hectares", "signatures",
    "copies",    "tickets",    "seats",     "businesses", "complaints", "applications",
};

// Words before a figure that make it a year that qualifies the noun after it.
bool places_a_year(std::string_view w) {
  return text::is_one_of(text::lower(w), {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your",
                                          "my", "in", "by", "since", "until", "till", "before", "after", "from",
                                          "during", "circa", "through", "year", "last", "next", "each", "every"});
}

}  // namespace

std::optional<Match> match_counted_figure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!is_context_free_year(w.core) || !w.suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  // "1500 people": round hundreds are already said as a count ("fifteen hundred").
  if (text::ends_with(w.core, "00")) return std::nullopt;
  const Word& noun = words[i + 1];
  bool counted = false;
  for (std::string_view n : kCountedNouns) counted = counted || noun.core == n;
  if (!counted || !noun.prefix.empty()) return std::nullopt;
  if (i > 0 && words[i - 1].suffix.empty() && places_a_year(words[i - 1].core)) return std::nullopt;
  return Match{1, cardinal_words(w.core), false};
}

}  // namespace briefcast::rules
