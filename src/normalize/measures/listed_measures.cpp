// Legs or parts listed as measures with their nouns and no article: "a 2km swim, 60km ride and
// 15km run", "of 750m swim, 20km bike and 5km run". Each measure sizes the noun after it, one
// adjective with its unit singular ("sixty-kilometer ride"); only the first had an article to
// make it one. Read so only when a second measure-and-noun item stands beside it in the list,
// so a lone "ran 40km today" or "the 40km to Leeds" keeps its amount.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/listed_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/measures/noun_words.h"
#include "normalize/numbers/count_cues.h"

namespace briefcast::rules {

namespace {

// "hungry", "famous", "useful", "endless", "massive": the endings of adjectives, never of a leg's
// noun. A "y" after a vowel ("relay", "journey") and a short "-ive" ("drive", "dive") end nouns.
bool has_adjective_ending(std::string_view w) {
  bool y = w.size() > 3 && w.back() == 'y' && !text::is_one_of(std::string(1, w[w.size() - 2]), {"a", "e", "o", "u"});
  bool ive = w.size() > 5 && text::ends_with(w, "ive");
  return y || ive || text::ends_with(w, "ous") || text::ends_with(w, "ful") || text::ends_with(w, "less");
}

// A glued measure at i and a singular lowercase noun right after it that ends its list item
// (a comma, "and", "or", or the clause's end): the index of the noun, or 0.
std::size_t item_noun(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return 0;
  std::string_view core = words[i].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0 || digits == core.size() || !find_unit(core.substr(digits))) return 0;
  std::string_view noun = words[i + 1].core;
  // A leg's length, or a container's size; a share or a mass of a substance ("87% wool, 13%
  // nylon", "4g protein") is how much of it there is.
  // A bare "m" is a metre or a million: in news lists ("a 50m grant, 20m loan") as often the
  // second, so it is never read as a leg's length.
  if (core.substr(digits) == "m") return 0;
  UnitKind kind = unit_kind(core.substr(digits));
  bool length = kind == UnitKind::short_length || kind == UnitKind::long_length;
  bool contents = (kind == UnitKind::volume || kind == UnitKind::mass) && is_container(noun);
  if (!length && !contents) return 0;
  if (noun.size() < 3 || !text::all_alpha(noun) || !text::is_lower(noun[0]) || noun.back() == 's' ||
      // "10m taller", "30mm rain", "50m away", "2km daily", "2km inland": how much, how far or when,
      // never a leg's noun (nor a compass point, "2km north", nor a stroke or race, "2km freestyle").
      text::is_function_word(noun) || is_not_noun(noun) || says_how_much(noun) || is_time_or_count_word(noun) ||
      names_compass_point(noun) || is_race_word(noun) ||
      // "12m displaced and 25m hungry": a participle or an adjective, whose amount is no size.
      is_participle(noun) || has_adjective_ending(noun)) {
    return 0;
  }
  bool ends_item = !words[i + 1].suffix.empty() || i + 2 >= words.size() ||
                   text::is_one_of(words[i + 2].core, {"and", "or"});
  return ends_item ? i + 1 : 0;
}

bool joins(const Word& w) { return w.prefix.empty() && w.suffix.empty() && text::is_one_of(w.core, {"and", "or"}); }

}  // namespace

bool listed_measure_sizes_noun(const Words& words, std::size_t i) {
  std::size_t noun = item_noun(words, i);
  if (noun == 0) return false;
  // The item after: past a comma, or past "and" / "or".
  if (words[noun].suffix == "," && noun + 1 < words.size() && item_noun(words, noun + 1) != 0) return true;
  if (words[noun].suffix.empty() && noun + 2 < words.size() && joins(words[noun + 1]) && item_noun(words, noun + 2) != 0) {
    return true;
  }
  // The item before: a measure and its noun and a comma, or "and" / "or" after them.
  if (i >= 2 && words[i - 1].suffix == "," && item_noun(words, i - 2) == i - 1) return true;
  return i >= 3 && joins(words[i - 1]) && item_noun(words, i - 3) == i - 2;
}

}  // namespace briefcast::rules
