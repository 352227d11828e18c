// "the No. 12B bus", "lot #2231B", "flat No.4A": after a number sign, a figure with one or two
// capitals is a label, said as the figure and its letters ("number twelve B"). The letters are
// never a scale or a unit there: "12B" had been "twelve billion", and "#2231B" "hash ...". The
// sign glued to its figure is speak_number_sign's (cardinal.cpp), which says the label here.
// So is such a figure after a word naming a category ("size 34C", "stage 3C", "shade 8C",
// "class 7C", "shades 8C or 6C"): the letter is a grade, never Celsius or a scale; and after a
// word naming a place by its label ("Room 2B", "Gate 14A", "Flat 3C"), never "two billion",
// or a transit line ("Route 14X", "Bus 7A"), never "fourteen times".
// A class code of a Roman numeral between letters after such a word ("group BIa", "class IIb",
// "type Ia", "group AIII") is said letter, number, letter: "B one A", "two B", "one A". eSpeak
// NG read "BIa" as one syllable ("bee-uh") and "IIb" as a word. A size of three figures is a
// label too ("size 312" -> "size three twelve"). A flat's floor and door in an address ("Flat
// 2/1, 18 Byres Road") are said with "stroke" between them.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kMaxFigures = 6;
constexpr std::size_t kMaxLetters = 2;

// "No", "No." (capitalised: a lower-case "no." is as often the word) and "#" alone.
bool is_number_sign(const Word& w) {
  if (w.core == "#") return w.suffix.empty();
  return w.core == "No" && (w.suffix.empty() || (text::has_period(w) && w.suffix.size() == 1));
}

// Words that name a category a lettered figure is one of. Not "year" or "level", after which a
// temperature may follow ("a level 2C above pre-industrial times"); a school's "Year 10B" is
// written capitalised. A bouldering grade on the Fontainebleau scale is "Font 7C", never Celsius.
bool is_category_word(std::string_view core) {
  if (core == "Year") return true;
  return text::is_one_of_lowered(core, {"font", "size", "sizes", "shade", "shades", "tone", "tones", "colour",
                                        "colours",
                                        "color", "colors", "type", "types", "grade", "grades", "stage", "stages",
                                        "class", "form", "band", "phase", "room", "rooms", "flat", "suite",
                                        "gate", "studio", "platform",
                                        // A transit line by its label ("Route 14X", "Bus 7A"): "X" is no "times".
                                        "route", "routes", "line", "lines", "bus", "buses", "service", "services"});
}

// Word i follows a category word, directly or through a list of such labels ("shades 8C, 6C
// or 4N").
bool after_category_word(const Words& words, std::size_t i) {
  for (std::size_t k = i, steps = 0; k > 0 && steps < 6; --k, ++steps) {
    const Word& before = words[k - 1];
    if (is_category_word(before.core)) return before.suffix.empty();
    bool joiner = text::is_one_of(before.core, {"and", "or"}) && before.suffix.empty();
    bool listed = speak_lettered_figure(before.core).has_value() && (before.suffix.empty() || before.suffix == ",");
    if (!joiner && !listed) return false;
  }
  return false;
}

// Words before a class code of letters and a Roman numeral.
bool is_class_code_cue(const Word& w) {
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"group", "groups", "class", "classes", "type", "types",
                                                              "category", "categories", "division", "subgroup",
                                                              "subclass", "subtype", "grade", "stage", "tier", "zone"});
}

std::optional<int> roman_value(std::string_view s) {
  static constexpr std::string_view kNumerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (std::size_t k = 0; k < std::size(kNumerals); ++k) {
    if (s == kNumerals[k]) return static_cast<int>(k) + 1;
  }
  return std::nullopt;
}

// "BIa", "AIIb", "AIII", "IIa", "Ib": one capital at most that is no numeral's letter, the
// numeral, one small letter at most. A numeral alone ("class II") is roman.cpp's; a letter and
// "I" alone ("group AI") may be an initialism, so it needs the small letter.
std::optional<std::string> roman_class_code(std::string_view core, bool graded) {
  if (core.size() < 2 || core.size() > 7) return std::nullopt;
  std::string said;
  std::string_view rest = core;
  bool lead = rest[0] != 'I' && rest[0] != 'V' && rest[0] != 'X' && text::is_upper(rest[0]);
  if (lead) {
    said = std::string(1, rest[0]) + " ";
    rest.remove_prefix(1);
  }
  bool small = !rest.empty() && rest.back() >= 'a' && rest.back() <= 'd';
  // "grade IA", "stage IIIC": a numeral and a capital sub-grade after the cue, when no capital
  // leads; eSpeak NG spelt "IA" as letters.
  // Only after "grade" or "stage": after "class" or "type" such capitals are as often a chip's
  // or a device's initialism ("class IC chip").
  bool capital = graded && !lead && rest.size() >= 2 && rest.back() >= 'A' && rest.back() <= 'C';
  if (small || capital) rest.remove_suffix(1);
  auto value = roman_value(rest);
  if (!value || (!small && !capital && (!lead || rest.size() < 2))) return std::nullopt;
  // Cancer stages and rejection grades go up to IV; higher capitals ("grade XC", "stage VA") are
  // a code's or a word's, so they read as before.
  if (capital && *value > 4) return std::nullopt;
  said += cardinal_words(std::to_string(*value));
  if (small) said += " " + std::string(1, static_cast<char>(core.back() - 'a' + 'A'));
  if (capital) said += " " + std::string(1, core.back());
  return stressed_letter_a(said);
}

}  // namespace

