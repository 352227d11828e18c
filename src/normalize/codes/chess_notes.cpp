// Chess report shorthand beside the moves (chess_moves.cpp):
//  - "2½–1½", "½-1½": a match score in half points, "two and a half to one and a half"; eSpeak
//    NG had said "two a one a half". The same words read a range of such figures right.
//  - "G/60;d5", "G/90+30": a time control, "game in sixty minutes, five-second delay";
//  - "the U1800 section": a rating class, "under eighteen hundred", in a line about chess;
//  - "K+R+B v K+R", "R+2P v. R": the pieces of an ending by their letters, "king, rook and
//    bishop versus king and rook"; a side alone ("a K+Q ending") only in a line about chess;
//  - "White had 5′": a figure with a prime beside words of a clock is minutes;
//  - "on 6/8" beside a word of chess: points out of the rounds, never June's eighth day.
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kHalf = "\u00bd";
constexpr std::string_view kEnDash = "\u2013";
constexpr std::string_view kPrime = "\u2032";
constexpr std::size_t kSpan = 16;

// "2½", "½", "3": a score in half points.
std::optional<std::string> half_points(std::string_view s, bool& half) {
  bool has_half = text::ends_with(s, kHalf);
  if (has_half) s.remove_suffix(kHalf.size());
  half = half || has_half;
  if (s.empty()) return has_half ? std::optional<std::string>("a half") : std::nullopt;
  if (s.size() > 2 || !text::all_digits(s)) return std::nullopt;
  return cardinal_words(s) + (has_half ? " and a half" : "");
}

std::optional<Match> half_point_score(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find(kEnDash);
  std::size_t width = kEnDash.size();
  if (dash == std::string_view::npos) {
    dash = core.find('-');
    width = 1;
  }
  if (dash == std::string_view::npos || core.find(kHalf) == std::string_view::npos) return std::nullopt;
  bool half = false;
  auto left = half_points(core.substr(0, dash), half);
  auto right = half_points(core.substr(dash + width), half);
  // "½-½" is a drawn game's result, not read here.
  if (!left || !right || (*left == "a half" && *right == "a half")) return std::nullopt;
  return Match{1, *left + " to " + *right, false};
}

// "G/60", "G/60;d5", "G/90+30".
std::optional<Match> time_control(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "G/")) return std::nullopt;
  core.remove_prefix(2);
  std::size_t digits = text::digit_run_end(core, 0);
  if (digits == 0 || digits > 3) return std::nullopt;
  std::string said = "game in " + cardinal_words(core.substr(0, digits)) + " minutes";
  std::string_view rest = core.substr(digits);
  if (!rest.empty()) {
    bool delay = text::starts_with(rest, ";d") || text::starts_with(rest, "d");
    bool increment = rest[0] == '+';
    if (!delay && !increment) return std::nullopt;
    rest.remove_prefix(rest[0] == ';' ? 2 : 1);
    if (rest.empty() || rest.size() > 2 || !text::all_digits(rest)) return std::nullopt;
    said += delay ? ", " + cardinal_words(rest) + "-second delay"
                  : " plus a " + cardinal_words(rest) + "-second increment";
  }
  return Match{1, said, false};
}

// "1800" -> "eighteen hundred", "2000" -> "two thousand", "1850" -> "eighteen fifty".
std::optional<Match> rating_class(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 5 || core[0] != 'U' || !text::all_digits(core.substr(1))) return std::nullopt;
  std::string_view rating = core.substr(1);
  if (rating[0] < '1' || rating[0] > '2') return std::nullopt;
  // A section or a prize of a congress by its class, or any such figure in a line about chess.
  bool named = i + 1 < words.size() && words[i].suffix.empty() &&
               text::is_one_of_lowered(words[i + 1].core, {"section", "sections", "prize", "prizes"});
  if (!named && !text::any_word_near(words, i, kSpan, tells_of_chess)) return std::nullopt;
  return Match{1, "under " + year_words(rating), false};
}

