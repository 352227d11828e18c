// Figures that sports and betting copy writes in its own way, each told apart by the words of
// its line: betting odds ("the 5/2 favourite", "odds of 12/1" -> "five to two", "twelve to
// one", never a date or "five halves"), a cricket total ("India were 245/6", "declared at
// 474-7" -> "two hundred forty five for six"), and baseball averages (".312" -> "three
// twelve", ".300/.400/.500" -> "three hundred, four hundred, five hundred"), and a tennis set
// won in a tiebreak ("7-6(5)" -> "seven six (five)"), and a score with a fraction out of a whole
// number ("4.5/8" -> "four and a half out of eight"); a winning percentage ("got to .500" ->
// "five hundred") and shots made of shots taken ("9-17 from the field" -> "nine for seventeen").
#include <algorithm>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "12/1", "474-7": two plain figures of up to three digits around one separator.
std::optional<text::FigurePair> split_pair(std::string_view core, char separator) {
  return text::figure_pair(core, separator, 3);
}

}  // namespace

bool is_betting_word(std::string_view w) {
  // "best-priced", "shortest-priced": the price a bookmaker offers, with its qualifier.
  if (text::ends_with(w, "-priced")) return true;
  return text::is_one_of_lowered(w, {"odds", "bookmakers", "bookies", "bookmaker", "favourite", "favorite", "favourites", "favorites",
                     "priced", "backed", "betting", "outsider", "each-way", "punter", "punters", "bookie", "fav", "jt-fav",
                     "joint-fav", "e/w", "e&w"});
}

bool from_price_to_price(const Words& words, std::size_t i) {
  if (i == 0 || !text::iequals(words[i - 1].core, "from") || !split_pair(words[i].core, '/')) return false;
  // "from 15/8 to 5/4", or the move told the other way round: "cut to 5/4 from 7/4".
  bool to_after = i + 2 < words.size() && words[i].suffix.empty() && text::iequals(words[i + 1].core, "to") &&
                  words[i + 1].suffix.empty() && split_pair(words[i + 2].core, '/');
  // "cut to 9/4 favourites from 3/1": a price's noun may stand between the two prices.
  std::size_t back = i >= 2 && text::is_one_of_lowered(words[i - 2].core, {"favourite", "favourites", "favorite",
                                                                            "favorites", "fav", "shot"})
                         ? 3
                         : 2;
  // The price and "to" before it must both be on the line.
  bool to_before = i > back && words[i - back].suffix.empty() && split_pair(words[i - back].core, '/') &&
                   text::iequals(words[i - back - 1].core, "to");
  return (to_after || to_before) && text::any_word_near(words, i, 8, is_betting_word);
}

namespace {

// "the 11-4 fav", "a 5/2 jt-fav": the racing page's favourite after its price, said in full.
// "the 9/4 fav., won": the abbreviation's period inside the clause goes with it.
std::string with_favourite(const Words& words, std::size_t i, std::string spoken, std::size_t& count, bool& period) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return spoken;
  std::string after = text::lower(words[i + 1].core);
  if (after != "fav" && after != "jt-fav" && after != "joint-fav") return spoken;
  count = 2;
  std::string_view suffix = words[i + 1].suffix;
  period = text::starts_with(suffix, ".") &&
           (suffix.size() > 1 || (i + 2 < words.size() && text::starts_in_lower_case(words[i + 2].core)));
  return spoken + (after == "fav" ? " favourite" : " joint favourite");
}

// "a 33/1 winner", "made Labour 1/20 to win": a price before the winner it paid out on, or
// before the win it is offered on in a line about betting (words within a few of it).
bool priced_outcome(const Words& words, std::size_t i, std::string_view left, std::string_view right) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string after = text::lower(words[i + 1].core);
  if (after == "winner" || after == "winners") return std::stoi(std::string(left)) > std::stoi(std::string(right));
  if (after != "to" || i + 2 >= words.size()) return false;
  return text::is_one_of_lowered(words[i + 2].core, {"win", "retain", "lift", "finish", "claim", "land", "be", "take"}) &&
         text::any_word_near(words, i, 8, [](std::string_view w) { return is_betting_word(w); });
}

