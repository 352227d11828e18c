// Airliners named by their family number alone: "the 737-800", "an A320-200", "A350-1000",
// "787-9s", "the 737 MAX 8". Without the maker before it ("Boeing 737-800" is read in
// year.cpp) the figures were a range, "seven hundred thirty seven to eight hundred". The
// family numbers are few and known, so the family itself is the cue: Boeing's 707 to 787 and
// Airbus's A220 to A380 (and after its maker's name, ATR's 42 and 72). Each is said as a label in pairs ("seven thirty seven", "A three
// twenty"), and the variant as year.cpp says it. Two more aviation labels are said as pilots
// and controllers say them, figure by figure: a flight level ("FL370") and a runway ("27L",
// both ends "09L/27R").
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "737", "A320": the family's spoken name, or nothing when the figures name no airliner family.
std::optional<std::string> family(std::string_view s) {
  bool boeing = s.size() == 3 && s[0] == '7' && s[2] == '7' && s[1] >= '0' && s[1] <= '8';
  if (boeing) return paired_digit_words(s);
  std::string_view figures = s.substr(s.empty() ? 0 : 1);
  bool airbus = s.size() == 4 && s[0] == 'A' && text::all_digits(figures) &&
                text::is_one_of(figures, {"220", "300", "310", "318", "319", "320", "321", "330", "340", "350", "380"});
  if (airbus) return "A " + paired_digit_words(figures);
  return std::nullopt;
}

// Words before which figures are a list's or a page's span, not a model ("pages 737-800").
bool counts_before(const Words& words, std::size_t i) {
  if (i == 0) return false;
  return text::is_one_of_lowered(words[i - 1].core, {"pages", "pp", "page", "between", "from", "lines", "items", "rows", "numbers", "nos"});
}

// "777X", "A321XLR", "767F": a family with the capitals of a variant or a freighter after it,
// said as the family and those letters ("seven seventy seven X", never "times").
std::optional<std::string> lettered_family(std::string_view core) {
  std::size_t figures_end = !core.empty() && core[0] == 'A' ? 4 : 3;
  if (core.size() <= figures_end || core.size() > figures_end + 3) return std::nullopt;
  auto name = family(core.substr(0, figures_end));
  std::string_view letters = core.substr(figures_end);
  if (!name || !text::all_alpha(letters) || !text::all_upper(letters) || letters == "MAX") return std::nullopt;
  return *name + " " + spelled_letters(letters);
}

// "FL370", "FL 240": a flight level, hundreds of feet said figure by figure ("flight level
// three seven zero"); read as it stands it was the letters "F L" and a count.
std::optional<Match> flight_level(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t count = 1;
  std::string_view figures = core.size() > 2 && core.substr(0, 2) == "FL" ? core.substr(2) : "";
  if (core == "FL" && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    figures = words[i + 1].core;
    count = 2;
  }
  if ((figures.size() != 2 && figures.size() != 3) || !text::all_digits(figures)) return std::nullopt;
  return Match{count, "flight level " + digit_words(figures), false};
}

// "27L", "09", "36C": a runway's heading in tens of degrees (01 to 36) and maybe its side,
// said figure by figure ("two seven left"), with the heading for comparison.
struct RunwayEnd {
  int heading = 0;
  char side = 0;
  std::string spoken;
};

std::optional<RunwayEnd> runway_end(std::string_view s) {
  if (s.size() < 2 || s.size() > 3 || !text::all_digits(s.substr(0, 2))) return std::nullopt;
  int heading = (s[0] - '0') * 10 + (s[1] - '0');
  char side = s.size() == 3 ? s[2] : 0;
  std::string_view said = side == 'L' ? " left" : side == 'R' ? " right" : side == 'C' ? " center" : "";
  if (heading < 1 || heading > 36 || (side != 0 && said.empty())) return std::nullopt;
  return RunwayEnd{heading, side, digit_words(s.substr(0, 2)) + std::string(said)};
}

bool after_runway_word(const Words& words, std::size_t i) {
  return i > 0 && text::is_one_of_lowered(words[i - 1].core, {"runway", "runways", "rwy"});
}

