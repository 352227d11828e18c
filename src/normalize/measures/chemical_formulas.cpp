// Chemical formulas: "H2SO4" -> "H two S.O four", "CaCO3" -> "C.A.C.O three", "Fe2O3" ->
// "F.E two O three", "Ca(OH)2" -> "C.A O.H two". A formula is read as its element symbols and their counts, the letters
// spelt: left to the other rules, "So" in "H2SO4" and "No" in "NH4NO3" were the words "so"
// and "no", and "Ca" was "kah". Only a word that parses as real element symbols with at least
// one count is a formula ("NaCl" may be a name). A formula whose letters are single capitals in
// one run ("CO2", "CH4") or that never puts two symbols side by side ("H2O", "C6H12O6") reads
// well already and is left to the other rules, as are codes of that shape ("HS2", "KS1"). A
// gas mix names its noble gases by symbol ("Ar/CO2"), said by their names.
#include <array>
#include <vector>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Every element's symbol (the periodic table, 1 to 118).
constexpr std::array<std::string_view, 118> kElements = {
    "H",  "He", "Li", "Be", "B",  "C",  "N",  "O",  "F",  "Ne", "Na", "Mg", "Al", "Si", "P",  "S",  "Cl", "Ar",
    "K",  "Ca", "Sc", "Ti", "V",  "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr",
    "Rb", "Sr", "Y",  "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I",  "Xe",
    "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf",
    "Ta", "W",  "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th",
    "Pa", "U",  "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs",
    "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og"};

// Every element's name, in kElements' order.
constexpr std::array<std::string_view, 118> kElementNames = {
    "hydrogen", "helium", "lithium", "beryllium", "boron", "carbon", "nitrogen", "oxygen", "fluorine", "neon",
    "sodium", "magnesium", "aluminium", "silicon", "phosphorus", "sulfur", "chlorine", "argon", "potassium",
    "calcium", "scandium", "titanium", "vanadium", "chromium", "manganese", "iron", "cobalt", "nickel", "copper",
    "zinc", "gallium", "germanium", "arsenic", "selenium", "bromine", "krypton", "rubidium", "strontium", "yttrium",
    "zirconium", "niobium", "molybdenum", "technetium", "ruthenium", "rhodium", "palladium", "silver", "cadmium",
    "indium", "tin", "antimony", "tellurium", "iodine", "xenon", "caesium", "barium", "lanthanum", "cerium",
    "praseodymium", "neodymium", "promethium", "samarium", "europium", "gadolinium", "terbium", "dysprosium",
    "holmium", "erbium", "thulium", "ytterbium", "lutetium", "hafnium", "tantalum", "tungsten", "rhenium", "osmium",
    "iridium", "platinum", "gold", "mercury", "thallium", "lead", "bismuth", "polonium", "astatine", "radon",
    "francium", "radium", "actinium", "thorium", "protactinium", "uranium", "neptunium", "plutonium", "americium",
    "curium", "berkelium", "californium", "einsteinium", "fermium", "mendelevium", "nobelium", "lawrencium",
    "rutherfordium", "dubnium", "seaborgium", "bohrium", "hassium", "meitnerium", "darmstadtium", "roentgenium",
    "copernicium", "nihonium", "flerovium", "moscovium", "livermorium", "tennessine", "oganesson"};

// `isotopes` lets deuterium's "D" stand as a symbol ("CDCl\u2083"), only where subscripts make
// the word surely a formula: elsewhere "D" in capitals is a letter of a code.
bool is_element(std::string_view symbol, bool isotopes = false) {
  if (isotopes && symbol == "D") return true;
  for (std::string_view e : kElements) {
    if (e == symbol) return true;
  }
  return false;
}

// One run of element symbols side by side ("SO", "NaHCO") and the count after it ("4", or
// empty at the end of the formula); a run that closes a bracket carries the bracket's count
// too ("Ca(OH)2").
struct Run {
  std::string letters;  // the run's letters in capitals, for spelling ("NAHCO")
  std::size_t symbols = 0;
  bool two_letter = false;  // a symbol of two letters ("Na")
  std::string_view count;
  std::string_view group_count;
};

// The figures at k, moved past; no count starts with a zero or has more than three figures.
std::optional<std::string_view> count_at(std::string_view core, std::size_t& k) {
  std::size_t start = k;
  k = text::digit_run_end(core, k);
  std::string_view count = core.substr(start, k - start);
  if (!count.empty() && (count[0] == '0' || count.size() > 3)) return std::nullopt;
  return count;
}

