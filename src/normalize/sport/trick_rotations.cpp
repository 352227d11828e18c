// Board and bike tricks named by their rotation in degrees, as riders say them: "a 360 flip" is
// "a three-sixty flip", "a 540 McTwist" "a five-forty McTwist", "a 1080" "a ten-eighty" (nine
// hundred stays "nine hundred"), and a "5-0" grind "five-oh", "50-50" "fifty-fifty". Read as
// counts they were "three hundred sixty flip" and "five to zero", a score. Only half turns
// (multiples of 180) before a trick's name, or standing alone beside words of a board sport, so
// money, counts and scores elsewhere keep their readings. Words as common as "air", "rail",
// "spin", "flip", "grab", "grind", "trick" or "coping" name a trick only right after its figure
// and are no cue from afar ("the daily grind ... beaten 5-0", "despite the spin, the 180 at the
// plant"); "BS"/"FS" before a trick are the backside and frontside it is done on.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// A trick's name or part of one, said after its rotation: "360 flip", "540 McTwist". In its own
// case: a capital is a name ("the 180 Cork jobs").
bool names_a_trick(std::string_view core) {
  return text::is_one_of(core, {"flip", "flips", "kickflip", "heelflip", "hardflip", "varial", "shuvit", "shove-it",
                                "shuv", "spin", "spins", "McTwist", "mctwist", "grab", "indy", "ollie", "ollies",
                                "nollie", "rodeo", "cork", "tailwhip", "tailgrab", "stalefish", "barspin",
                                "alley-oop", "grind", "grinds"});
}

// Words only board and bike sports use, beside which a lone "900" or "5-0" is a trick.
bool tells_of_tricks(std::string_view core) {
  return text::is_one_of_lowered(core, {"skate", "skater", "skaters", "skateboard", "skateboards", "skateboarding",
                                        "skateboarder", "skateboarders", "skatepark", "snowboard", "snowboarder",
                                        "snowboarders", "snowboarding", "halfpipe", "half-pipe", "vert", "bmx",
                                        "slopestyle", "kickflip", "heelflip", "hardflip", "varial", "shuvit",
                                        "mctwist", "ollie", "ollies", "nollie", "fakie", "tailwhip", "stalefish",
                                        "barspin", "frontside", "backside"});
}

// "180" to "1440" in half turns, as riders say them; nothing for other figures.
std::optional<std::string> rotation_words(std::string_view core) {
  static constexpr std::pair<std::string_view, std::string_view> kTurns[] = {
      {"180", "one-eighty"},   {"360", "three-sixty"},   {"540", "five-forty"},     {"720", "seven-twenty"},
      {"900", "nine hundred"}, {"1080", "ten-eighty"},   {"1260", "twelve-sixty"},  {"1440", "fourteen-forty"}};
  for (auto [figure, said] : kTurns) {
    if (core == figure) return std::string(said);
  }
  return std::nullopt;
}

// "5-0", "50-50": grinds named by the trucks' angle, said "five-oh" and "fifty-fifty".
std::optional<std::string> grind_words(std::string_view core) {
  if (core == "5-0") return std::string("five-oh");
  if (core == "50-50") return std::string("fifty-fifty");
  return std::nullopt;
}

// The trick at word i, said; `cued_by_side` when "BS" or "FS" stands before it.
std::optional<std::string> trick_at(const Words& words, std::size_t i, bool cued_by_side) {
  const Word& w = words[i];
  if (!w.prefix.empty()) return std::nullopt;
  auto turn = rotation_words(w.core);
  auto grind = turn ? std::nullopt : grind_words(w.core);
  if (!turn && !grind) return std::nullopt;  // the line's scan below only for a trick's figure
  bool near_board = text::any_word_near(words, i, 12, tells_of_tricks);
  // "switch" and "cab" are a stance only among riders: "firms will switch 180 staff".
  std::string_view before = i > 0 && words[i - 1].suffix.empty() ? words[i - 1].core : std::string_view();
  bool side_before = text::is_one_of_lowered(before, {"frontside", "backside", "fakie", "nollie"}) ||
                     (near_board && text::is_one_of_lowered(before, {"switch", "cab"}));
  bool trick_after = w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                     names_a_trick(words[i + 1].core);
  // Before no noun of its own: "a 900 at the end", not "a 360 review" nor "a 5-0 win".
  bool ends_phrase = !w.suffix.empty() || i + 1 >= words.size() || text::is_function_word(words[i + 1].core);
  // "missed a 900 at the end", "landed his first 540", "a 5-0 on the ledge": alone after "a" or a
  // rider's own, among riders. Not after "the" ("the 180 at the event" are people), nor after a
  // verb of a match or before a noun ("beat them 5-0", "a 5-0 win" are scores).
  bool first = text::iequals(before, "first") && i > 1;
  std::string_view owner = first ? words[i - 2].core : before;
  bool alone = text::is_one_of_lowered(owner, {"a", "his", "her", "their"}) && ends_phrase && near_board;
  if (turn) {
    // "BS 360" is a trick only when nothing follows that it counts: "the BS 360 review" is none.
    if (trick_after || side_before || (cued_by_side && ends_phrase) || alone) return turn;
    return std::nullopt;
  }
  if (cued_by_side || side_before || trick_after || alone) return grind;
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_trick_rotation(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "BS 5-0", "FS 180": the side, then the trick.
  if ((core == "BS" || core == "FS") && words[i].suffix.empty() && i + 1 < words.size() &&
      text::any_word_near(words, i, 12, tells_of_tricks)) {
    auto trick = trick_at(words, i + 1, true);
    if (!trick) return std::nullopt;
    return Match{2, std::string(core == "BS" ? "backside " : "frontside ") + *trick, false};
  }
  auto trick = trick_at(words, i, false);
  if (!trick) return std::nullopt;
  return Match{1, *trick, false};
}

}  // namespace briefcast::rules