std::optional<std::string> speak_lettered_figure(std::string_view core) {
  std::size_t figures = text::digit_run_end(core, 0);
  std::size_t letters = core.size() - figures;
  if (figures == 0 || figures > kMaxFigures || letters == 0 || letters > kMaxLetters) return std::nullopt;
  std::string spoken = cardinal_words(core.substr(0, figures));
  for (char c : core.substr(figures)) {
    if (!text::is_upper(c)) return std::nullopt;
    spoken += ' ';
    spoken += c;
  }
  return stressed_letter_a(spoken);
}

// "size 312", "size 675": a size of three figures is a label, said in pairs ("three twelve"),
// as hearing-aid batteries' and film's ("size 120") are; no garment or shoe runs so high. A
// round hundred ("size 100") keeps its count.
std::optional<Match> three_figure_size(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() || core.size() != 3 || !text::all_digits(core) ||
      core[0] == '0' || core.substr(1) == "00" || !text::is_one_of_lowered(words[i - 1].core, {"size", "sizes"})) {
    return std::nullopt;
  }
  // "serving size 125 g", "a sample size 312": a size with a unit after it or a noun of amounts
  // before it is a quantity.
  if (words[i].suffix.empty() && i + 1 < words.size() && find_unit(words[i + 1].core)) return std::nullopt;
  if (i >= 2 && words[i - 2].suffix.empty() &&
      text::is_one_of_lowered(words[i - 2].core, {"serving", "portion", "sample", "batch", "class", "file", "font",
                                                  "team", "crowd", "population", "lot", "group", "household", "fleet",
                                                  "order", "screen", "cache", "block", "packet", "page", "step",
                                                  "market", "fund", "print", "run", "study", "cohort", "trial"})) {
    return std::nullopt;
  }
  return Match{1, paired_digit_words(core), false};
}

// The rest of an address after a flat's number: a comma, a house number ("Flat 2/1 18 Byres
// Road") or a street's name ("Flat 0/2 Byres Road").
bool address_follows(const Words& words, std::size_t i) {
  if (text::starts_with(words[i].suffix, ",")) return true;
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  if (!next.empty() && next.size() <= 4 && text::all_digits(next)) return true;
  return text::is_capitalized(next) && i + 2 < words.size() && is_street_word(words[i + 2].core);
}

// "Flat 2/1, 18 Byres Road": a Scottish tenement flat numbered by its floor and its door, said
// "two stroke one"; read as a fraction it was "two halves". Only as an address: capitalised,
// after no determiner ("the Flat 11/4 favourite" is a racing price) and before the rest of the
// address; elsewhere the slash is read as any other ("a flat 1/2 inch bar" is a measure).
std::optional<Match> floor_and_door_flat(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() || slash == std::string_view::npos ||
      words[i - 1].core != "Flat" || (i >= 2 && text::is_determiner(words[i - 2].core)) || !address_follows(words, i)) {
    return std::nullopt;
  }
  std::string_view floor = core.substr(0, slash);
  std::string_view door = core.substr(slash + 1);
  if (floor.empty() || door.empty() || floor.size() > 2 || door.size() > 2 || !text::all_digits(floor) ||
      !text::all_digits(door)) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(floor) + " stroke " + cardinal_words(door), false};
}

// The word of classes that the code at i follows: the word before it, or the one before the
// code that opens a span or a choice ("stage IA to IIB", "grade IIa or IIb").
std::optional<std::size_t> class_code_cue_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return std::nullopt;
  if (is_class_code_cue(words[i - 1])) return i - 1;
  bool joined = i >= 3 && words[i - 1].suffix.empty() && words[i - 2].suffix.empty() &&
                text::is_one_of(words[i - 1].core, {"to", "or", "and", "through"});
  if (joined && is_class_code_cue(words[i - 3])) return i - 3;
  return std::nullopt;
}

std::optional<Match> match_numbered_label(const Words& words, std::size_t i) {
  if (auto size = three_figure_size(words, i)) return size;
  if (auto flat = floor_and_door_flat(words, i)) return flat;
  if (auto cue = class_code_cue_before(words, i)) {
    bool graded = text::is_one_of_lowered(words[*cue].core, {"grade", "stage"});
    if (auto said = roman_class_code(words[i].core, graded)) return Match{1, *said, false};
  }
  // Of one or two figures: "grade 316L" is a steel's grade, said as material grades are.
  if (words[i].prefix.empty() && text::number_prefix_length(words[i].core) <= 2 && after_category_word(words, i)) {
    if (auto said = speak_lettered_figure(words[i].core)) return Match{1, *said, false};
  }
  if (i + 1 >= words.size() || !is_number_sign(words[i]) || !words[i + 1].prefix.empty()) return std::nullopt;
  auto said = speak_lettered_figure(words[i + 1].core);
  if (!said) return std::nullopt;
  return Match{2, "number " + *said, false};
}

}  // namespace briefcast::rules