// "5/1, 5/2, 3/1 and 9/4": prices in a list, with no word of betting near them. The line has
// three or more slashed pairs of small figures, each against the bettor (the first no smaller
// than the second), a second figure of at most 10, and either a first figure above 12 or
// different first and second figures: a list of dates has one month ("3/1, 3/2, 3/3") or
// firsts of months alone ("3/1, 4/1").
bool in_odds_list(const Words& words) {
  std::size_t pairs = 0;
  bool past_months = false;
  std::string_view denominator;
  std::string_view numerator;
  bool mixed = false;
  bool one_numerator = true;
  for (const Word& w : words) {
    auto p = split_pair(w.core, '/');
    if (!p) continue;
    int left = std::stoi(std::string(p->left));
    int right = std::stoi(std::string(p->right));
    if (p->left[0] == '0' || p->right[0] == '0' || right > 10 || left < right) return false;
    mixed = mixed || (!denominator.empty() && denominator != p->right);
    denominator = p->right;
    one_numerator = one_numerator && (numerator.empty() || numerator == p->left);
    numerator = p->left;
    past_months = past_months || left > 12;
    ++pairs;
  }
  return pairs >= 3 && (past_months || (mixed && !one_numerator));
}

// Words of horse racing: beside them a "chase" is a steeplechase ("won the handicap chase at
// 11/2"), not a cricket side's run chase.
bool is_horse_racing_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"handicap", "hurdle", "hurdles", "novice", "novices", "furlong", "furlongs",
                                     "mare", "colt", "filly", "gelding", "jockey", "trainer", "steeplechase",
                                     "racecourse", "stakes", "yearling"});
}

bool is_cricket_word_not_racing(std::string_view w) {
  return tells_of_cricket(w) && !text::is_one_of_lowered(w, {"chase", "chasing"});
}

// "returned 11/8", "SP 5/2", "won the Gold Cup at 4/6": a horse's starting price after the
// words a racing result puts before it, with no other word of betting in the line. "at" alone
// is a price only after a win in the same clause ("won ... at 4/6"); "at 3/4 time" elsewhere
// stays a fraction. "returned 4/27" in a cricket line is a bowler's figures.
bool racing_price(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string before = text::lower(words[i - 1].core);
  // "sent off at 12/1", "went off 5/2": the price the horse started at.
  bool placed = text::is_one_of(before, {"returned", "sp", "priced", "started"}) ||
                (before == "at" && i > 1 && words[i - 2].suffix.empty() && text::iequals(words[i - 2].core, "off")) ||
                (before == "off" && i > 1 && text::is_one_of_lowered(words[i - 2].core, {"sent", "went", "goes", "go"}));
  for (std::size_t k = i - 1; before == "at" && !placed && k-- > 0 && i - k <= 8;) {
    placed = text::is_one_of_lowered(words[k].core, {"won", "win", "wins", "winning"});
    // A plural's apostrophe ("the novices' chase") ends no clause.
    std::string_view after = words[k].suffix;
    if (!after.empty() && after != "'" && after != "\u2019") break;
  }
  // "won the seat at 2/3 of the vote": a share, never a price.
  bool share = words[i].suffix.empty() && i + 1 < words.size() && text::iequals(words[i + 1].core, "of");
  bool racing = text::any_word(words, is_horse_racing_word);
  bool cricket = text::any_word(words, racing ? is_cricket_word_not_racing : tells_of_cricket);
  return placed && !share && !cricket;
}

// Words of betting near a price's place: is_betting_word's, "evens" and "ante-post". Not
// "SP" (a police superintendent, a party), nor "price", which market copy puts beside every
// figure, nor the verbs of a move ("drifted to", "shortened to"), which make the place and
// drift or shorten fog, queues and deadlines as well.
bool is_betting_near_price(std::string_view w) {
  return is_betting_word(w) || text::is_one_of_lowered(w, {"evens", "ante-post"});
}

// "went off 4/6 on.", "7/2 against": odds-on or odds against said after the price, at a
// clause's end; "3/8 on Monday" goes on to a day.
bool odds_on(const Words& words, std::size_t k) {
  return text::is_one_of_lowered(words[k].core, {"on", "against"}) && (!words[k].suffix.empty() || k + 1 == words.size());
}

