// A lexicon of acronyms newsreaders say as words though their letters have no English word's
// shape, so the word-shape test in acronym.cpp spells them: "PFAS" is "PEE-fass", "IELTS"
// "EYE-elts", "HIPAA" "HIP-uh", "JSON" "JAY-son". Each respelling is checked with
// `espeak-ng -x` to come out as people say it (the capitals were spelled, "P F A S").
// Only acronyms with one settled spoken form in the news are listed; those said either way
// ("SQL", "GIF" as "jif") keep the engine's reading.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr text::Said kSaidAcronyms[] = {
    {"PFAS", "Peefass"},   // the "forever chemicals"
    // The US aid agency: the country's letters, then the word "aid". No rule of shape says it:
    // spelt whole ("U.S.A.I.D") or read as a word ("usaid") it is not what newsreaders say.
    {"USAID", "U.S aid"},
    {"IELTS", "Eye-elts"}, {"TOEFL", "Toefl"},  // English tests
    {"MRSA", "Mersa"},     {"HIPAA", "Hippa"},  {"HIIT", "Hit"},  {"CAMHS", "Camms"},
    {"HUD", "Hud"},        {"FAANG", "Fang"},   {"REIT", "Reet"}, {"GAAP", "Gap"},  {"HECS", "Hecks"},
    {"JSOC", "Jaysock"},   {"JDAM", "Jay-dam"}, {"THAAD", "Thad"}, {"MIRV", "Merv"},
    {"JSON", "Jayson"},    {"GUI", "Gooey"},    {"DAZN", "Da Zone"},
    {"MIG", "Mig"},        {"TIG", "Tig"},  // welding with metal or tungsten in inert gas
    {"MERV", "Merv"},  // an air filter's rating, "a MERV 13 filter"
    {"ARPU", "Arpu"},  // a network's average revenue per user, "AR-poo"
    {"SAAR", "Saar"},  // a seasonally adjusted annual rate of sales or starts, "sar"
    {"DDOS", "Dee-doss"},  // a distributed denial of service, written "DDoS"
    {"CISO", "Seeso"},     // a chief information security officer
    {"TCAS", "Tee-cas"},   // an airliner's traffic collision avoidance system
    {"GWAS", "Gee-wass"},  // a genome-wide association study, "GEE-wahs"
    {"RASM", "Rasm"}, {"CASM", "Casm"}, {"PRASM", "Prasm"},  // airline unit revenue and cost, "RAZ-um"
    {"NICS", "Nicks"},     // the US background check system for gun buyers
    {"QAPI", "Kwahpee"},   // a care home's quality assurance and performance improvement
    {"CANDU", "Candoo"},   // Canada's heavy-water reactor, "CAN-doo"
    {"INES", "Eeness"},    // the nuclear event scale, "EE-ness"
    {"APHIS", "Ehfiss"},   // the US animal and plant health inspectors, "AY-fiss"; eSpeak NG said "uh-FIZE"
    {"EPIRB", "Eeperb"},   // a distress beacon, "EE-perb"; eSpeak NG said "EP-ee-urb"
};

// Initialisms with a word's shape that eSpeak NG said as one syllable ("EIRP" was "irp"): the
// trade spells them, letter by letter.
constexpr std::string_view kSpelledInitialisms[] = {
    "EIRP",  // a transmitter's effective isotropic radiated power
    "UKAB",  // the UK Airprox Board, "you-cab" as a word
    "HUID",  // a hallmark's unique identification code, "hew-id" as a word
    "USCIS",  // the US immigration agency, "usk-iss" as a word
    "IMTO",   // an international money transfer operator, "im-toe" as a word
    "APPA",   // the US pet products trade body, "appa" as a word
    "IRDAI",  // India's insurance regulator, "er-dye" as a word
};

}  // namespace

std::optional<std::string_view> listed_said_acronym(std::string_view capitals) { return text::said_for(kSaidAcronyms, capitals); }

bool listed_spelled_initialism(std::string_view capitals) {
  for (std::string_view spelled : kSpelledInitialisms) {
    if (capitals == spelled) return true;
  }
  return false;
}

}  // namespace briefcast::rules
