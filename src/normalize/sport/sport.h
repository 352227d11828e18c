// Sport, ratings and polls: scores, records, odds, statistics, ratings and poll figures.
// One source file per rule, named in the comment above its declarations; the two kinds of
// rule (match_*, speak_*) are described in normalize/match.h. Internal to src/normalize.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/match.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

// racing_lengths.cpp: "beaten ½l" -> "half a length", "won by 2½l" -> "two and a half lengths".
std::optional<Match> match_racing_length(const Words& words, std::size_t i);
// racing_marks.cpp: the racing page's marks ("Hcp", "G1", "sht hd", "OR 142", "0-105
// handicap", "carried 9-2", "7lb claimer", "4-7-1 trifecta", "form 1-3F-21").
std::optional<Match> match_racing_mark(const Words& words, std::size_t i);

// sport_stats.cpp: "12 reb, 8 ast", "1G, 2A" -> "one goal, two assists", "reb/ast", "Rd 14" -> "Round fourteen".
std::optional<Match> match_sport_stat(const Words& words, std::size_t i);

// sport_figures.cpp: betting odds ("the 5/2 favourite"), cricket totals ("245/6"), batting
// averages (".312", ".300/.400/.500"), each known by the words of its line; tiebreak sets ("7-6(5)").
std::optional<Match> match_sport_figure(const Words& words, std::size_t i);
// Words of betting ("odds", "favourite", "backed", "E/W"): beside them a slashed pair is a price.
bool is_betting_word(std::string_view core);
// "drifted from 15/8 to 5/2": the pair at i after "from", another pair after "to", and a word of
// betting within about eight words: a price's move, never a span of days.
bool from_price_to_price(const Words& words, std::size_t i);
// Two or more tennis set scores in a row ("7-6 6-2", "6-4, 3-6"): "seven six, six two".
std::optional<Match> match_tennis_sets(const Words& words, std::size_t i);

// game_scores.cpp: "a 23-21, 21-15 win" -> "twenty three twenty one, twenty one fifteen", "from
// 17-20 down": the games of a rally-scored match, each said as its two scores.
std::optional<Match> match_game_scores(const Words& words, std::size_t i);

// sport_marks.cpp: "T4" (golf, "tied fourth"), "at -12" ("twelve under"), "the starting XI",
// "the 90+3rd minute", "in the 88'", "into T1" (motor racing, "turn one"), "E/W" ("each way").
std::optional<Match> match_sport_mark(const Words& words, std::size_t i);
// "0-20 to 0-16" in a line of a result: two totals of Gaelic goals and points.
std::optional<Match> gaelic_score(const Words& words, std::size_t i);
// Words of a race run or swum ("heats", "relay", "clocked", "medal"): a distance in meters names
// the race ("the 1500m", "a 3200m relay leg") only in their line. One list for the race named by
// its distance here and the race's hundreds of the measure rules (race_distances.cpp).
bool tells_of_race_distance(std::string_view core);
// Words of running, walking and the runner's stride ("ran a 10K", "a cadence of 180 spm"), in
// any case.
bool is_running_word(std::string_view core);

// rowing_boats.cpp: "the M2- final" -> "the men's pair final", "W1x" -> "women's single sculls".
std::optional<Match> match_rowing_boat(const Words& words, std::size_t i);

// country_codes.cpp: "1. Mendez ESP 77 pts", "Lena HOLM (SWE)" -> "Spain", "Sweden": a
// competitor's country code in a results line said as the country.
std::optional<Match> match_country_code(const Words& words, std::size_t i);

// records.cpp: win-loss records ("went 15-7", "a 15-7 record", "the Hawks (9-3)") said "fifteen
// and seven", never a range.
std::optional<Match> match_record(const Words& words, std::size_t i);
// Words that place a line on a sports page ("season", "wins", "playoffs"). A bare "to 10-12"
// or "(6-8)" is a record only in such a line; in any other it stays a range.
bool is_sport_word(std::string_view core);
// game_scores.cpp: the verb and the noun of a game's result beside its score: "won", "beat",
// "edged"; "win", "defeat", "scoreline".
bool is_result_verb(const Word& w);
bool is_result_noun(const Word& w);

// golf_places.cpp: "finished T3" beside golf words -> "tied third".
std::optional<Match> match_golf_place(const Words& words, std::size_t i);
bool tells_of_golf(std::string_view core);  // "birdie", "bogey", "7-under": a word of a golf clause

// climbing_grades.cpp: "climbs 5.10a rock" -> "five ten A".
std::optional<Match> match_climbing_grade(const Words& words, std::size_t i);

// golf_scores.cpp: "reaching -9 through 11 holes", "+2 after a bogey" -> "nine under", "two over".
std::optional<Match> match_golf_score(const Words& words, std::size_t i);

// round_marks.cpp: "stopped at 2:47 of R3" in a fight or a golf clause -> "round three".
std::optional<Match> match_round_mark(const Words& words, std::size_t i);

// footy_scores.cpp: "12.8 (80)" -> "twelve eight (eighty)" when the total checks out, "kicked 5.2".
std::optional<Match> match_footy_score(const Words& words, std::size_t i);

