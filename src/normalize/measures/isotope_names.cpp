// A radionuclide written as its element's symbol, a hyphen and its mass number, as radiation
// and nuclear copy writes it: "Cs-137", "Sr-90", "U-235". Said with the element's name, as
// reporters and scientists say it ("caesium one thirty-seven", "uranium two thirty-five");
// left to the code rules the symbol was spelt ("C S one thirty seven") and the element lost.
// A two-letter symbol with a mass number its element has is read so anywhere; a one-letter one
// ("U-235", "H-3", "C-14") is also a submarine, a road or a jet, so only with a radioactive mass
// number of its element, in a line about radioactivity, with no noun after it and no article or
// name before it.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

struct Element {
  std::string_view symbol;
  std::string_view name;
  int lightest;  // the range of mass numbers its isotopes in the news have
  int heaviest;
};

constexpr Element kElements[] = {
    {"Cs", "caesium", 133, 137},  {"Sr", "strontium", 85, 90},    {"Co", "cobalt", 57, 60},
    {"Pu", "plutonium", 238, 242}, {"Am", "americium", 241, 243}, {"Ra", "radium", 223, 228},
    {"Rn", "radon", 220, 222},    {"Tc", "technetium", 99, 99},   {"Xe", "xenon", 131, 135},
    {"Kr", "krypton", 85, 85},    {"Th", "thorium", 228, 232},    {"Po", "polonium", 210, 210},
    {"Ir", "iridium", 192, 192},  {"Lu", "lutetium", 177, 177},   {"Ac", "actinium", 225, 227},
    {"Np", "neptunium", 237, 239}, {"Cm", "curium", 242, 248},    {"Ga", "gallium", 67, 68},
};

// A one-letter symbol's radioactive isotopes in the news, each by its mass number; the common
// stable ones ("C-12", "C-13", "H-1", "H-2") are left out, as "C-12" is an aircraft and "H-2" a road.
struct OneLetterIsotope {
  std::string_view symbol;
  std::string_view name;
  int mass;
};

constexpr OneLetterIsotope kOneLetterIsotopes[] = {
    {"H", "hydrogen", 3},  {"C", "carbon", 11},   {"C", "carbon", 14},   {"F", "fluorine", 18},
    {"K", "potassium", 40}, {"I", "iodine", 123},  {"I", "iodine", 124},  {"I", "iodine", 125},
    {"I", "iodine", 129},  {"I", "iodine", 131},  {"U", "uranium", 232}, {"U", "uranium", 233},
    {"U", "uranium", 234}, {"U", "uranium", 235}, {"U", "uranium", 236}, {"U", "uranium", 238},
};

// Words only a line about radioactivity uses. Not "fuel", "dose", "nuclear", "uranium",
// "contaminated", "enriched" or "tracer": road, aviation and military copy use them beside an
// "I-129" freeway or an "F-18" jet.
bool tells_of_radioactivity(std::string_view core) {
  if (text::ends_with(core, "'s")) core.remove_suffix(2);  // "the reactor's core"
  return text::is_one_of_lowered(core, {"isotope", "isotopes", "radioactive", "radioactivity", "radiation",
                                        "radionuclide", "radionuclides", "becquerel", "becquerels", "bq", "bq/l",
                                        "bq/kg", "bq/m3", "sievert", "sieverts", "millisievert", "millisieverts", "sv",
                                        "msv", "half-life", "tritium", "enrichment", "reactor", "reactors", "fallout"});
}

// "launched an F-18", "the German U-235": after an article, a determiner or a capitalised word
// the code names one craft or road; an isotope in prose follows a verb, a preposition, a figure
// or a bracket ("traces of I-131", "enriched to 5% U-235", "tritium (H-3)").
bool names_a_vehicle_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return false;
  std::string_view before = words[i - 1].core;
  // A capital that opens the sentence ("Radioactive I-131 was found", "Both I-131 and ...") is
  // no name.
  bool opens_sentence = i == 1 || text::ends_with(words[i - 2].suffix, ".") || text::ends_with(words[i - 2].suffix, ":");
  return words[i - 1].suffix.empty() && !before.empty() &&
         (text::is_determiner(before) || text::is_determiner(text::lower(before)) ||
          (text::is_upper(before[0]) && !opens_sentence));
}

// "U-235", "H-3": a one-letter symbol is also a submarine, a road, a jet or a missile, so it
// names an isotope only with one of its element's radioactive mass numbers, in a line about
// radioactivity, and with no lower-case noun after it ("the I-129 freeway", "a U-234 hull").
std::optional<std::string_view> one_letter_isotope(const Words& words, std::size_t i, std::string_view symbol, int mass) {
  for (const OneLetterIsotope& e : kOneLetterIsotopes) {
    if (e.symbol != symbol || e.mass != mass) continue;
    if (plain_noun_after(words, i) || names_a_vehicle_before(words, i) || !text::any_word(words, tells_of_radioactivity)) {
      return std::nullopt;
    }
    return e.name;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_isotope_name(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || dash + 1 >= core.size()) return std::nullopt;
  std::string_view mass = core.substr(dash + 1);
  if (!text::all_digits(mass) || mass.size() > 3 || mass[0] == '0') return std::nullopt;
  std::string_view symbol = core.substr(0, dash);
  int number = std::stoi(std::string(mass));
  if (symbol.size() == 1) {
    auto name = one_letter_isotope(words, i, symbol, number);
    if (!name) return std::nullopt;
    return Match{1, std::string(*name) + " " + paired_digit_words(mass), false};
  }
  for (const Element& e : kElements) {
    if (e.symbol != symbol || number < e.lightest || number > e.heaviest) continue;
    return Match{1, std::string(e.name) + " " + paired_digit_words(mass), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