// The runs of `core` when it is element symbols and counts throughout, with at most one
// bracketed group ("Al2(SO4)3").
std::optional<std::vector<Run>> formula_runs(std::string_view core, bool isotopes = false) {
  std::vector<Run> runs;
  std::size_t k = 0;
  bool open = false;
  bool grouped = false;
  while (k < core.size()) {
    if (core[k] == '(' && !grouped) {
      open = grouped = true;
      ++k;
    }
    Run run;
    while (k < core.size() && text::is_upper(core[k])) {
      std::size_t width = k + 1 < core.size() && text::is_lower(core[k + 1]) ? 2 : 1;
      if (!is_element(core.substr(k, width), isotopes)) return std::nullopt;
      run.letters.push_back(core[k]);
      if (width == 2) run.letters.push_back(static_cast<char>(core[k + 1] - 'a' + 'A'));
      run.two_letter = run.two_letter || width == 2;
      ++run.symbols;
      k += width;
    }
    auto count = count_at(core, k);
    if (run.symbols == 0 || !count) return std::nullopt;
    run.count = *count;
    if (open && k < core.size() && core[k] == ')') {
      open = false;
      auto group = count_at(core, ++k);
      if (!group || group->empty()) return std::nullopt;
      run.group_count = *group;
    }
    runs.push_back(std::move(run));
  }
  if (open) return std::nullopt;
  return runs;
}

// Words of a line about chemistry, where a formula needs no count to be one ("NaCl", "KOH").
bool tells_of_chemistry(std::string_view core) {
  return text::is_one_of_lowered(core, {"salt", "salts", "chloride", "sodium", "potassium", "lithium", "chemical",
                                        "chemicals", "chemistry", "compound", "compounds", "formula", "acid", "acids",
                                        "hydroxide", "oxide", "solution", "molecule", "molecules", "crystal", "crystals",
                                        "reaction", "ions", "electrolyte", "laboratory", "mineral", "dissolved"});
}

// Words of chips and power electronics, where the compound semiconductors are named by their
// formulas ("SiC MOSFETs", "GaN chargers", "InP lasers", "SiGe wafers"): eSpeak NG said "SiC"
// as "sick" and "GaN" as "gan", one syllable a listener does not place.
bool tells_of_semiconductors(std::string_view core) {
  return text::is_one_of_lowered(core, {"wafer", "wafers", "chip", "chips", "chipmaker", "semiconductor",
                                        "semiconductors", "substrate", "substrates", "mosfet", "mosfets", "transistor",
                                        "transistors", "inverter", "inverters", "epitaxy", "epitaxial", "diode",
                                        "diodes", "foundry", "fab", "fabs", "bandgap", "wide-bandgap", "charger",
                                        "chargers", "laser", "lasers"});
}

// Capitals closed by a lower-case "s" ("PFCs", "WCs", "CNTs") are an initialism's plural, not
// a formula ending in caesium or tennessine.
bool is_initialism_plural(std::string_view core) {
  if (core.size() < 3 || core.back() != 's') return false;
  for (std::size_t k = 0; k + 1 < core.size(); ++k) {
    if (!text::is_upper(core[k])) return false;
  }
  return true;
}

// The runs said in turn, their letters spelt, each count after its run.
std::string spoken_runs(const std::vector<Run>& runs) {
  std::string out;
  for (const Run& run : runs) {
    if (!out.empty()) out.push_back(' ');
    out += spelled_letters(run.letters);
    if (!run.count.empty()) out += " " + cardinal_words(run.count);
    // "Al2(SO4)3": a pause parts the bracket's count from the last symbol's ("S.O four, three").
    if (!run.group_count.empty()) out += (run.count.empty() ? " " : ", ") + cardinal_words(run.group_count);
  }
  return out;
}

}  // namespace

std::optional<std::string_view> element_name(std::string_view symbol) {
  for (std::size_t k = 0; k < kElements.size(); ++k) {
    if (kElements[k] == symbol) return kElementNames[k];
  }
  return std::nullopt;
}

