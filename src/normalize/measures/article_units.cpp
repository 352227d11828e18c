// A unit's symbol standing alone after "a" or "an", one of it ("add the sugar a tbsp at a
// time", "an oz or two"): said as the unit's name in the singular ("a tablespoon"). Only
// symbols that are no English word, so "a m" or "a g" (letters) keep their reading.
// So after the other words that count one of a thing ("per km", "each extra kg", "every
// further mi", "an additional kWh"): a fare's or a tariff's step, said "per kilometer".
#include "normalize/match.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

bool counts_one(std::string_view lowered) { return text::is_one_of(lowered, {"a", "an", "each", "every", "per"}); }

// "each additional", "a further": a word of one more step after a word that counts one.
bool counts_one_more(const Words& words, std::size_t k) {
  return k > 0 && words[k - 1].suffix.empty() && words[k].prefix.empty() &&
         text::is_one_of(words[k].core, {"additional", "extra", "further", "subsequent"}) &&
         counts_one(text::lower(words[k - 1].core));
}

}  // namespace

std::optional<Match> match_article_unit(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() ||
      !(counts_one(text::lower(words[i - 1].core)) || counts_one_more(words, i - 1))) {
    return std::nullopt;
  }
  std::string_view w = words[i].core;
  if (!text::is_one_of(w, {"tbsp", "tbs", "tsp", "oz", "lb", "kg", "km", "cm", "mm", "ml", "mL", "mg", "kWh", "MWh"})) {
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