// rushing_lines.cpp: "ran 18-97-1" -> "eighteen for ninety seven and one touchdown".
std::optional<Match> match_rushing_line(const Words& words, std::size_t i);
// sport_shorthand.cpp: a word of American football ("quarterback", "NFL", "touchdown").
bool tells_of_gridiron(std::string_view core);
// audience_ratings.cpp: "a 9.4/17 rating/share" -> "a nine point four rating and a seventeen share".
std::optional<Match> match_rating_share(const Words& words, std::size_t i);
// sumo_ranks.cpp: "M16w" -> "maegashira sixteen west" on a line that tells of sumo.
std::optional<Match> match_sumo_rank(const Words& words, std::size_t i);
// equestrian_levels.cpp: "CSI5*" -> "CSI five-star", "the 4*-L" -> "the four-star long".
std::optional<Match> match_equestrian_level(const Words& words, std::size_t i);
// rating_marks.cpp: "gave it 9/10" -> "nine out of ten", "a 5* hotel" -> "a five-star hotel",
// "★★★★☆" -> "four out of five stars".
std::optional<Match> match_rating_mark(const Words& words, std::size_t i);

// poll_marks.cpp: "Lab 42% Con 24%" -> "Labour ... Conservative ...", "±3 pts" -> "plus or
// minus three points", "£325k p/w" -> "... pounds per week".
std::optional<Match> match_poll_mark(const Words& words, std::size_t i);

// sport_shorthand.cpp: "reached the QF" -> "quarterfinal", "off the WR" -> "world record",
// "on the PP" -> "power play", "changes to the XV" -> "fifteen".
std::optional<Match> match_sport_shorthand(const Words& words, std::size_t i);
// Words of a pool ("swam", "heats", "backstroke", "4:02.50"): a course's length ("LC") and a
// stroke's short name ("200m fly") are read so only near one. The strokes' short names and the
// courses' letters are not in it: each would cue itself.
bool tells_of_swimming(std::string_view core);

// gymnastics_scores.cpp: "14.200" -> "fourteen point two" and "(6.1/8.100)" -> "(six point one,
// eight point one)" near words of a gym; "a 2.5 twist" -> "a two-and-a-half twist".
std::optional<Match> match_gymnastics_figure(const Words& words, std::size_t i);
bool tells_of_gymnastics(std::string_view core);  // "vault", "beam", "D-score": a word of a gym
// A word of a gym within the clause around word i: a bounded span keeps a line linear.
bool near_gymnastics(const Words& words, std::size_t i);

// dive_codes.cpp: "109C" -> "one oh nine C": a code of a dive number's shape in a line of competitive diving.
std::optional<Match> match_dive_number(const Words& words, std::size_t i);
// skating_jumps.cpp: "3A" -> "triple Axel", "4Lz+3T" -> "quad Lutz, triple toe loop" among words of skating.
std::optional<Match> match_skating_jump(const Words& words, std::size_t i);
// trick_rotations.cpp: "a 360 flip" -> "a three-sixty flip", "BS 5-0" -> "backside five-oh".
std::optional<Match> match_trick_rotation(const Words& words, std::size_t i);

// cricket_scorecard.cpp: "7.4 rpo" -> "runs per over", "6 ct" -> "six catches", "c X b Y" ->
// "caught X bowled Y", "7–38" -> "seven for thirty-eight", "Div. 1" -> "Division one".
std::optional<Match> match_cricket_scorecard(const Words& words, std::size_t i);

// grades.cpp: "A*" -> "A star", "A*-C" -> "A star to C".
std::optional<Match> match_grade(const Words& words, std::size_t i);

// esports_marks.cpp: "612 GPM" -> "six hundred twelve gold per minute", "Bo3" -> "best of
// three", "4f punish" -> "four-frame punish", "AWPer" -> "Awper".
std::optional<Match> match_esports_mark(const Words& words, std::size_t i);

// darts_marks.cpp: "via T20, T19, D12" -> "via treble twenty, treble nineteen, double twelve".
std::optional<Match> match_darts_mark(const Words& words, std::size_t i);

// baseball_marks.cpp: "5⅔ IP, 4 H, 2 BB" -> "... innings, four hits, two walks", "a 1-2 slider",
// "the T8th" -> "the top of the eighth", "W: Voss" -> "winning pitcher: Voss", "Triple-A".
std::optional<Match> match_baseball_mark(const Words& words, std::size_t i);
// basketball_marks.cpp: "in 33:45" -> "thirty three minutes forty five seconds", "1/9 shooting"
// -> "one of nine", "38.2% 3PT" -> "from three-point range", "24.6 PPG", "at 104-104" -> "... all".
std::optional<Match> match_basketball_mark(const Words& words, std::size_t i);
// football_marks.cpp: "(23', 67' pen)" -> "twenty third minute, sixty seventh minute penalty",
// "14 G/5 A" -> "fourteen goals and five assists", "GD", "agg.", "KO", "MD6" -> "matchday six".
std::optional<Match> match_football_mark(const Words& words, std::size_t i);

}  // namespace briefcast::rules
