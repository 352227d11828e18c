// Glued measures listed before the noun they describe, after its determiner: "the 198cm, 104kg
// ruckman", "a 2m, 110kg lock", "the 5kg, 10kg and 25kg sacks". Each is one compound adjective in the singular ("the
// one-hundred-ninety-eight-centimeter, one-hundred-four-kilogram ruckman"), as a single measure
// before its noun is; read one by one, each before a comma was an amount in the plural.
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

// A figure with its unit glued on ("198cm", "104kg") at word k, nothing before it.
bool glued_measure(const Words& words, std::size_t k) {
  const std::string_view core = words[k].core;
  return words[k].prefix.empty() && !core.empty() && text::is_digit(core[0]) && attached(core, true).has_value() &&
         text::number_prefix_length(core) < core.size();
}

}  // namespace

std::optional<Match> match_listed_measures(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !text::is_determiner(text::lower(words[i - 1].core))) return std::nullopt;
  if (!glued_measure(words, i)) return std::nullopt;
  std::string said = text::hyphenated(*attached(words[i].core, true));
  std::size_t last = i;
  while (last + 1 < words.size()) {
    // ", 92kg", " and 20kg", ", and 20kg", " or 50kg": the next member and the words between.
    std::size_t next = last + 1;
    std::string joint = words[last].suffix == "," ? ", " : words[last].suffix.empty() ? " " : "";
    if (joint.empty()) break;
    if (next + 1 < words.size() && words[next].suffix.empty() && text::is_one_of(words[next].core, {"and", "or"})) {
      joint += std::string(words[next].core) + " ";
      ++next;
    } else if (joint == " ") {
      break;
    }
    if (!glued_measure(words, next)) break;
    said += joint + text::hyphenated(*attached(words[next].core, true));
    last = next;
  }
  if (last == i || !plain_noun_after(words, last)) return std::nullopt;
  return Match{last - i + 1, said, false};
}

}  // namespace briefcast::rules
