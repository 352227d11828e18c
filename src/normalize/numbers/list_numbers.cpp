// Numbered items of a results list inside a sentence: "rankings: 1. Mendez 77,300 pts; 2.
// Haugen ...". The period after the place number is the list's mark, not a sentence's end, but
// left in, eSpeak NG paused there as at a full stop ("one. Mendez"). A newsreader says the
// number with a short pause, as at a comma: "one, Mendez". Only a number that follows a colon
// or a semicolon, or opens a line whose next item follows one, or follows the item before it
// after a comma, and stands before a capitalised name is such a mark; "ranked No. 1. Smith was second" ends a sentence and keeps its period.
#include <string>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// How far ahead the next item of a list is looked for: a list item is a name, a country, a
// score and a unit, far fewer words than this.
constexpr std::size_t kItemSpan = 12;

// A name's first letter: an ASCII capital or a Latin-1 one ("Élio", "Øyvind": C3 80 to C3 9E).
bool opens_name(std::string_view core) {
  if (core.empty()) return false;
  if (text::is_upper(core[0])) return core.size() >= 2;
  auto lead = static_cast<unsigned char>(core[0]);
  auto next = core.size() > 1 ? static_cast<unsigned char>(core[1]) : 0;
  return lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97;
}

// A place number of a list: one or two digits, not zero, with a period and nothing else after.
std::optional<int> place_number(const Word& w) {
  if (!w.prefix.empty() || w.suffix != "." || w.core.size() > 2 || !text::all_digits(w.core) || w.core[0] == '0') {
    return std::nullopt;
  }
  return std::stoi(std::string(w.core));
}

// The word before closes a clause that opens a list or an item of one: a colon or a semicolon.
bool after_list_break(const Word& before) {
  return !before.suffix.empty() && (before.suffix.back() == ':' || before.suffix.back() == ';');
}

// The next number of the list follows within an item's length, after a semicolon or a comma
// ("1. Mendez ESP 77 pts; 2. Haugen"): then a line's first number is the list's too.
bool next_item_follows(const Words& words, std::size_t i, int number) {
  std::string next = std::to_string(number + 1);
  for (std::size_t k = i + 2; k < words.size() && k <= i + kItemSpan; ++k) {
    const std::string_view mark = words[k - 1].suffix;
    bool parted = !mark.empty() && (mark.back() == ';' || mark.back() == ',');
    if (parted && words[k].core == next && words[k].suffix == ".") return true;
  }
  return false;
}

// The number before in the list stands a short item back, and a comma or a semicolon closes
// that item ("1. Quadri 231, 2. Morita 204 (-27), 3. Arrano"): this number is the next item's
// mark, whatever closes the item before (a bracket, a score).
bool previous_item_before(const Words& words, std::size_t i, int number) {
  const std::string_view mark = words[i - 1].suffix;
  if (number < 2 || mark.empty() || (mark.back() != ',' && mark.back() != ';')) return false;
  std::string previous = std::to_string(number - 1);
  for (std::size_t k = i - 1; k > 0 && k + kItemSpan >= i; --k) {
    if (words[k - 1].core == previous && words[k - 1].suffix == "." && opens_name(words[k].core)) return true;
  }
  return false;
}

// A day and its month in the style of German, Danish or Norwegian pages ("Stand: 5. Februar
// 2020"): the period marks an ordinal day, no list, and the year after the month shows it.
bool before_a_year(const Words& words, std::size_t k) {
  return k < words.size() && words[k].core.size() == 4 && text::all_digits(words[k].core);
}

}  // namespace

std::optional<Match> match_list_number(const Words& words, std::size_t i) {
  auto number = place_number(words[i]);
  if (!number || i + 1 >= words.size() || !opens_name(words[i + 1].core)) return std::nullopt;
  if (before_a_year(words, i + 2)) return std::nullopt;
  bool opens_item = i > 0 && (after_list_break(words[i - 1]) || previous_item_before(words, i, *number));
  if (!opens_item && (i > 0 || !next_item_follows(words, i, *number))) return std::nullopt;
  return Match{1, cardinal_words(words[i].core) + ",", true};
}

bool names_listed_entrant(const Words& words, std::size_t name) {
  // The name right after the place number, or a given name and a surname after it.
  for (std::size_t back = 1; back <= 2 && back <= name; ++back) {
    std::size_t place = name - back;
    if (back == 2 && (!words[name - 1].suffix.empty() || !opens_name(words[name - 1].core))) break;
    if (match_list_number(words, place)) return true;
  }
  return false;
}

}  // namespace briefcast::rules