// "backed into 9/1", "the 7/1 chances": a pair in a price's position, "into" or a move's "to"
// before it, or a price's noun after it ("chances", a clause-ending "on" or "against"), with a
// word of betting within about eight words. A date or a score has no such place: "takes
// effect 9/1" keeps its date.
bool moved_price(const Words& words, std::size_t i) {
  bool into = i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "into");
  // "drifted to 5/1", "cut to 5/4", "pushed out to 8/1": a move's verb, then "to".
  into = into || (i > 1 && words[i - 1].suffix.empty() && words[i - 2].suffix.empty() &&
                  text::iequals(words[i - 1].core, "to") &&
                  text::is_one_of_lowered(words[i - 2].core, {"out", "cut", "shortened", "drifted", "eased"}));
  bool noun_after = words[i].suffix.empty() && i + 1 < words.size() &&
                    (text::iequals(words[i + 1].core, "chances") || odds_on(words, i + 1));
  // "drifted into 3/4 of the homes", "shortened to 1/3 the length": a whole after the pair.
  bool whole_after = words[i].suffix.empty() && i + 1 < words.size() &&
                     text::is_one_of_lowered(words[i + 1].core, {"of", "the", "a", "an"});
  return (into || noun_after) && !whole_after && text::any_word_near(words, i, 8, is_betting_near_price);
}

// "the 5/2 favourite", "a 7/1 shot", "a 2-1 chance": the word after a price that names it one,
// whether the price is written with a slash or a hyphen.
bool names_the_price(std::string_view after) {
  return is_betting_word(after) ||
         text::is_one_of_lowered(after, {"shot", "chance", "bet", "wager", "joint-favourite", "joint-fav"});
}

// "the 5/2 favourite", "odds of 12/1", "at 11/4" in a line about betting.
std::optional<Match> odds(const Words& words, std::size_t i) {
  auto p = split_pair(words[i].core, '/');
  if (!p || p->left[0] == '0' || p->right[0] == '0') return std::nullopt;
  std::string before = i > 0 ? text::lower(words[i - 1].core) : "";
  std::string after = i + 1 < words.size() ? text::lower(words[i + 1].core) : "";
  // "24/7" is round the clock and "9/11" the attacks, whatever the line bets on.
  if (words[i].core == "24/7" || words[i].core == "9/11") return std::nullopt;
  // "best-priced 7/2": the bookmaker's price after the word that offers it.
  bool named = names_the_price(after) || text::ends_with(before, "-priced") ||
               (i > 1 && text::lower(words[i - 2].core) == "odds");
  bool placed = text::is_one_of(before, {"at", "the", "a", "from", "of", "to", "as", "or", "and"}) &&
                text::any_word_near(words, i, 8, is_betting_word);
  if (!named && !placed && !racing_price(words, i) && !text::line_fact(words, in_odds_list) &&
      !priced_outcome(words, i, p->left, p->right) && !moved_price(words, i)) {
    return std::nullopt;
  }
  std::size_t count = 1;
  bool period = false;
  std::string spoken =
      with_favourite(words, i, cardinal_words(p->left) + " to " + cardinal_words(p->right), count, period);
  return Match{count, spoken, period};
}

// "odds of 100-1", "a 100-1 outsider", "the 4-6 favourite", "backed at 9-4 by punters": odds
// written with a hyphen, "one hundred to one". Only a word of betting right beside the pair,
// or "at", "from" or "to" before a pair against the bettor in a line about betting, makes it
// odds: "won 100-98" is a score, "10-12 runners" a range, "4-1 against rivals" a record.
// Otherwise the descending pair was no range and came out "one hundred - one", heard as 101.
std::optional<Match> hyphen_odds(const Words& words, std::size_t i) {
  auto p = split_pair(words[i].core, '-');
  if (!p || p->left[0] == '0' || p->right[0] == '0' || !words[i].prefix.empty()) return std::nullopt;
  auto word_at = [&](std::size_t k) { return k < words.size() ? text::lower(words[k].core) : std::string(); };
  std::string before = i > 0 && words[i - 1].suffix.empty() ? word_at(i - 1) : "";
  std::string after = words[i].suffix.empty() ? word_at(i + 1) : "";
  std::string two_before = i > 1 && words[i - 2].suffix.empty() ? word_at(i - 2) : "";
  // "City are 4-6 to retain the title": a price for a win to come; a record or a score is
  // never followed by the win it offers ("won 3-1 to win the group" still reads "three to one").
  bool offered = after == "to" && text::is_one_of_lowered(word_at(i + 2), {"win", "retain", "lift", "claim", "land"});
  bool after_odds = before == "odds" || (!before.empty() && two_before == "odds");
  // "a 50-50 chance": an even split, said "fifty-fifty", unless the word "odds" names it a price.
  if (p->left == p->right && !after_odds) return std::nullopt;
  bool named = names_the_price(after) || after_odds || offered;
  bool against = std::stoi(std::string(p->left)) > std::stoi(std::string(p->right));
  bool placed = text::is_one_of(before, {"at", "from", "to"}) && against && text::any_word(words, is_betting_word);
  if (!named && !placed) return std::nullopt;
  std::size_t count = 1;
  bool period = false;
  std::string spoken =
      with_favourite(words, i, cardinal_words(p->left) + " to " + cardinal_words(p->right), count, period);
  return Match{count, spoken, period};
}

