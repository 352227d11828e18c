// A unit's symbol standing alone after "a" or "an", one of it ("add the sugar a tbsp at a
// time", "an oz or two"): said as the unit's name in the singular ("a tablespoon"). Only
// symbols that are no English word, so "a m" or "a g" (letters) keep their reading.
#include "normalize/match.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

std::optional<Match> match_article_unit(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() ||
      !text::is_one_of(text::lower(words[i - 1].core), {"a", "an"})) {
    return std::nullopt;
  }
  std::string_view w = words[i].core;
  if (!text::is_one_of(w, {"tbsp", "tbs", "tsp", "oz", "lb", "kg", "km", "cm", "mm", "ml", "mL", "mg", "kWh"})) {
    return std::nullopt;
  }
  auto unit = find_unit(w);
  if (!unit) return std::nullopt;
  // "a tsp. at a time": the symbol's period before a lowercase word abbreviates.
  bool period = words[i].suffix == "." && i + 1 < words.size() && !words[i + 1].core.empty() &&
                text::is_lower(words[i + 1].core[0]);
  return Match{1, unit->one, period};
}

}  // namespace briefcast::rules
