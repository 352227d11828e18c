// A road bike's wheel and tyre size in the French system: "700x28c tyres", "700 x 32c",
// "a 650c wheel". The "c" is the rim's letter, said as a letter; the "x" is "by" ("seven
// hundred by twenty-eight C"). They were "seven hundred x twenty eight c". Only the rim sizes
// the system has (650, 700) with a width of two figures, or a lone rim with a word of bikes
// near, so other figures with a "c" (pence, cents) keep their reading.
// A car tyre's codes after its size ("225/45 R17 94W"), or among words of tyres and ratings:
// the load index and speed rating, the DOT date code, and the pressures front and rear.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_rim(std::string_view s) { return s == "650" || s == "700"; }

// "28c", "32C": a width in millimetres with the rim's letter.
std::optional<std::string_view> width(std::string_view s) {
  if (s.size() != 3 || (s.back() != 'c' && s.back() != 'C') || !text::all_digits(s.substr(0, 2))) return std::nullopt;
  return s.substr(0, 2);
}

bool is_bike_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"wheel", "wheels", "tyre", "tyres", "tire", "tires", "rim", "rims", "bike", "bikes",
                                        "bicycle", "frame", "wheelset", "clearance"});
}

std::string said(std::string_view rim, std::string_view tyre) { return cardinal_words(rim) + " by " + cardinal_words(tyre) + " C"; }

constexpr std::size_t kSpan = 8;

bool is_tyre_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"tyre", "tyres", "tire", "tires", "sidewall", "sidewalls", "tread", "treads"});
}

// The words that say a code after a tyre is its load and speed ("a load index of 94", "speed rating").
bool is_rating_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"load", "speed", "rating", "ratings", "rated", "index", "indices"});
}

// "R17", "ZR18", "R17C", "R22.5": the rim's diameter in inches, radial.
bool is_rim_code(std::string_view core) {
  if (text::starts_with(core, "ZR")) core.remove_prefix(2);
  else if (text::starts_with(core, "R")) core.remove_prefix(1);
  else return false;
  if (text::ends_with(core, "C")) core.remove_suffix(1);
  if (text::ends_with(core, ".5")) core.remove_suffix(2);
  return core.size() == 2 && text::all_digits(core);
}

// "225/45R17", "P215/65R15", "LT245/75R16": a tyre's width, profile and rim; or the rim alone,
// after the width and profile in its own word ("225/45 R17").
bool is_tyre_size(std::string_view core) {
  if (is_rim_code(core)) return true;
  if (text::starts_with(core, "LT")) core.remove_prefix(2);
  else if (text::starts_with(core, "P")) core.remove_prefix(1);
  if (core.size() < 7 || core[3] != '/' || !text::all_digits(core.substr(0, 3)) || !text::all_digits(core.substr(4, 2))) {
    return false;
  }
  return is_rim_code(core.substr(6));
}

// "R17" -> "R seventeen", "ZR18" -> "Z R eighteen", "R17C" -> "R seventeen C".
std::string rim_said(std::string_view rim) {
  std::string out = text::starts_with(rim, "ZR") ? "Z R " : "R ";
  rim.remove_prefix(out.size() == 4 ? 2 : 1);
  bool commercial = text::ends_with(rim, "C");
  if (commercial) rim.remove_suffix(1);
  out += cardinal_words(rim.substr(0, 2));
  if (rim.size() > 2) out += " point five";
  return commercial ? out + " C" : out;
}

// "225/45R17" -> "two twenty five forty five R seventeen", "LT245/75" before its rim: the width
// as fitters say it, the profile and the rim. Read as a fraction it had been "two hundred
// twenty five over forty five", and glued to its rim "two hundred twenty five / forty five".
std::optional<std::string> size_said(std::string_view core, bool rim_apart) {
  std::string out;
  if (text::starts_with(core, "LT")) {
    out = "L.T ";
    core.remove_prefix(2);
  } else if (text::starts_with(core, "P")) {
    out = "P ";
    core.remove_prefix(1);
  }
  if (core.size() < 6 || core[3] != '/' || !text::all_digits(core.substr(0, 3)) || !text::all_digits(core.substr(4, 2)) ||
      core[0] == '0' || core[4] == '0') {
    return std::nullopt;
  }
  std::string_view rim = core.substr(6);
  if (rim_apart ? !rim.empty() : !is_rim_code(rim)) return std::nullopt;
  out += paired_digit_words(core.substr(0, 3)) + " " + cardinal_words(core.substr(4, 2));
  return rim.empty() ? out : out + " " + rim_said(rim);
}

std::optional<Match> tyre_size(const Words& words, std::size_t i) {
  if (auto said = size_said(words[i].core, false)) return Match{1, *said, false};
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      !is_rim_code(words[i + 1].core)) {
    return std::nullopt;
  }
  auto said = size_said(words[i].core, true);
  if (!said) return std::nullopt;
  return Match{2, *said + " " + rim_said(words[i + 1].core), false};
}

// A code after a tyre's size, or one among words of tyres and of their ratings.
bool among_tyre_codes(const Words& words, std::size_t i) {
  for (std::size_t k = i > 6 ? i - 6 : 0; k < i; ++k) {
    if (is_tyre_size(words[k].core)) return true;
  }
  return text::any_word_near(words, i, kSpan, is_tyre_word) && text::any_word_near(words, i, kSpan, is_rating_word);
}

