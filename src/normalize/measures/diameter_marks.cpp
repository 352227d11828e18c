// "Ø 12 mm", "⌀ 110 mm": the diameter sign before a length, as catalogues and drawings size a
// round thing. Said as the measure's diameter: "twelve-millimeter-diameter nuggets" before the
// noun it sizes, "twelve millimeters in diameter" elsewhere. eSpeak NG named the letter ("O
// stroke"), and what the length measured was lost.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_diameter_sign(std::string_view w) { return text::is_one_of(w, {"\u00d8", "\u00f8", "\u2300"}); }

}  // namespace

std::optional<Match> match_diameter_mark(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !is_diameter_sign(words[i].core) || !words[i].suffix.empty() ||
      !words[i + 1].prefix.empty() || !words[i + 1].suffix.empty() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i + 1].core);
  UnitKind kind = unit_kind(words[i + 2].core);
  auto unit = find_unit(words[i + 2].core);
  if (!number || !unit || (kind != UnitKind::short_length && kind != UnitKind::long_length)) return std::nullopt;
  std::string figure = number_words(*number, false);
  if (plain_noun_after(words, i + 2)) return Match{3, text::hyphenated(figure + " " + unit->one + " diameter"), false};
  bool one = !number->has_point && number->integer == "1";
  return Match{3, figure + " " + (one ? unit->one : unit->many) + " in diameter", false};
}

}  // namespace briefcast::rules
