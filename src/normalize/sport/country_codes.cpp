// The country code of a results list or a ranking after a competitor's name: "Mendez ESP
// 77,300 pts", "Lena HOLM (SWE) 2:21:05", "Berg NOR, Lutz GER". The three capitals are the
// Olympic committee's (or ISO's) code, and a newsreader says the country: "Mendez, Spain";
// spelt ("E S P") or said as a word ("Ger") they were lost. Only a code directly after a
// capitalised name and before a figure, a stop or a bracket's close, in a line of sport, is
// read so: "GER" alone or "USA Today" elsewhere stay as they are.
#include <algorithm>
#include <iterator>
#include <utility>

#include "normalize/match.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

// The clause around a code read for its sport: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 16;

// The Olympic codes of the nations most often in results, and the ISO codes that differ from
// them (DEU, NLD, CHE, ...). No code stands for two countries across the two lists.
constexpr std::pair<std::string_view, std::string_view> kCountries[] = {
    {"ALG", "Algeria"}, {"ARG", "Argentina"}, {"ARM", "Armenia"}, {"AUS", "Australia"}, {"AUT", "Austria"},
    {"AZE", "Azerbaijan"}, {"BAH", "Bahamas"}, {"BAR", "Barbados"}, {"BEL", "Belgium"}, {"BER", "Bermuda"},
    {"BLR", "Belarus"}, {"BRA", "Brazil"}, {"BRN", "Bahrain"}, {"BUL", "Bulgaria"}, {"CAN", "Canada"},
    {"CHI", "Chile"}, {"CHN", "China"}, {"CIV", "Ivory Coast"}, {"CMR", "Cameroon"}, {"COL", "Colombia"},
    {"CRC", "Costa Rica"}, {"CRO", "Croatia"}, {"CUB", "Cuba"}, {"CYP", "Cyprus"}, {"CZE", "Czech Republic"},
    {"DEN", "Denmark"}, {"DOM", "Dominican Republic"}, {"ECU", "Ecuador"}, {"EGY", "Egypt"}, {"ENG", "England"},
    {"ERI", "Eritrea"}, {"ESP", "Spain"}, {"EST", "Estonia"}, {"ETH", "Ethiopia"}, {"FIJ", "Fiji"},
    {"FIN", "Finland"}, {"FRA", "France"}, {"GBR", "Great Britain"}, {"GEO", "Georgia"}, {"GER", "Germany"},
    {"GHA", "Ghana"}, {"GRE", "Greece"}, {"GUA", "Guatemala"}, {"HKG", "Hong Kong"}, {"HUN", "Hungary"},
    {"INA", "Indonesia"}, {"IND", "India"}, {"IRI", "Iran"}, {"IRL", "Ireland"}, {"IRQ", "Iraq"},
    {"ISL", "Iceland"}, {"ISR", "Israel"}, {"ITA", "Italy"}, {"JAM", "Jamaica"}, {"JOR", "Jordan"},
    {"JPN", "Japan"}, {"KAZ", "Kazakhstan"}, {"KEN", "Kenya"}, {"KGZ", "Kyrgyzstan"}, {"KOR", "South Korea"},
    {"KSA", "Saudi Arabia"}, {"KUW", "Kuwait"}, {"LAT", "Latvia"}, {"LBN", "Lebanon"}, {"LTU", "Lithuania"},
    {"LUX", "Luxembourg"}, {"MAR", "Morocco"}, {"MAS", "Malaysia"}, {"MDA", "Moldova"}, {"MEX", "Mexico"},
    {"MGL", "Mongolia"}, {"MKD", "North Macedonia"}, {"MLT", "Malta"}, {"MNE", "Montenegro"}, {"NAM", "Namibia"},
    {"NED", "Netherlands"}, {"NGR", "Nigeria"}, {"NIR", "Northern Ireland"}, {"NOR", "Norway"},
    {"NZL", "New Zealand"}, {"PAK", "Pakistan"}, {"PAN", "Panama"}, {"PER", "Peru"}, {"PHI", "Philippines"},
    {"POL", "Poland"}, {"POR", "Portugal"}, {"PRK", "North Korea"}, {"PUR", "Puerto Rico"}, {"QAT", "Qatar"},
    {"ROU", "Romania"}, {"RSA", "South Africa"}, {"RUS", "Russia"}, {"RWA", "Rwanda"}, {"SCO", "Scotland"},
    {"SEN", "Senegal"}, {"SGP", "Singapore"}, {"SLO", "Slovenia"}, {"SRB", "Serbia"}, {"SRI", "Sri Lanka"},
    {"SUI", "Switzerland"}, {"SVK", "Slovakia"}, {"SWE", "Sweden"}, {"THA", "Thailand"}, {"TPE", "Chinese Taipei"},
    {"TTO", "Trinidad and Tobago"}, {"TUN", "Tunisia"}, {"TUR", "Turkey"}, {"UAE", "United Arab Emirates"},
    {"UGA", "Uganda"}, {"UKR", "Ukraine"}, {"URU", "Uruguay"}, {"USA", "United States"}, {"UZB", "Uzbekistan"},
    {"VEN", "Venezuela"}, {"VIE", "Vietnam"}, {"WAL", "Wales"}, {"ZAM", "Zambia"}, {"ZIM", "Zimbabwe"},
    // ISO 3166 codes where they differ from the Olympic ones.
    {"DEU", "Germany"}, {"NLD", "Netherlands"}, {"CHE", "Switzerland"}, {"PRT", "Portugal"}, {"GRC", "Greece"},
    {"HRV", "Croatia"}, {"IDN", "Indonesia"}, {"MYS", "Malaysia"}, {"SVN", "Slovenia"}, {"ZAF", "South Africa"},
    {"DNK", "Denmark"}, {"BGR", "Bulgaria"}, {"LVA", "Latvia"}, {"TWN", "Taiwan"},
};

