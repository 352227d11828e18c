// The ranks of a sumo banzuke as results print them: a division's letter, the rank's number and
// its side ("M9", "M16w", "Ms3e", "J14w", "Y1e", "Sd", "Jd"). Said as the rank's name, its number
// and "east" or "west": "maegashira sixteen west", "makushita three east". Read so only on a line
// that tells of sumo; elsewhere "M9" is a motorway and "K1" a tax form.
#include <array>

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

// "M16w" -> "maegashira sixteen west"; nullopt when the core is no rank.
std::optional<std::string> rank_words(std::string_view core) {
  for (const SumoRank& rank : kRanks) {
    if (!text::starts_with(core, rank.mark)) continue;
    std::string_view rest = core.substr(rank.mark.size());
    std::string side;
    if (!rest.empty() && (rest.back() == 'e' || rest.back() == 'w')) {
      side = rest.back() == 'e' ? " east" : " west";
      rest.remove_suffix(1);
    }
    // A lower division's letters alone name it ("Sd", "Jd"); a top rank needs its number.
    if (rest.empty() && side.empty() && rank.mark.size() == 2) return std::string(rank.name);
    if (rest.empty() || rest.size() > 3 || !text::all_digits(rest) || rest[0] == '0') return std::nullopt;
    if (std::stoi(std::string(rest)) > rank.top) return std::nullopt;
    return std::string(rank.name) + " " + integer_words(rest, false, false) + side;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_sumo_rank(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() < 2 || w.core.size() > 6 || !text::is_upper(w.core[0])) return std::nullopt;
  auto said = rank_words(w.core);
  if (!said || !text::any_word(words, tells_of_sumo)) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
