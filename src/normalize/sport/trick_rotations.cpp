// Board and bike tricks named by their rotation in degrees, as riders say them: "a 360 flip" is
// "a three-sixty flip", "a 540 McTwist" "a five-forty McTwist", "a 1080" "a ten-eighty" (nine
// hundred stays "nine hundred"), and a "5-0" grind "five-oh", "50-50" "fifty-fifty". Read as
// counts they were "three hundred sixty flip" and "five to zero", a score. Only half turns
// (multiples of 180) before a trick's name, or standing alone beside words of a board sport, so
// money, counts and scores elsewhere keep their readings (words as common as "air" or "rail"
// are no cue: "180 air strikes"); "BS"/"FS" before a trick are the
// backside and frontside it is done on.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// A trick's name or part of one, said after its rotation: "360 flip", "540 McTwist".
bool names_a_trick(std::string_view core) {
  return text::is_one_of_lowered(core, {"flip", "flips", "kickflip", "heelflip", "hardflip", "varial", "shuvit",
                                        "shove-it", "shuv", "spin", "spins", "mctwist", "grab", "indy",
                                        "ollie", "ollies", "nollie", "rodeo", "cork", "tailwhip", "tailgrab",
                                        "stalefish", "barspin", "alley-oop", "grind", "grinds"});
}

// Words of board and bike sports, beside which a lone "900" or "5-0" is a trick.
bool tells_of_tricks(std::string_view core) {
  return names_a_trick(core) ||
         text::is_one_of_lowered(core, {"skate", "skater", "skaters", "skateboard", "skateboarding", "skateboarder",
                                        "skatepark", "snowboard", "snowboarder", "snowboarding", "halfpipe",
                                        "half-pipe", "vert", "coping", "bmx",
                                        "slopestyle", "freestyle", "trick", "tricks", "nollie", "fakie"});
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
  bool side_before = i > 0 && words[i - 1].suffix.empty() &&
                     text::is_one_of_lowered(words[i - 1].core, {"frontside", "backside", "switch", "fakie", "nollie", "cab"});
  bool trick_after = w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                     names_a_trick(words[i + 1].core);
  if (auto turn = rotation_words(w.core)) {
    if (trick_after || side_before || cued_by_side) return turn;
    // "missed a 900 at the end": alone after an article, before no noun of its own.
    bool article = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"a", "the", "first", "his", "her", "their"});
    bool ends_phrase = !w.suffix.empty() || i + 1 >= words.size() || text::is_function_word(words[i + 1].core);
    if (article && ends_phrase && text::any_word_near(words, i, 12, tells_of_tricks)) return turn;
    return std::nullopt;
  }
  if (auto grind = grind_words(w.core)) {
    if (cued_by_side || side_before || text::any_word_near(words, i, 12, tells_of_tricks)) return grind;
  }
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
