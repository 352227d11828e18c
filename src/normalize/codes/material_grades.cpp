// A metal's designation before the word of the metal or after "grade": a steel's grade with a
// letter for its low carbon ("316L", "904L"), an alloy's four figures ("7075 aluminium", "grade
// 5052", "6061-T6" with its temper) and a stainless steel's chromium and nickel ("18/8
// stainless"). Each is a name said as the trade says it, by its figures in pairs ("three
// sixteen L", "seventy seventy five", "sixty sixty one T six", "eighteen eight"). The unit
// rules read the "L" as liters ("nine hundred four liters steel"), four figures were a count
// ("seven thousand seventy five aluminium") and "18/8" a fraction ("eighteen eighths"). A
// lettered grade ("316L", "316Ti", "304H", "17-4PH") is one also among words of steel or welding
// in the clause around it ("TIG work on 316L"), where it had been "three hundred sixteen liters".
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_metal_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"steel", "stainless", "stainless-steel", "alloy", "grade", "aluminium", "aluminum"});
}

// Words before a designation that name it as one: "grade 5052", "alloy 7075".
bool is_grade_word(std::string_view w) { return text::is_one_of_lowered(w, {"grade", "alloy", "alloys", "grades"}); }

// "4500 steel jobs": a count of the trade's people or tonnage, not a designation.
bool is_trade_count(std::string_view w) {
  return text::is_one_of_lowered(w, {"jobs", "workers", "employees", "staff", "people", "tonnes", "tons", "positions"});
}

// "-T6", "-T651", "-H32", "-O": an alloy's temper, a capital and up to four figures.
std::optional<std::string> temper_words(std::string_view t) {
  if (t.empty() || t.size() > 5 || !text::is_upper(t[0]) || !text::all_digits(t.substr(1))) return std::nullopt;
  if (t.size() == 1) return letter_names(t);
  return letter_names(t.substr(0, 1)) + " " + paired_digit_words(t.substr(1));
}

// The letters a stainless grade may carry after its three figures: low carbon ("316L"), with
// nitrogen ("316LN"), high carbon ("304H"), or titanium or niobium stabilised ("316Ti", "347Cb").
bool is_grade_suffix(std::string_view s) { return text::is_one_of(s, {"L", "LN", "H", "Ti", "Cb", "Nb"}); }

// "316L", "316Ti", "304H": three figures and the grade's letters, said in pairs and letters.
std::optional<std::string> suffixed_grade(std::string_view core) {
  if (core.size() < 4 || core.size() > 5 || !text::all_digits(core.substr(0, 3)) || !is_grade_suffix(core.substr(3))) {
    return std::nullopt;
  }
  std::string letters(core.substr(3));
  for (char& c : letters) c = text::is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
  return paired_digit_words(core.substr(0, 3)) + " " + letter_names(letters);
}

// "17-4PH", "15-5PH": a precipitation-hardening steel, its chromium and nickel, then "PH".
std::optional<std::string> hardening_grade(std::string_view core) {
  if (!text::ends_with(core, "PH")) return std::nullopt;
  auto pair = text::figure_pair(core.substr(0, core.size() - 2), '-', 2);
  if (!pair || pair->left.size() != 2 || pair->right.size() != 1) return std::nullopt;
  return cardinal_words(pair->left) + " " + cardinal_words(pair->right) + " P H";
}

// Words of the steel trades near a suffixed grade: there "316L" is the grade, not 316 liters.
bool tells_of_steel(std::string_view w) {
  return tells_of_welding(w) ||
         text::is_one_of_lowered(w, {"steel", "steels", "stainless", "stainless-steel", "filler", "austenitic",
                                     "ferritic", "martensitic", "duplex", "alloy", "alloys", "grade", "grades",
                                     "passivated", "pickled", "corrosion"});
}

// "316L", "17-4PH" with a word of steel in the clause around it. A round figure ("a 250L drum
// by the welding bay") stays a measure: round litres are far commoner in running text than the
// few grades that end in a zero (310H, 430Ti), which this reading gives up.
std::optional<std::string> cued_grade(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  bool round = core.size() >= 4 && text::is_digit(core[2]) && core[2] == '0';
  if (round || !text::any_word_near(words, i, 8, tells_of_steel)) return std::nullopt;
  if (auto said = suffixed_grade(core)) return said;
  return hardening_grade(core);
}

// "7075", "6061-T6", "2024-T3": four figures, not a round count, with a temper at most. A year
// ("the 2018 steel tariffs") is one unless "grade" or "alloy" names it or a temper follows.
std::optional<std::string> alloy_number(std::string_view core, bool named) {
  std::size_t dash = core.find('-');
  std::string_view figures = core.substr(0, dash);
  if (figures.size() != 4 || !text::all_digits(figures) || figures.substr(2) == "00") return std::nullopt;
  std::string said = paired_digit_words(figures);
  if (dash != std::string_view::npos) {
    auto temper = temper_words(core.substr(dash + 1));
    if (!temper) return std::nullopt;
    return said + " " + *temper;
  }
  bool year_like = text::starts_with(figures, "19") || text::starts_with(figures, "20");
  if (year_like && !named) return std::nullopt;
  return said;
}

