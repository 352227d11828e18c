// A place shared on a golf leaderboard: "sits T14", "finished T3", "a T8 finish". Golf copy
// writes a tie with a T before the place; a commentator says "tied fourteenth". Spelt "T
// fourteen", the tie and the place were lost. Read only where the clause is of golf (birdie,
// carded, holes, a score "7-under"), so a model's or a bus route's "T3" stays a code.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

bool tells_of_golf(std::string_view core) {
  // "7-under", "under-par", "14-under-par": a score written as one hyphened word.
  for (std::string_view score : {"-under", "-over", "under-par", "over-par"}) {
    if (text::ends_with(core, score)) return true;
  }
  // Not "par" ("on a par with", bonds "at par"), "greens" (a party), "hole", "tee" or "Masters":
  // each stands in other news as often.
  return text::is_one_of_lowered(core, {"golf", "golfer", "golfers", "birdie", "birdies", "bogey", "bogeys", "eagle",
                                        "carded", "leaderboard", "holes", "putt", "putts", "pga", "lpga", "fairway",
                                        "fairways", "bogey-free", "birdie-free"});
}

namespace {

// The clause around the place read for its sport: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 16;

// "T14" -> "14": the place after the T, one or two figures with no leading zero.
std::optional<std::string_view> tied_place(std::string_view core) {
  if (core.size() < 2 || core.size() > 3 || core[0] != 'T' || core[1] == '0') return std::nullopt;
  std::string_view place = core.substr(1);
  if (!text::all_digits(place)) return std::nullopt;
  return place;
}

}  // namespace

std::optional<Match> match_golf_place(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  auto place = tied_place(words[i].core);
  if (!place || !text::any_word_near(words, i, kSpan, tells_of_golf)) return std::nullopt;
  return Match{1, "tied " + ordinal_words(*place), false};
}

}  // namespace briefcast::rules
