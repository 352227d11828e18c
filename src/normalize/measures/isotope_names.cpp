// A radionuclide written as its element's symbol, a hyphen and its mass number, as radiation
// and nuclear copy writes it: "Cs-137", "Sr-90", "U-235". Said with the element's name, as
// reporters and scientists say it ("caesium one thirty-seven", "uranium two thirty-five");
// left to the code rules the symbol was spelt ("C S one thirty seven") and the element lost.
// A two-letter symbol with a mass number its element has is read so anywhere; a one-letter one
// ("U-235", "H-3", "C-14") is also a submarine, a road or a model, so only in a line about
// radiation or nuclear matter.
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
    {"H", "hydrogen", 2, 3},      {"C", "carbon", 11, 14},        {"F", "fluorine", 18, 18},
    {"K", "potassium", 40, 40},   {"I", "iodine", 123, 131},      {"U", "uranium", 232, 238},
    {"Cs", "caesium", 133, 137},  {"Sr", "strontium", 85, 90},    {"Co", "cobalt", 57, 60},
    {"Pu", "plutonium", 238, 242}, {"Am", "americium", 241, 243}, {"Ra", "radium", 223, 228},
    {"Rn", "radon", 220, 222},    {"Tc", "technetium", 99, 99},   {"Xe", "xenon", 131, 135},
    {"Kr", "krypton", 85, 85},    {"Th", "thorium", 228, 232},    {"Po", "polonium", 210, 210},
    {"Ir", "iridium", 192, 192},  {"Lu", "lutetium", 177, 177},   {"Ac", "actinium", 225, 227},
    {"Np", "neptunium", 237, 239}, {"Cm", "curium", 242, 248},    {"Ga", "gallium", 67, 68},
};

bool tells_of_radiation(std::string_view core) {
  return text::is_one_of_lowered(core, {"nuclear", "radiation", "radioactive", "radioactivity", "isotope", "isotopes",
                                        "enriched", "enrichment", "uranium", "reactor", "reactors", "tritium",
                                        "becquerels", "bq/l", "bq/kg", "bq", "dose", "decay", "half-life", "fallout",
                                        "contamination", "contaminated", "caesium", "cesium", "plutonium", "radiocarbon",
                                        "fission", "fuel", "tracer", "radionuclide", "radionuclides", "sieverts"});
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
  for (const Element& e : kElements) {
    if (e.symbol != symbol || number < e.lightest || number > e.heaviest) continue;
    if (symbol.size() == 1 && !text::any_word(words, tells_of_radiation)) return std::nullopt;
    return Match{1, std::string(e.name) + " " + paired_digit_words(mass), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