std::string_view piece_word(char c, bool plural) {
  switch (c) {
    case 'K': return plural ? "kings" : "king";
    case 'Q': return plural ? "queens" : "queen";
    case 'R': return plural ? "rooks" : "rook";
    case 'B': return plural ? "bishops" : "bishop";
    case 'N': return plural ? "knights" : "knight";
    case 'P': return plural ? "pawns" : "pawn";
    default: return {};
  }
}

// "K+R+B" -> "king, rook and bishop", "R+2P" -> "rook and two pawns", "R" -> "rook".
std::optional<std::string> pieces(std::string_view core, bool& joined) {
  std::vector<std::string> names;
  bool whole = false;
  while (!core.empty() && names.size() < 8) {
    std::size_t plus = core.find('+');
    std::string_view part = core.substr(0, plus);
    char count = part.size() == 2 && text::is_digit(part[0]) && part[0] > '1' ? part[0] : 0;
    if (count != 0) part.remove_prefix(1);
    if (part.size() != 1 || piece_word(part[0], false).empty()) return std::nullopt;
    std::string name(piece_word(part[0], count != 0));
    names.push_back(count != 0 ? cardinal_words(std::string_view(&count, 1)) + " " + name : name);
    if (plus == std::string_view::npos) {
      whole = true;
      break;
    }
    joined = true;
    core.remove_prefix(plus + 1);
    if (core.empty()) return std::nullopt;
  }
  if (!whole) return std::nullopt;
  std::string said = names[0];
  for (std::size_t k = 1; k < names.size(); ++k) said += (k + 1 == names.size() ? " and " : ", ") + names[k];
  return said;
}

std::optional<Match> ending_pieces(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  bool joined = false;
  auto first = pieces(words[i].core, joined);
  if (!first) return std::nullopt;
  if (i + 2 < words.size() && words[i].suffix.empty() && words[i + 1].core == "v" &&
      (words[i + 1].suffix.empty() || words[i + 1].suffix == ".") && words[i + 2].prefix.empty()) {
    auto second = pieces(words[i + 2].core, joined);
    if (second && joined) return Match{3, *first + " versus " + *second, false};
  }
  if (!joined || words[i].core.size() < 3 || !text::any_word_near(words, i, kSpan, tells_of_chess)) return std::nullopt;
  return Match{1, *first, false};
}

bool tells_of_clock(std::string_view core) {
  return text::is_one_of_lowered(core, {"blitz", "armageddon", "increment", "increments", "delay", "clock", "clocks",
                                        "time-control", "bullet", "rapid", "rapidplay"});
}

// "5′" beside a clock's words.
std::optional<Match> clock_minutes(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::ends_with(core, kPrime)) return std::nullopt;
  core.remove_suffix(kPrime.size());
  if (core.empty() || core.size() > 3 || !text::all_digits(core)) return std::nullopt;
  if (!text::any_word_near(words, i, kSpan, tells_of_clock)) return std::nullopt;
  return Match{1, cardinal_words(core) + (core == "1" ? " minute" : " minutes"), false};
}

// "on 6/8", "finished with 5/7": a player's points out of the rounds, never a date. Read from
// the word before, as a date's rules read "on 5/7" from there.
std::optional<Match> points_of_rounds(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i].core, {"on", "with", "finished", "scored", "leads", "reached"})) {
    return std::nullopt;
  }
  std::string_view core = words[i + 1].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || core.size() - slash - 1 > 2) return std::nullopt;
  std::string_view got = core.substr(0, slash);
  std::string_view of = core.substr(slash + 1);
  if (!text::all_digits(got) || of.empty() || !text::all_digits(of) || of[0] == '0') return std::nullopt;
  if (std::stoi(std::string(got)) > std::stoi(std::string(of)) ||
      !text::any_word_near(words, i, kSpan, tells_of_chess)) {
    return std::nullopt;
  }
  return Match{2, std::string(words[i].core) + " " + cardinal_words(got) + " out of " + cardinal_words(of), false};
}

}  // namespace

std::optional<Match> match_chess_note(const Words& words, std::size_t i) {
  for (auto rule : {half_point_score, time_control, rating_class, ending_pieces, clock_minutes, points_of_rounds}) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
