// The American grade of a rock climb: "5.10a", "5.12d", "5.11+". Climbers say "five ten A",
// "five twelve D": the figure after the point is a whole number, not a decimal, and eSpeak NG
// had heard a version ("five dot ten A"). Read only where the clause is of climbing (route,
// rock, pitch, climb), so a release's "5.10a" stays a version.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// The clause around the grade read for climbing: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 12;

bool tells_of_climbing(std::string_view core) {
  return text::is_one_of_lowered(core, {"climb", "climbs", "climbed", "climbing", "climber", "climbers", "route",
                                        "routes", "rock", "pitch", "pitches", "crag", "wall", "face", "ascent",
                                        "grade", "graded", "free-climb", "free-climbed", "belay"});
}

}  // namespace

std::optional<Match> match_climbing_grade(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "5.10" to "5.15", then a letter from a to d or a plus or minus sign.
  if (core.size() != 5 || !text::starts_with(core, "5.1") || !text::is_digit(core[3]) || core[3] > '5') {
    return std::nullopt;
  }
  char mark = core[4];
  bool letter = mark >= 'a' && mark <= 'd';
  if ((!letter && mark != '+' && mark != '-') || !text::any_word_near(words, i, kSpan, tells_of_climbing)) {
    return std::nullopt;
  }
  std::string said = "five " + cardinal_words(core.substr(2, 2));
  if (letter) said += " " + std::string(1, static_cast<char>(mark - 'a' + 'A'));
  else said += mark == '+' ? " plus" : " minus";
  return Match{1, said, false};
}

}  // namespace briefcast::rules