// "runway 27L", "runways 09R and 27C": a runway's heading and its side, "two seven left".
// Without the word "runway" before it "27L" may be liters.
std::optional<Match> runway(const Words& words, std::size_t i) {
  auto end = runway_end(words[i].core);
  bool after_runway = after_runway_word(words, i) || (i > 2 && text::is_one_of(words[i - 1].core, {"and", "or"}) &&
                                                      text::is_one_of_lowered(words[i - 3].core, {"runway", "runways"}));
  if (!end || end->side == 0 || !after_runway) return std::nullopt;
  return Match{1, end->spoken, false};
}

}  // namespace

// "09L/27R" -> "zero nine left, two seven right": the two ends of one runway point opposite
// ways, so their headings are eighteen apart and a left end faces a right one. Read as a
// measure "09L" was "nine liters". Without sides ("09/27" may be a date) only after "runway".
std::optional<Match> match_runway_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (!words[i].prefix.empty() || core.size() > 7 || slash == std::string_view::npos) return std::nullopt;
  auto a = runway_end(core.substr(0, slash));
  auto b = runway_end(core.substr(slash + 1));
  if (!a || !b || (a->heading - b->heading != 18 && b->heading - a->heading != 18)) return std::nullopt;
  char mirrored = a->side == 'L' ? 'R' : a->side == 'R' ? 'L' : a->side;
  if (b->side != mirrored || (a->side == 0 && !after_runway_word(words, i))) return std::nullopt;
  return Match{1, a->spoken + ", " + b->spoken, false};
}

namespace {

}  // namespace

std::optional<Match> match_aircraft(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (auto level = flight_level(words, i)) return level;
  if (auto heading = runway(words, i)) return heading;
  if (counts_before(words, i)) return std::nullopt;
  if (auto lettered = lettered_family(core)) return Match{1, *lettered, false};
  // "its 787s", "A380s": the planes of one family.
  if (core.size() > 1 && core.back() == 's') {
    if (auto name = family(core.substr(0, core.size() - 1))) return Match{1, pluralize_last_word(*name), false};
  }
  std::size_t dash = core.find('-');
  if (dash != std::string_view::npos) {
    auto name = family(core.substr(0, dash));
    // "ATR 72-600", "ATR 42-500": the turboprop's two families, named only after the maker.
    bool atr = i > 0 && words[i - 1].core == "ATR" && words[i - 1].suffix.empty() &&
               text::is_one_of(core.substr(0, dash), {"42", "72"});
    if (atr) name = cardinal_words(core.substr(0, dash));
    if (!name) return std::nullopt;
    std::string_view variant = core.substr(dash + 1);
    // Airbus's thousand: "A350-1000", "A350-1000s".
    std::string_view thousands = variant.substr(0, 4);
    if (thousands == "1000" && (variant.size() == 4 || variant.substr(4) == "s")) {
      return Match{1, *name + (variant.size() == 4 ? " one thousand" : " one thousands"), false};
    }
    if (auto said = model_variant(variant, false)) return Match{1, *name + " " + *said, false};
    // "787-10", "787-10s": a variant of two figures.
    std::string_view figures = variant.substr(0, 2);
    bool plural = variant.size() == 3 && variant[2] == 's';
    if (figures.size() == 2 && text::all_digits(figures) && figures[0] != '0' && (variant.size() == 2 || plural)) {
      std::string said = cardinal_words(figures);
      return Match{1, *name + " " + (plural ? pluralize_last_word(said) : said), false};
    }
    return std::nullopt;
  }
  // "the 737 MAX", "a 787 jet": the family alone before a word that names the aircraft.
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return std::nullopt;
  auto name = family(core);
  std::string next = text::lower(words[i + 1].core);
  if (!name || !text::is_one_of(next, {"max", "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "aircraft",
                                       "plane", "planes", "dreamliner", "dreamliners", "neo", "freighter", "freighters"})) {
    return std::nullopt;
  }
  return Match{1, *name, false};
}

}  // namespace briefcast::rules