// "NaCl", "NaOH", "LiCl": in a line about chemistry a short word of element symbols side by
// side, one of two letters, is a formula without counts, spelt ("N.A.C.L") as a chemist reads
// it; left alone the engine says a word ("nackle"). So is a compound semiconductor among words
// of chips ("a SiC line" -> "S.I.C"). Elsewhere such a word may be a name ("NoHo").
std::optional<Match> match_uncounted_formula(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.size() > 6 || !text::is_upper(core[0]) || !words[i].prefix.empty()) return std::nullopt;
  auto runs = formula_runs(core);
  if (!runs || runs->size() != 1) return std::nullopt;
  if (is_initialism_plural(core)) return std::nullopt;
  const Run& run = runs->front();
  if (run.symbols < 2 || !run.two_letter || !run.count.empty() || !run.group_count.empty()) return std::nullopt;
  if (!text::any_word_near(words, i, 12, tells_of_chemistry) && !text::any_word_near(words, i, 12, tells_of_semiconductors)) {
    return std::nullopt;
  }
  return Match{1, spelled_letters(run.letters), false};
}

namespace {

// The noble gases a welder's or a diver's mix names by symbol, said by their names: "Ar" in a
// mix is argon, never the syllable "ar".
constexpr std::array<text::Said, 5> kNobleGases = {
    {{"Ar", "argon"}, {"He", "helium"}, {"Ne", "neon"}, {"Kr", "krypton"}, {"Xe", "xenon"}}};

// The other gases of a mix, written with plain or subscript figures.
bool is_mix_gas(std::string_view part) {
  return text::is_one_of(part, {"CO2", "O2", "N2", "H2", "CO\u2082", "O\u2082", "N\u2082", "H\u2082"});
}

// Words of shielding and breathing gases, where a lone "Ar" is argon ("pure Ar at 12 L/min").
bool tells_of_gas(std::string_view w) {
  return tells_of_welding(w) ||
         text::is_one_of_lowered(w, {"gas", "gases", "shielding", "shield", "purge", "purging", "cylinder", "cylinders",
                                     "mix", "mixture", "inert", "plasma", "flow", "l/min", "lpm", "cfh"});
}

}  // namespace

// "Ar/CO\u2082", "Ar/He", "Ar/O2": a gas mix, its parts slashed; the noble gases said by their
// names and the others spelt with their counts ("argon C.O two"), the slash unsaid. A lone "Ar"
// among words of gas is argon too. Elsewhere "He" is the pronoun, so only a mix of named gases,
// one of them noble, is read so.
std::optional<Match> match_gas_mix(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty() || core.size() < 2 || core.size() > 24) return std::nullopt;
  if (core == "Ar") {
    if (!text::any_word_near(words, i, 6, tells_of_gas)) return std::nullopt;
    return Match{1, "argon", false};
  }
  std::vector<std::string_view> parts = text::split(core, '/');
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  std::string spoken;
  bool noble = false;
  for (std::string_view part : parts) {
    std::optional<std::string> said;
    if (auto name = text::said_for(kNobleGases, part)) {
      said = std::string(*name);
      noble = true;
    } else if (is_mix_gas(part)) {
      said = text::is_digit(part.back()) ? speak_formula_symbols(part) : speak_subscript_formula(part);
    }
    if (!said) return std::nullopt;
    spoken += (spoken.empty() ? "" : " ") + *said;
  }
  if (!noble) return std::nullopt;
  return Match{1, spoken, false};
}

std::optional<std::string> speak_formula_symbols(std::string_view core) {
  if (core.empty() || core.size() > 40 || !text::is_upper(core[0])) return std::nullopt;
  auto runs = formula_runs(core, true);
  if (!runs) return std::nullopt;
  return spoken_runs(*runs);
}

std::optional<std::string> speak_chemical_formula(std::string_view core) {
  if (core.size() < 3 || core.size() > 40 || !text::is_upper(core[0])) return std::nullopt;
  auto runs = formula_runs(core);
  if (!runs) return std::nullopt;
  std::size_t symbols = 0;
  bool counted = false;
  bool two_letter = false;
  bool side_by_side = false;
  for (const Run& run : *runs) {
    symbols += run.symbols;
    counted = counted || !run.count.empty() || !run.group_count.empty();
    two_letter = two_letter || run.two_letter;
    side_by_side = side_by_side || run.symbols >= 2;
  }
  // "No1", "Li3": one symbol with a count is no formula a reader needs; "CO2", "HS2": one run
  // of single capitals reads as now.
  // "SO2", "NO2": one run whose capitals make a word ("so", "no") is spelt, or it is said as the word.
  bool word_run = runs->size() == 1 && side_by_side && text::is_one_of((*runs)[0].letters, {"SO", "NO", "OH"});
  if (!counted || symbols < 2 || !(two_letter || word_run || (side_by_side && runs->size() >= 2))) return std::nullopt;
  return spoken_runs(*runs);
}

}  // namespace briefcast::rules
