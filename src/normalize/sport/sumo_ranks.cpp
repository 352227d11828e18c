// The ranks of a sumo banzuke as results print them: a division's letter, the rank's number and
// its side ("M16w", "Ms3e", "J14w", "Y1e"). Said as the rank's name, its number
// and "east" or "west": "maegashira sixteen west", "makushita three east". Read so only on a line
// that tells of sumo, and only with the side; elsewhere "M9" is a motorway and "K1" a tax form.
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

struct SumoRank {
  std::string_view mark;
  std::string_view name;
  int top;  // the highest number the rank is given on a banzuke
};

// Longest marks first, so "Ms" is tried before "M" and "Jd" before "J".
constexpr std::array<SumoRank, 10> kRanks = {{{"Ms", "makushita", 60},
                                              {"Sd", "sandanme", 100},
                                              {"Jd", "jonidan", 120},
                                              {"Jk", "jonokuchi", 40},
                                              {"Y", "yokozuna", 3},
                                              {"O", "ozeki", 3},
                                              {"S", "sekiwake", 3},
                                              {"K", "komusubi", 3},
                                              {"M", "maegashira", 18},
                                              {"J", "juryo", 14}}};

bool tells_of_sumo(std::string_view core) {
  std::string word = text::lower(core);
  return text::is_one_of(word, {"sumo", "basho", "yokozuna", "ozeki", "sekiwake", "komusubi", "maegashira", "banzuke",
                                "rikishi", "makuuchi", "juryo", "makushita", "dohyo", "yusho", "kachi-koshi",
                                "make-koshi", "heya", "kimarite", "senshuraku"});
}

struct RankCode {
  std::string_view name;  // "maegashira"
  std::string number;     // "sixteen"
  std::string side;       // " west", or empty when the code has none
};

// "M16w" -> maegashira, sixteen, west; nullopt when the core is no rank. A division's letters
// alone ("Ms", "Sd") are never read: "Ms" is the commonest title in British copy.
std::optional<RankCode> rank_code(std::string_view core) {
  for (const SumoRank& rank : kRanks) {
    if (!text::starts_with(core, rank.mark)) continue;
    std::string_view rest = core.substr(rank.mark.size());
    std::string side;
    if (!rest.empty() && (rest.back() == 'e' || rest.back() == 'w')) {
      side = rest.back() == 'e' ? " east" : " west";
      rest.remove_suffix(1);
    }
    if (rest.empty() || rest.size() > 3 || !text::all_digits(rest) || rest[0] == '0') return std::nullopt;
    if (std::stoi(std::string(rest)) > rank.top) return std::nullopt;
    return RankCode{rank.name, integer_words(rest, false, false), side};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_sumo_rank(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() < 2 || w.core.size() > 6 || !text::is_upper(w.core[0])) return std::nullopt;
  auto code = rank_code(w.core);
  if (!code) return std::nullopt;
  // A code with no side ("M9", "O2", "K1", "Y1") is as often a motorway, an arena, a kickboxing
  // league or a school year, even beside a word of sumo ("sumo at the O2", "sumo, K1 and MMA"):
  // only the side makes it a rank.
  if (code->side.empty() || !text::any_word(words, tells_of_sumo)) return std::nullopt;
  // "the ozeki O1e": the rank's name is said already.
  bool named_before = i > 0 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == code->name;
  std::string rank = std::string(code->number) + code->side;
  return Match{1, named_before ? rank : std::string(code->name) + " " + rank, false};
}

}  // namespace briefcast::rules