bool is_speed_letter(char c) { return c != 'I' && c != 'O' && c != 'X' && c >= 'H' && c <= 'Z'; }

// "94" -> "ninety four", "115" -> "one fifteen": a load index, said as tyre fitters say it.
std::optional<std::string> load_index(std::string_view digits) {
  if (digits.size() < 2 || digits.size() > 3 || !text::all_digits(digits) || digits[0] == '0') return std::nullopt;
  return paired_digit_words(digits);
}

// "94W" -> "ninety four W", "115/113R" -> "one fifteen, one thirteen R": the load index, one
// for a single wheel and one for twin wheels, then the speed rating's letter. Read as a measure
// the letter had been a unit ("ninety-four-watt tyres", "ninety-one-volt").
std::optional<std::string> load_and_speed(std::string_view core) {
  if (core.size() < 3 || !is_speed_letter(core.back())) return std::nullopt;
  std::string_view digits = core.substr(0, core.size() - 1);
  std::size_t slash = digits.find('/');
  auto single = load_index(digits.substr(0, slash));
  if (!single) return std::nullopt;
  std::string letter(1, core.back());
  if (slash == std::string_view::npos) return *single + " " + letter;
  auto twin = load_index(digits.substr(slash + 1));
  if (!twin) return std::nullopt;
  return *single + ", " + *twin + " " + letter;
}

// "07" -> "oh seven", "19" -> "nineteen": a week's or a year's two figures.
std::string two_figures(std::string_view digits) {
  if (digits[0] == '0') return "oh " + std::string(digit_word(digits[1]));
  return cardinal_words(digits);
}

// "DOT ... 2319": a tyre's date code, the week and the year it was made, said in pairs
// ("twenty three nineteen"), not as a cardinal.
std::optional<Match> date_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 4 || !text::all_digits(core)) return std::nullopt;
  int week = (core[0] - '0') * 10 + (core[1] - '0');
  if (week < 1 || week > 53) return std::nullopt;
  bool after_dot = false;
  for (std::size_t k = i > 6 ? i - 6 : 0; k < i && !after_dot; ++k) {
    after_dot = words[k].core == "DOT" || (text::iequals(words[k].core, "date") && text::iequals(words[k + 1].core, "code"));
  }
  if (!after_dot || !text::any_word_near(words, i, 12, is_tyre_word)) return std::nullopt;
  return Match{1, two_figures(core.substr(0, 2)) + " " + two_figures(core.substr(2)), false};
}

bool is_pressure_unit(std::string_view core) { return text::is_one_of_lowered(core, {"psi", "bar", "kpa"}); }

// "33/30 psi", "2.2/2.4 bar": two pressures slashed before their unit, front and rear, said as two
// figures ("thirty three and thirty pounds per square inch"). A top over a smaller bottom had been
// said as a blood pressure ("thirty three over thirty"). A fraction of the unit ("1/2 bar") is left.
std::optional<Match> pressure_pair(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() ||
      !is_pressure_unit(words[i + 1].core)) {
    return std::nullopt;
  }
  auto sides = text::split(words[i].core, '/');
  if (sides.size() != 2) return std::nullopt;
  auto front = text::parse_plain_figure(sides[0]);
  auto rear = text::parse_plain_figure(sides[1]);
  if (!front || !rear || front->grouped || rear->grouped || front->integer.size() > 3 || rear->integer.size() > 3 ||
      front->integer.empty() || rear->integer.empty()) {
    return std::nullopt;
  }
  // Whole figures of one digit are a fraction ("1/2 bar") or a time signature ("12/8 bar").
  bool whole = !front->has_point && !rear->has_point;
  if (whole && (front->integer.size() < 2 || rear->integer.size() < 2)) return std::nullopt;
  // "bar" is said as written; it is no symbol of the unit table.
  auto unit = find_unit(words[i + 1].core);
  std::string said_unit = unit ? unit->many : text::lower(words[i + 1].core);
  return Match{2, number_words(*front, false) + " and " + number_words(*rear, false) + " " + said_unit, false};
}

std::optional<Match> tyre_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty()) return std::nullopt;
  if (auto m = tyre_size(words, i)) return m;
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto said = load_and_speed(core); said && among_tyre_codes(words, i)) return Match{1, *said, false};
  if (auto m = date_code(words, i)) return m;
  return pressure_pair(words, i);
}

}  // namespace

std::optional<Match> match_tyre_size(const Words& words, std::size_t i) {
  if (auto m = tyre_code(words, i)) return m;
  std::string_view core = words[i].core;
  std::size_t x = core.find_first_of("xX");
  if (x == 3 && is_rim(core.substr(0, 3))) {
    if (auto tyre = width(core.substr(4))) return Match{1, said(core.substr(0, 3), *tyre), false};
  }
  // "700c": the rim alone.
  if (core.size() == 4 && is_rim(core.substr(0, 3)) && (core[3] == 'c' || core[3] == 'C') &&
      text::any_word_near(words, i, 6, is_bike_word)) {
    return Match{1, cardinal_words(core.substr(0, 3)) + " C", false};
  }
  // "700 x 28c": spaced.
  if (!is_rim(core) || i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty() ||
      !text::is_one_of(words[i + 1].core, {"x", "X", "\u00d7"})) {
    return std::nullopt;
  }
  auto tyre = width(words[i + 2].core);
  if (!tyre) return std::nullopt;
  return Match{3, said(core, *tyre), false};
}

}  // namespace briefcast::rules
