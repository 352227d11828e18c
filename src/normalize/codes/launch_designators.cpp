// A spacecraft's international (COSPAR) designator: the launch year, the launch's number in
// that year and a letter or three for the piece, "2023-171C", "1998-067A", "2019-029BQ". Said
// as trackers say it, "twenty twenty-three dash one seventy-one C". The shape is a code: a
// figure pair with capitals glued to the second is no range, and its "C" no temperature (it
// was read "... to one hundred seventy one degrees Celsius").
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

std::optional<std::string> speak_launch_designator(std::string_view core) {
  if (core.size() < 9 || core.size() > 11 || core[4] != '-') return std::nullopt;
  std::string_view year = core.substr(0, 4);
  std::string_view launch = core.substr(5, 3);
  std::string_view piece = core.substr(8);
  if (!text::all_digits(year) || !text::all_digits(launch) || !text::all_upper(piece) || !text::all_alpha(piece)) {
    return std::nullopt;
  }
  // Designators began with the first launches, in 1957.
  int y = std::stoi(std::string(year));
  if (y < 1957 || y > 2099 || launch == "000") return std::nullopt;
  std::string number = launch[0] == '0' ? digit_words(launch, "oh") : paired_digit_words(launch);
  return year_words(year) + " dash " + number + " " + spelled_letters(piece);
}

std::optional<Match> match_launch_designator(const Words& words, std::size_t i) {
  auto said = speak_launch_designator(words[i].core);
  if (!said) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
