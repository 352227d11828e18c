// Figures of a gymnastics line, which judges write in their own way:
//  - a score to three places ("14.200", "46.000 AA"): the zeros after the last figure only fill
//    the judges' sheet, so a commentator says "fourteen point two", "forty six"; read in full
//    they were "point two zero zero", "point o o o";
//  - a D-score and E-score slashed after the total ("14.200 (6.1/8.100)"): two scores said one
//    after the other, "six point one, eight point one", never "slash";
//  - half-unit counts of turns in the air ("a 2.5 twist", "1.5 somersaults", "a 3.5 turn"):
//    "two-and-a-half twist", as a gymnast, a diver or a skater says it, not "two point five".
// Scores are read only near words of a gym (a bounded window), as "2.500" elsewhere may be a
// figure given to three places on purpose; turns need the word of the turn after them.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// "14.200" -> "14.2", "46.000" -> "46": a score of up to three figures, then exactly three
// places ending in a zero; nullopt for any other shape (one with no zero to drop included).
std::optional<std::string> trimmed_score(std::string_view core) {
  auto n = text::parse_plain_figure(core);
  if (!n || n->grouped || n->integer.empty() || n->integer.size() > 3 || n->decimals.size() != 3 ||
      n->decimals.back() != '0') {
    return std::nullopt;
  }
  std::string decimals = n->decimals;
  while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
  return decimals.empty() ? n->integer : n->integer + "." + decimals;
}

// A part score: one or two figures, a point and one to three figures ("6.1", "8.100").
std::optional<std::string> part_score(std::string_view s) {
  auto n = text::parse_plain_figure(s);
  if (!n || n->grouped || n->integer.empty() || n->integer.size() > 2 || n->decimals.empty() || n->decimals.size() > 3) {
    return std::nullopt;
  }
  if (auto trimmed = trimmed_score(s)) return speak_decimal(*trimmed);
  return speak_decimal(s);
}

// "6.1/8.100": the difficulty and the execution, each said as a score.
std::optional<std::string> score_pair(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
  auto d = part_score(core.substr(0, slash));
  auto e = d ? part_score(core.substr(slash + 1)) : std::nullopt;
  if (!e) return std::nullopt;
  return *d + ", " + *e;
}

bool is_turn_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"twist", "twists", "twisting", "somersault", "somersaults", "salto", "saltos",
                                        "turn", "turns", "rotation", "rotations", "pirouette", "pirouettes", "flip",
                                        "flips", "spin", "spins", "revolution", "revolutions"});
}

// "2.5 twist" -> "two-and-a-half twist", "1.5 somersaults" -> "one and a half somersaults",
// "a 0.5 turn" -> "a half turn": a count of whole turns and a half before the word of the turn.
std::optional<Match> half_turns(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() ||
      !is_turn_word(words[i + 1].core)) {
    return std::nullopt;
  }
  auto n = text::parse_plain_figure(words[i].core);
  if (!n || n->grouped || n->decimals != "5" || n->integer.size() > 1) return std::nullopt;
  // Before a singular noun the count is one adjective ("a two-and-a-half twist").
  bool singular = !text::ends_with(text::lower(words[i + 1].core), "s");
  if (n->integer.empty() || n->integer == "0") {
    // "0.5 turns" has no plain reading as a count; only "a 0.5 turn" is "a half turn".
    if (!singular) return std::nullopt;
    bool article = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"a", "an"});
    return Match{1, article ? "half" : "a half", false};
  }
  std::string said = cardinal_words(n->integer) + " and a half";
  return Match{1, singular ? text::hyphenated(said) : said, false};
}

}  // namespace

bool near_gymnastics(const Words& words, std::size_t i) {
  constexpr std::size_t kSpan = 12;
  return text::any_word_near(words, i, kSpan, tells_of_gymnastics);
}

bool tells_of_gymnastics(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"gymnastics", "gymnast", "gymnasts", "gymnastic", "vault", "vaults", "beam", "bars", "rings", "pommel",
             "floor", "all-around", "all-round", "d-score", "e-score", "d-scores", "e-scores", "apparatus",
             "rotation", "rotations", "routine", "routines", "trampoline", "tumbling", "rhythmic", "hoop", "ribbon",
             "dismount", "yurchenko"}) ||
         text::is_one_of(core, {"WAG", "MAG"});  // women's and men's artistic, in capitals only ("mag" is a word)
}

std::optional<Match> match_gymnastics_figure(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || !text::is_digit(core[0])) return std::nullopt;
  if (auto turns = half_turns(words, i)) return turns;
  if (core.find('/') != std::string_view::npos) {
    auto pair = score_pair(core);
    if (!pair || !near_gymnastics(words, i)) return std::nullopt;
    return Match{1, *pair, false};
  }
  auto score = trimmed_score(core);
  // "4.250 percent", "1.500 kg": a figure with its unit is no judges' score.
  bool unit_after = words[i].suffix.empty() && i + 1 < words.size() &&
                    (text::is_one_of_lowered(words[i + 1].core, {"percent", "per", "pc", "%"}) || find_unit(words[i + 1].core).has_value());
  if (!score || unit_after || !near_gymnastics(words, i)) return std::nullopt;
  if (score->find('.') == std::string::npos) return Match{1, cardinal_words(*score), false};
  return Match{1, *speak_decimal(*score), false};
}

}  // namespace briefcast::rules