// "taking 5-42", "figures of 3-27": a bowler's wickets for the runs conceded written with a
// hyphen, in a line about cricket: "five for forty two", never a score or a range. "overs
// 1-10" and "between 2-15" keep their range.
std::optional<Match> bowling_figures(const Words& words, std::size_t i) {
  auto p = split_pair(words[i].core, '-');
  if (!p || !words[i].prefix.empty() || p->left.size() > 2 || p->right.size() < 2) return std::nullopt;
  if (std::stoi(std::string(p->left)) > 10 || std::stoi(std::string(p->right)) <= 10) return std::nullopt;
  std::string before = i > 0 ? text::lower(words[i - 1].core) : "";
  if (text::is_one_of(before, {"over", "overs", "between", "from", "balls", "ball"})) return std::nullopt;
  if (!text::any_word(words, tells_of_cricket)) return std::nullopt;
  return Match{1, cardinal_words(p->left) + " for " + cardinal_words(p->right), false};
}

// "Root's 134*", "(50 ov)": a batter's score with its star is "not out", and "ov" after a
// figure is overs, in a line about cricket.
std::optional<Match> cricket_marks(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool star = w.suffix == "*" || (text::starts_with(w.suffix, "*") && w.suffix.size() == 2 && w.suffix[1] != '*');
  bool overs = !star && w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
               words[i + 1].core == "ov";
  if ((!star && !overs) || w.core.empty() || !text::is_digit(w.core[0])) return std::nullopt;
  if (!text::all_digits(w.core) || w.core.size() > 3) {
    auto figure = text::parse_number(w.core);
    if (!figure || figure->negative || figure->decimals.size() != 1) return std::nullopt;
  }
  if (star && text::all_digits(w.core) && text::any_word(words, tells_of_cricket)) {
    return Match{1, cardinal_words(w.core) + " not out", false};
  }
  if (!overs || !text::any_word(words, tells_of_cricket)) return std::nullopt;
  auto figure = text::parse_number(w.core);
  if (!figure) return std::nullopt;
  // "to 31 ov. and a target": the abbreviation's period mid-sentence is no stop.
  bool dotted = text::has_period(words[i + 1]) && !period_ends_sentence(words, i + 1);
  return Match{2, number_words(*figure, false) + " overs", dotted};
}

// "245/6", "474-7": runs for wickets, in a line about cricket. "5/34": a bowler's wickets
// for the runs conceded, said the same way ("five for thirty four"), never a fraction.
std::optional<Match> cricket_total(const Words& words, std::size_t i) {
  auto p = split_pair(words[i].core, '/');
  if (p && p->left.size() <= 2 && std::stoi(std::string(p->left)) <= 10 && p->right.size() >= 2 &&
      p->right.size() <= 3 && text::any_word(words, tells_of_cricket)) {
    return Match{1, cardinal_words(p->left) + " for " + cardinal_words(p->right), false};
  }
  if (!p) p = split_pair(words[i].core, '-');
  if (!p || p->right.size() > 2 || std::stoi(std::string(p->right)) > 10) return std::nullopt;
  if (std::stoi(std::string(p->left)) < 20 || !text::any_word(words, tells_of_cricket)) return std::nullopt;
  return Match{1, cardinal_words(p->left) + " for " + cardinal_words(p->right), false};
}

// ".312" -> "three twelve", ".300" -> "three hundred", ".305" -> "three oh five", ".085" ->
// "oh eighty five": a batting average said as a number of thousandths.
std::string average_words(std::string_view digits) {
  std::string_view tail = digits.substr(1);
  if (digits[0] == '0') return "oh " + cardinal_words(tail);
  std::string head(digit_word(digits[0]));
  if (tail == "00") return head + " hundred";
  if (tail[0] == '0') return head + " oh " + std::string(digit_word(tail[1]));
  return head + " " + cardinal_words(tail);
}

bool is_average(std::string_view core) {
  return core.size() == 4 && core[0] == '.' && text::all_digits(core.substr(1));
}

bool is_baseball_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"batting", "batted", "hitting", "hit", "hits", "average", "averages", "ops", "on-base",
                     "slugging", "avg", "obp", "slg", "batter", "hitter", "homers", "rbis", "rbi", "pitcher"});
}