// "18/8", "18/10": a stainless steel's chromium and nickel, each said as a figure.
std::optional<std::string> chromium_nickel(std::string_view core) {
  auto pair = text::figure_pair(core, '/', 2);
  if (!pair || pair->left != "18") return std::nullopt;
  return cardinal_words(pair->left) + " " + cardinal_words(pair->right);
}

}  // namespace

namespace {

bool is_framing_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"beam", "beams", "column", "columns", "girder", "girders", "joist", "joists",
                                     "section", "sections", "member", "members", "steel", "steelwork", "erectors",
                                     "purlin", "purlins", "lintel", "framing", "frame", "shapes", "shape"});
}

// "W14x90 columns", "C10x15.3": a rolled steel section's shape letters, its nominal depth in
// inches and its weight in pounds per foot, said "W fourteen by ninety" among words of framing
// (the letters and "x" were read apart: "W fourteen x ninety").
std::optional<Match> steel_section(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t letters = 0;
  while (letters < core.size() && letters < 2 && text::is_upper(core[letters])) ++letters;
  std::string_view shape = core.substr(0, letters);
  if (!text::is_one_of(shape, {"W", "S", "HP", "C", "MC", "WT"})) return std::nullopt;
  std::size_t x = core.find('x', letters);
  if (x == std::string_view::npos) return std::nullopt;
  std::string_view depth = core.substr(letters, x - letters);
  auto weight = text::parse_plain_figure(core.substr(x + 1));
  if (depth.empty() || depth.size() > 2 || !text::all_digits(depth) || !weight || weight->negative) return std::nullopt;
  if (!text::any_word_near(words, i, 5, is_framing_word)) return std::nullopt;
  return Match{1, std::string(shape) + " " + cardinal_words(depth) + " by " + number_words(*weight, false), false};
}

bool tells_of_fasteners(std::string_view w) {
  return text::is_one_of_lowered(w, {"stainless", "steel", "screws", "screw", "bolts", "bolt", "nuts", "fasteners",
                                     "fastener", "fixings", "anchors", "grade", "grades", "class"});
}

// "A4-70", "A2-80": a stainless fastener's steel group and its strength class, one name said
// "A-four-seventy" as fitters say it. Joined by hyphens, eSpeak NG says the letter "ay"; apart
// it said the article "uh", and a comma before "seventy screws" made it a count.
std::optional<std::string> stainless_fastener_class(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core[0] != 'A' || core[1] < '1' || core[1] > '5' || core[2] != '-') return std::nullopt;
  std::string_view strength = core.substr(3);
  // The shape is the trade's own, so a word of fasteners within a sentence's reach will do: a
  // second class often comes late in a comparison ("A4-70 screws ... better than A2-70").
  if (!text::is_one_of(strength, {"50", "70", "80", "100"}) || !text::any_word_near(words, i, 12, tells_of_fasteners)) {
    return std::nullopt;
  }
  return "A-" + cardinal_words(core.substr(1, 1)) + "-" + cardinal_words(strength);
}

}  // namespace

std::optional<Match> match_material_grade(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (auto m = steel_section(words, i)) return m;
  if (auto said = stainless_fastener_class(words, i); said && words[i].prefix.empty()) return Match{1, *said, false};
  if (!words[i].prefix.empty() || core.empty() || core[0] == '0' || !text::is_digit(core[0])) return std::nullopt;
  // The metal named right after the designation ("316L stainless"), or a grade's word before it.
  // "1095 carbon steel", "O1 tool steel": a kind of steel between the grade and the metal.
  bool kind = words[i].suffix.empty() && i + 2 < words.size() && words[i + 1].suffix.empty() &&
              text::is_one_of_lowered(words[i + 1].core, {"carbon", "high-carbon", "tool", "spring", "alloy"}) &&
              text::is_one_of_lowered(words[i + 2].core, {"steel", "steels"}) &&
              !(i + 3 < words.size() && is_trade_count(words[i + 3].core));
  bool after = kind || (words[i].suffix.empty() && i + 1 < words.size() && is_metal_word(words[i + 1].core) &&
                        !(i + 2 < words.size() && is_trade_count(words[i + 2].core)));
  bool named = i > 0 && words[i - 1].suffix.empty() && is_grade_word(words[i - 1].core);
  bool before = named || (i > 0 && words[i - 1].suffix.empty() && is_metal_word(words[i - 1].core));
  if (!after && !before) {
    if (auto said = cued_grade(words, i)) return Match{1, *said, false};
    return std::nullopt;
  }
  if (auto said = suffixed_grade(core)) return Match{1, *said, false};
  if (auto said = hardening_grade(core)) return Match{1, *said, false};
  if (auto said = alloy_number(core, named)) return Match{1, *said, false};
  // "304 stainless": a stainless steel's three figures, in pairs as "316L" is.
  if (after && core.size() == 3 && text::all_digits(core) && core.substr(1) != "00" &&
      text::is_one_of_lowered(words[i + 1].core, {"stainless", "stainless-steel"})) {
    return Match{1, paired_digit_words(core), false};
  }
  if (after && !text::is_one_of_lowered(words[i + 1].core, {"aluminium", "aluminum", "alloy", "grade"})) {
    if (auto said = chromium_nickel(core)) return Match{1, *said, false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
