// A portion's size after "per" qualifies the portion named after it, as on a food label:
// "per 30 g serving" -> "per thirty-gram serving", "per 330ml can" -> "per
// three-hundred-thirty-milliliter can" (the unit singular, as before any noun it qualifies).
// After "a" the measure rules already do this; "per" they leave to money, where "per $1 spent"
// is no compound, so only the containers and helpings of a label count here.
#include "normalize/match.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

bool is_portion(std::string_view w) {
  return text::is_one_of(w, {"serving", "portion", "glass", "bottle", "can", "cup", "bar", "slice", "pack", "packet",
                             "bag", "tub", "pot", "helping", "scoop", "sachet", "tablet", "capsule", "bowl", "carton",
                             "pouch", "spoonful", "teaspoon", "tablespoon"});
}

}  // namespace

std::optional<Match> match_portion_size(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !text::iequals(words[i - 1].core, "per") || !words[i].prefix.empty() ||
      words[i].core.empty() || !text::is_digit(words[i].core[0])) {
    return std::nullopt;
  }
  // "30g" in one word, or "30 g" in two.
  std::size_t count = 1;
  std::string measure(words[i].core);
  if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() && find_unit(words[i + 1].core) &&
      text::parse_number(words[i].core)) {
    measure += words[i + 1].core;
    count = 2;
  }
  std::size_t noun = i + count;
  if (noun >= words.size() || !words[noun - 1].suffix.empty() || !words[noun].prefix.empty() || !is_portion(words[noun].core)) {
    return std::nullopt;
  }
  auto adjective = speak_measure_adjective(measure);
  if (!adjective) return std::nullopt;
  return Match{count, *adjective, false};
}

}  // namespace briefcast::rules