// ".500/.571/.833": a slash line of averages is baseball wherever it stands; a single ".312"
// is when the line speaks of batting.
std::optional<Match> batting_average(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string spoken;
  std::size_t parts = 0;
  while (!core.empty()) {
    std::size_t slash = core.find('/');
    std::string_view part = core.substr(0, slash);
    if (!is_average(part)) return std::nullopt;
    spoken += (parts++ == 0 ? "" : ", ") + average_words(part.substr(1));
    core = slash == std::string_view::npos ? std::string_view() : core.substr(slash + 1);
    if (slash != std::string_view::npos && core.empty()) return std::nullopt;
  }
  if (parts == 1 && !text::any_word(words, is_baseball_word)) return std::nullopt;
  return Match{1, spoken, false};
}

// "got back to .500", "a .600 winning percentage": a team's share of wins, written as an
// average is, after a word that places it or before one that names it, on a sports page.
std::optional<Match> winning_percentage(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!is_average(core) || !words[i].prefix.empty()) return std::nullopt;
  bool placed = i > 0 && words[i - 1].suffix.empty() &&
                text::is_one_of_lowered(words[i - 1].core, {"above", "below", "under", "over", "to", "at", "a"});
  bool named = i + 1 < words.size() && words[i].suffix.empty() &&
               text::is_one_of_lowered(words[i + 1].core, {"record", "mark", "clip", "winning", "percentage", "ball"});
  if (!(placed && text::any_word(words, is_sport_word)) && !named) return std::nullopt;
  return Match{1, average_words(core.substr(1)), false};
}

// "shot 9-17 from the field", "(2-5 on 3-pointers)", "4-4 from the line": shots made of shots
// taken, said "nine for seventeen", as a box score is read; never a range or a score.
std::optional<Match> shooting_line(const Words& words, std::size_t i) {
  auto p = split_pair(words[i].core, '-');
  if (!p || !words[i].suffix.empty() || i + 2 >= words.size() || p->left.size() > 2 || p->right.size() > 2 ||
      std::stoi(std::string(p->left)) > std::stoi(std::string(p->right))) {
    return std::nullopt;
  }
  std::string link = text::lower(words[i + 1].core);
  std::string what = text::lower(words[i + 2].core);
  if (words[i + 2].core.empty() || !words[i + 1].suffix.empty()) return std::nullopt;
  if (what == "the" && i + 3 < words.size()) what = text::lower(words[i + 3].core);
  bool from = link == "from" && text::is_one_of(what, {"field", "floor", "line", "free-throw", "free", "three", "3-point",
                                                       "three-point", "deep", "beyond", "outside", "arc"});
  bool on = link == "on" && text::is_one_of(what, {"3-pointers", "three-pointers", "threes", "3s", "field", "free",
                                                   "free-throws", "shots", "attempts", "3-point", "three-point"});
  if (!from && !on) return std::nullopt;
  return Match{1, cardinal_words(p->left) + " for " + cardinal_words(p->right), false};
}

// "7-6(5)", "6-7(3)": a tennis set won in a tiebreak, the loser's tiebreak points in
// brackets written against the score; said as the score with the points after it.
std::optional<Match> tiebreak_set(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t open = core.find('(');
  if (open != 3 || core.back() != ')' || core.size() < 6 || core.size() > 7) return std::nullopt;
  auto games = split_pair(core.substr(0, open), '-');
  std::string_view points = core.substr(open + 1, core.size() - open - 2);
  if (!games || games->left.size() != 1 || games->right.size() != 1 || !text::all_digits(points)) return std::nullopt;
  return Match{1, cardinal_words(games->left) + " " + cardinal_words(games->right) + " (" + cardinal_words(points) + ")",
               false};
}

// "6-4", "7-5", "6-7": the games of one tennis set, a score only a set can have (six games
// with a lead of two or more, or seven against five or six).
std::optional<std::string> set_score(std::string_view core) {
  auto games = split_pair(core, '-');
  if (!games || games->left.size() != 1 || games->right.size() != 1) return std::nullopt;
  int a = games->left[0] - '0';
  int b = games->right[0] - '0';
  int high = std::max(a, b);
  int low = std::min(a, b);
  bool set = (high == 6 && low <= 4) || (high == 7 && (low == 5 || low == 6));
  if (!set) return std::nullopt;
  // A set lost without a game is "six-love", as tennis says a zero.
  auto games_word = [](std::string_view g) { return g == "0" ? std::string("love") : cardinal_words(g); };
  return games_word(games->left) + " " + games_word(games->right);
}

