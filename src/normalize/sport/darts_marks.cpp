// A dart's bed named by its ring and number: "T20" the treble twenty, "D16" the double sixteen,
// "S5" the single five, said as the caller says them ("via T20, T19, D12" had been "T twenty, T
// nineteen, D twelve", the ring lost). The letters are a cricket format ("T20"), a tax code or
// a grade elsewhere, so the rule keys on a word of darts in the line, or on a checkout written
// as a list of beds ("T20, T19, D12"), two or more of them, in a line with no word of cricket.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// The ring's word for "T20", "D12", "S5", "D25" (the outer bull as a double's ring is written
// "D25" nowhere, but "D25" and "S25" are the bull's rings where it is), or nothing.
std::optional<std::string> bed(std::string_view core) {
  if (core.size() < 2 || core.size() > 3) return std::nullopt;
  std::string_view figure = core.substr(1);
  if (!text::all_digits(figure) || figure[0] == '0') return std::nullopt;
  int n = std::stoi(std::string(figure));
  std::string_view ring = core[0] == 'T' ? "treble" : core[0] == 'D' ? "double" : core[0] == 'S' ? "single" : "";
  if (ring.empty() || n > 25 || (n > 20 && (n != 25 || core[0] == 'T'))) return std::nullopt;
  return std::string(ring) + " " + cardinal_words(figure);
}

bool is_bed_or_bull(std::string_view core) {
  return bed(core).has_value() || text::is_one_of_lowered(core, {"bull", "bullseye", "bull's-eye"});
}

// "T20, T19, D12": the word's neighbour across a comma is a bed too.
bool in_a_list_of_beds(const Words& words, std::size_t i) {
  bool before = i > 0 && words[i - 1].suffix == "," && is_bed_or_bull(words[i - 1].core);
  bool after = i + 1 < words.size() && words[i].suffix == "," && is_bed_or_bull(words[i + 1].core);
  return before || after;
}

// A word of cricket other than a format's letters themselves ("T20" is in cricket's list).
bool tells_of_cricket_play(std::string_view core) { return tells_of_cricket(core) && !bed(core); }

}  // namespace

std::optional<Match> match_darts_mark(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || (core[0] != 'T' && core[0] != 'D' && core[0] != 'S')) return std::nullopt;
  auto said = bed(core);
  if (!said) return std::nullopt;
  bool darts = text::any_word(words, tells_of_darts);
  if (!darts && !(in_a_list_of_beds(words, i) && !text::any_word(words, tells_of_cricket_play))) return std::nullopt;
  // A single bed in a darts line must still stand as a bed: "S5" after "via", "on", "hit", or
  // in a list; not a lone "T20" (a cricket match on the same bill) or "D5" (a road).
  bool aimed = darts && i > 0 && text::is_one_of_lowered(words[i - 1].core, {"on", "via", "hit", "hits", "hitting", "missed",
                                                                             "at", "into", "landed", "found", "needing",
                                                                             "took", "out", "with", "the", "a"});
  if (!in_a_list_of_beds(words, i) && !aimed) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