std::optional<std::string_view> country_of(std::string_view code) {
  auto found = std::find_if(std::begin(kCountries), std::end(kCountries), [&](const auto& c) { return c.first == code; });
  if (found == std::end(kCountries)) return std::nullopt;
  return found->second;
}

// Words of a results table or a ranking, besides the sports page's own (is_sport_word).
bool tells_of_results(std::string_view core) {
  return is_sport_word(core) ||
         text::is_one_of_lowered(core, {"pts", "pt", "rankings", "ranking", "ranked", "seed", "seeds", "seeded",
                                        "singles", "doubles", "medal", "medals", "gold", "silver", "bronze", "final",
                                        "semi-final", "semifinal", "heat", "heats", "championships", "championship",
                                        "race", "stage", "round", "leaderboard", "standings", "results", "podium"});
}

// A competitor's name before the code: capitalised, in letters (a hyphen, an apostrophe or a
// pair's slash inside), with nothing after it. A name in capitals only before a bracketed code
// and with four letters or more, as results tables set surnames ("HOLM (SWE)"); "FBI (USA)"
// is an agency.
bool is_name_before(const Word& w, bool bracketed) {
  std::string_view core = w.core;
  if (!w.suffix.empty() || !w.prefix.empty() || core.size() < 2 || !text::is_upper(core[0])) return false;
  if (core.find_first_of("0123456789") != std::string_view::npos) return false;
  if (text::is_capitals_word(core)) return bracketed && core.size() >= 4 && text::has_capital_vowel(core);
  return true;
}

// After an unbracketed code: a figure (a score, points, a time), a stop or the line's end.
bool closes_entry(const Words& words, std::size_t i) {
  std::string_view suffix = words[i].suffix;
  if (!suffix.empty()) return text::is_one_of(suffix, {",", ";", ".", ":", ")"});
  if (i + 1 >= words.size()) return true;
  std::string_view next = words[i + 1].core;
  return words[i + 1].prefix.empty() && !next.empty() && (text::is_digit(next[0]) ||
         (next.size() > 1 && (next[0] == '+' || next[0] == '-') && text::is_digit(next[1])));
}

}  // namespace

std::optional<Match> match_country_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || w.core.size() != 3 || !text::all_upper(w.core)) return std::nullopt;
  bool bracketed = w.prefix == "(" && text::starts_with(w.suffix, ")");
  if (!bracketed && (!w.prefix.empty() || !closes_entry(words, i))) return std::nullopt;
  if (!is_name_before(words[i - 1], bracketed)) return std::nullopt;
  auto country = country_of(w.core);
  if (!country || !text::any_word_near(words, i, kSpan, tells_of_results)) return std::nullopt;
  // "Mendez ESP 77,300 pts": a comma's pause parts the country from the score after it, which
  // run together sounded like one figure of the name.
  bool figure_next = !bracketed && w.suffix.empty() && i + 1 < words.size();
  return Match{1, std::string(*country) + (figure_next ? "," : ""), false};
}

}  // namespace briefcast::rules
