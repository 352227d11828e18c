// Figure skating's jump codes, as the protocols and skating copy write them and commentators
// say them: a count of turns and the jump ("3A" a triple Axel, "4Lz" a quad Lutz, "2Lo" a double
// loop), joined by "+" in a combination ("4Lz+3T" -> "quad Lutz, triple toe loop"). A call
// after a jump ("3F!" an unclear edge, "3Lz<" under-rotated, "q", "e") is a judges' mark, not
// said. Left alone eSpeak NG said "three A", "four L Z plus three T" and read "3F" as degrees
// Fahrenheit. Only among words of skating, since "3A" is also a school class and "2S" a size.
#include "normalize/match.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// Words of figure skating itself; not of the ice or the rink, which hockey shares ("1G, 2A and a
// +2 rating in 22:41 of ice time" are a goal and two assists).
bool tells_of_skating(std::string_view core) {
  return text::is_one_of_lowered(core, {"skate", "skater", "skaters", "skating", "skated", "axel", "axels", "lutz",
                                        "salchow", "isu", "goe", "quad", "quads", "triple", "triples", "combination",
                                        "combinations", "combo", "combos", "programme", "program"});
}

// Words a skating report uses but other news does too ("long jump", "the elements"): a cue only
// for a code written as the protocols write it, not for a bare "3F" or "2A".
bool tells_of_jumps(std::string_view core) {
  return text::is_one_of_lowered(core, {"jump", "jumps", "element", "elements", "spin", "spins"});
}

// "ruled under-rotated": a call of the judging, though parts and engines are rotated too.
bool tells_of_rotation_call(std::string_view core) {
  return text::is_one_of_lowered(core, {"under-rotated", "underrotated", "under-rotation"});
}

// "4T+3T", "3F!", "3Lz<", "3Lo": a combination, a judges' call or a jump's own letters.
bool is_protocol_code(std::string_view joined) {
  return joined.find_first_of("+!<") != std::string_view::npos || joined.find("Lz") != std::string_view::npos ||
         joined.find("Lo") != std::string_view::npos || joined.find("Eu") != std::string_view::npos;
}

// "an edge call", "the technical panel": two words of the judging that neither says alone.
bool calls_of_skating(const Words& words, std::size_t k) {
  if (k + 1 >= words.size() || !words[k].suffix.empty()) return false;
  std::string_view next = words[k + 1].core;
  if (text::iequals(words[k].core, "edge")) return text::is_one_of_lowered(next, {"call", "calls", "called"});
  return text::iequals(words[k].core, "technical") && text::is_one_of_lowered(next, {"panel", "specialist"});
}

// "temperatures jump to 3F": a line of the weather, where "3F" is degrees after all.
bool tells_of_weather(std::string_view core) {
  return text::is_one_of_lowered(core, {"temperature", "temperatures", "degrees", "forecast", "weather", "chill",
                                        "frost", "freezing", "highs", "lows"});
}

// A pair of words of the judging within twelve words of i.
bool near_calls(const Words& words, std::size_t i) {
  std::size_t from = i >= 12 ? i - 12 : 0;
  for (std::size_t k = from; k < words.size() && k <= i + 12; ++k) {
    if (calls_of_skating(words, k)) return true;
  }
  return false;
}

// "1G", "3G": a player's goals, which make the letters beside them a scorer's line.
bool is_goal_count(std::string_view core) { return core.size() == 2 && text::is_digit(core[0]) && core[1] == 'G'; }

// The jumps by their protocol letters, as they are said.
constexpr std::pair<std::string_view, std::string_view> kJumps[] = {
    {"Lz", "Lutz"}, {"Lo", "loop"}, {"Eu", "Euler"}, {"A", "Axel"}, {"F", "flip"}, {"S", "Salchow"}, {"T", "toe loop"}};

constexpr std::string_view kTurns[] = {"single", "double", "triple", "quad"};

// One jump ("4Lz", "3F!", "2A<<"), said; nothing for any other piece.
std::optional<std::string> jump_words(std::string_view piece) {
  if (piece.size() < 2 || piece[0] < '1' || piece[0] > '4') return std::nullopt;
  std::string_view rest = piece.substr(1);
  for (const auto& [letters, name] : kJumps) {
    if (!text::starts_with(rest, letters)) continue;
    std::string_view call = rest.substr(letters.size());
    if (!call.empty() && !text::is_one_of(call, {"!", "<", "<<", "q", "e"})) return std::nullopt;
    return std::string(kTurns[piece[0] - '1']) + " " + std::string(name);
  }
  return std::nullopt;
}

// "her 3A", "a 3Lz+2T", "Sato's 4T": a jump a skater does, after a possessive or an article.
// Rooms, engines and rounds ("Room 3A", "the 4T engines", "round 2A") are not set so.
// A jump in a list after such a one is the skater's too ("his 4Lo and 3Eu").
bool owned_by_a_skater(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  if (text::is_one_of_lowered(before, {"and", "or", "then"})) {
    return i >= 2 && words[i - 2].suffix.empty() && jump_words(words[i - 2].core) && owned_by_a_skater(words, i - 2);
  }
  return text::is_one_of_lowered(before, {"his", "her", "their", "a", "an"}) || text::is_possessive(before);
}

}  // namespace

std::optional<Match> match_skating_jump(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 24 || !text::is_digit(core[0]) || !words[i].prefix.empty()) return std::nullopt;
  // "3F!": the edge call may be split off as the word's punctuation.
  std::string joined(core);
  if (text::starts_with(words[i].suffix, "!")) joined += "!";
  std::string said;
  for (std::string_view piece : text::split(joined, '+')) {
    auto jump = jump_words(piece);
    if (!jump) return std::nullopt;
    said += (said.empty() ? "" : ", ") + *jump;
  }
  // Words of jumps and of judging are said in other news too ("the technical panel met in Room
  // 3A", "prices jump"): with only those, the jump must be a skater's.
  bool weak = near_calls(words, i) || text::any_word_near(words, i, 12, tells_of_rotation_call) ||
              (is_protocol_code(joined) && text::any_word_near(words, i, 12, tells_of_jumps));
  bool cue = text::any_word_near(words, i, 12, tells_of_skating) || (weak && owned_by_a_skater(words, i));
  if (!cue || text::any_word_near(words, i, 4, is_goal_count) ||
      text::any_word_near(words, i, 12, tells_of_weather)) {
    return std::nullopt;
  }
  return Match{1, said, false, text::starts_with(words[i].suffix, "!")};
}

}  // namespace briefcast::rules