// "4.5/8" (a chess score), "8.5/10" (a review's mark): a score with a fraction over a whole
// number is out of that number, never a date: "four and a half out of eight".
std::optional<Match> score_out_of(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash < 3 || slash + 1 >= core.size()) return std::nullopt;
  std::string_view total = core.substr(slash + 1);
  auto score = text::parse_number(core.substr(0, slash));
  if (!text::all_digits(total) || total.size() > 2 || total[0] == '0' || !score || score->negative ||
      score->decimals.size() != 1 || score->integer.empty() || score->integer.size() > 2) {
    return std::nullopt;
  }
  int whole = std::stoi(score->integer);
  int out_of = std::stoi(std::string(total));
  if (whole == 0 || whole >= out_of) return std::nullopt;
  std::string said = score->decimals == "5" ? cardinal_words(score->integer) + " and a half" : number_words(*score, false);
  return Match{1, said + " out of " + cardinal_words(total), false};
}

}  // namespace

// "won 7-6 6-2 7-6", "6-4, 3-6, 7-6(5)": two or more set scores in a row are a match's sets,
// said "seven six, six two, seven six" with a pause between sets, never "seven to six".
std::optional<Match> match_tennis_sets(const Words& words, std::size_t i) {
  std::string spoken;
  std::size_t k = i;
  while (k < words.size()) {
    // "7-6 (7-4)", "7-6 (7/4)": a tiebreak's points in brackets of their own after the set.
    if (k > i && words[k].prefix == "(" && text::starts_with(words[k].suffix, ")") && words[k - 1].suffix.empty()) {
      // "7-6 (7/5)": some copy writes the points with a slash.
      auto points = split_pair(words[k].core, '-');
      if (!points) points = split_pair(words[k].core, '/');
      if (!points || !text::all_digits(points->left) || !text::all_digits(points->right)) break;
      spoken += " (" + cardinal_words(points->left) + " " + cardinal_words(points->right) + ")";
      ++k;
      if (!(words[k - 1].suffix == ")" || words[k - 1].suffix == "),")) break;
      continue;
    }
    if (!words[k].prefix.empty()) break;
    std::optional<std::string> set = set_score(words[k].core);
    if (!set) {
      auto tiebreak = tiebreak_set(words, k);
      if (!tiebreak) break;
      set = tiebreak->spoken;
    }
    spoken += (spoken.empty() ? "" : ", ") + *set;
    ++k;
    if (!(words[k - 1].suffix.empty() || words[k - 1].suffix == ",")) break;
  }
  if (k - i < 2) return std::nullopt;
  // The last word's own marks follow the match: a bracketed tiebreak there keeps one ")".
  if (words[k - 1].prefix == "(" && !spoken.empty() && spoken.back() == ')') spoken.pop_back();
  return Match{k - i, spoken, false};
}

// "the U21 side", "Ireland's U-20s": a team's age group, "under twenty-one". Only ages from
// ten to twenty-three, so a name like "U2" stays as it is.
std::optional<Match> age_group(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core[0] != 'U') return std::nullopt;
  core.remove_prefix(core[1] == '-' ? 2 : 1);
  bool plural = text::ends_with(core, "s");
  std::string_view age = plural ? core.substr(0, core.size() - 1) : core;
  if (age.size() != 2 || !text::all_digits(age) || age < "10" || age > "23") return std::nullopt;
  auto said = plural ? speak_plural_number(core) : std::optional<std::string>(cardinal_words(age));
  if (!said) return std::nullopt;
  return Match{1, "under " + *said, false};
}

std::optional<Match> match_sport_figure(const Words& words, std::size_t i) {
  if (auto m = age_group(words, i)) return m;
  if (auto m = match_sport_mark(words, i)) return m;
  if (auto m = batting_average(words, i)) return m;
  if (auto m = winning_percentage(words, i)) return m;
  if (auto m = shooting_line(words, i)) return m;
  if (auto m = match_tennis_sets(words, i)) return m;
  if (auto m = tiebreak_set(words, i)) return m;
  if (auto m = odds(words, i)) return m;
  if (auto m = hyphen_odds(words, i)) return m;
  if (auto m = score_out_of(words, i)) return m;
  if (auto m = bowling_figures(words, i)) return m;
  if (auto m = cricket_marks(words, i)) return m;
  return cricket_total(words, i);
}

}  // namespace briefcast::rules
