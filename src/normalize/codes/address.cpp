// Street addresses: "1428 Elm St." -> "fourteen twenty eight Elm Street", "708 N 1st St, San
// City" -> "seven zero eight North first Street, San City", "123 Smth St, City, NY" -> "...,
// City, New York". House numbers are read in pairs, as people say them.
#include <array>

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

struct Pair {
  std::string_view written;
  std::string_view spoken;
};

// Abbreviated suffixes only: with the full word ("150 Wall Street bankers", "the 9 Supreme
// Court justices") a figure before a name is more often a count than a house number.
constexpr std::array<Pair, 14> kSuffixes = {{
    {"St", "Street"},     {"Ave", "Avenue"},  {"Av", "Avenue"},     {"Rd", "Road"},     {"Blvd", "Boulevard"},
    {"Ct", "Court"},      {"Dr", "Drive"},    {"Ln", "Lane"},       {"Pl", "Place"},    {"Pkwy", "Parkway"},
    {"Hwy", "Highway"},   {"Sq", "Square"},   {"Ter", "Terrace"},   {"Cir", "Circle"},
}};

constexpr std::array<Pair, 8> kDirections = {{
    {"N", "North"}, {"S", "South"}, {"E", "East"}, {"W", "West"},
    {"NE", "Northeast"}, {"NW", "Northwest"}, {"SE", "Southeast"}, {"SW", "Southwest"},
}};

constexpr std::array<Pair, 51> kStates = {{
    {"AL", "Alabama"},       {"AK", "Alaska"},        {"AZ", "Arizona"},        {"AR", "Arkansas"},
    {"CA", "California"},    {"CO", "Colorado"},      {"CT", "Connecticut"},    {"DE", "Delaware"},
    {"FL", "Florida"},       {"GA", "Georgia"},       {"HI", "Hawaii"},         {"ID", "Idaho"},
    {"IL", "Illinois"},      {"IN", "Indiana"},       {"IA", "Iowa"},           {"KS", "Kansas"},
    {"KY", "Kentucky"},      {"LA", "Louisiana"},     {"ME", "Maine"},          {"MD", "Maryland"},
    {"MA", "Massachusetts"}, {"MI", "Michigan"},      {"MN", "Minnesota"},      {"MS", "Mississippi"},
    {"MO", "Missouri"},      {"MT", "Montana"},       {"NE", "Nebraska"},       {"NV", "Nevada"},
    {"NH", "New Hampshire"}, {"NJ", "New Jersey"},    {"NM", "New Mexico"},     {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"},           {"OK", "Oklahoma"},
    {"OR", "Oregon"},        {"PA", "Pennsylvania"},  {"RI", "Rhode Island"},   {"SC", "South Carolina"},
    {"SD", "South Dakota"},  {"TN", "Tennessee"},     {"TX", "Texas"},          {"UT", "Utah"},
    {"VT", "Vermont"},       {"VA", "Virginia"},      {"WA", "Washington"},     {"WV", "West Virginia"},
    {"WI", "Wisconsin"},     {"WY", "Wyoming"},       {"DC", "D C"},
}};

template <std::size_t N>
std::optional<std::string> lookup(const std::array<Pair, N>& table, std::string_view key) {
  for (const Pair& p : table) {
    if (p.written == key) return std::string(p.spoken);
  }
  return std::nullopt;
}

bool is_road_word(std::string_view w) { return w == "Road" || w == "Rd" || w == "Street" || w == "Avenue"; }

// "47th St. So.", "2nd Ave. N.": a side of the city written with a period after the street
// suffix, as Minneapolis and other grid cities address. "No." before a figure is a number
// ("Main St. No. 4"), so a figure after the word keeps it one.
std::optional<std::string> dotted_side(const Words& words, std::size_t k) {
  const Word& w = words[k];
  if (w.suffix.empty() || w.suffix[0] != '.') return std::nullopt;
  if (k + 1 < words.size() && !words[k + 1].core.empty() && text::is_digit(words[k + 1].core[0])) return std::nullopt;
  if (w.core == "So") return std::string("South");
  if (w.core == "No") return std::string("North");
  if (w.core.size() == 1) return lookup(kDirections, w.core);
  return std::nullopt;
}

}  // namespace

// "County Road 600S", "2525E Road": a rural grid road, its figure and compass point.
std::optional<Match> match_grid_road(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.size() > 6 || !text::all_digits(core.substr(0, core.size() - 1))) return std::nullopt;
  auto direction = lookup(kDirections, core.substr(core.size() - 1));
  if (!direction || core[0] == '0') return std::nullopt;
  bool road_before = i > 0 && is_road_word(words[i - 1].core) && words[i - 1].suffix.empty();
  bool road_after = i + 1 < words.size() && words[i].suffix.empty() && is_road_word(words[i + 1].core);
  // "onto 2000N": after a preposition of place, three figures or more and N, S or E name a
  // grid road on their own; a W after a figure is watts unless a road word stands beside it.
  // An estimate between them ("at about 311N") leaves the figure the road it names.
  static constexpr std::string_view kAlong[] = {"on", "onto", "of", "at", "near", "to", "from", "along", "off", "past"};
  std::size_t k = i;
  if (k > 0 && words[k - 1].suffix.empty() &&
      text::is_one_of(words[k - 1].core, {"about", "around", "approximately", "roughly"})) {
    --k;
  }
  bool along = false;
  for (std::string_view w : kAlong) along = along || (k > 0 && words[k - 1].core == w && words[k - 1].suffix.empty());
  bool alone = along && core.size() >= 4 && core.back() != 'W';
  if (!road_before && !road_after && !alone) return std::nullopt;
  return Match{1, paired_digit_words(core.substr(0, core.size() - 1), "zero") + " " + *direction, false};
}

std::optional<std::string> street_suffix(std::string_view word) { return lookup(kSuffixes, word); }

bool is_street_word(std::string_view core) {
  return lookup(kSuffixes, core) || text::is_one_of(core, {"Street", "Avenue", "Road", "Boulevard", "Drive", "Lane",
                                                          "Place", "Parkway", "Highway", "Way", "Court", "Terrace"});
}

namespace {

// "Berkeley, CA 94720", "Austin, TX 78701-1234": a state code after a place and before a ZIP
// code is the state, and the ZIP code is read digit by digit, with or without a street.
std::optional<Match> match_state_zip(const Words& words, std::size_t i) {
  const Word& code = words[i];
  if (i == 0 || i + 1 >= words.size() || code.core.size() != 2 || !code.prefix.empty() || !code.suffix.empty()) {
    return std::nullopt;
  }
  if (!text::ends_with(words[i - 1].suffix, ",") || !text::is_capitalized(words[i - 1].core)) return std::nullopt;
  auto state = lookup(kStates, code.core);
  std::string_view zip = words[i + 1].core;
  bool plus_four = zip.size() == 10 && zip[5] == '-' && text::all_digits(zip.substr(6));
  if (!state || !words[i + 1].prefix.empty() || (zip.size() != 5 && !plus_four) || !text::all_digits(zip.substr(0, 5))) {
    return std::nullopt;
  }
  std::string spoken = *state + " " + digit_words(zip.substr(0, 5));
  if (plus_four) spoken += " " + digit_words(zip.substr(6));
  return Match{2, spoken, false};
}

// "Austin, Texas 78701.", "Albany, New York 12207-1234": a state's name after a place, then
// a ZIP+4 or five figures ending the clause, is the state and the ZIP code, read digit by
// digit as after a state's code; five figures read on ("Dallas, Texas 40000 people") are a count.
std::optional<Match> match_named_state_zip(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !text::ends_with(words[i - 1].suffix, ",") ||
      !text::is_capitalized(words[i - 1].core)) {
    return std::nullopt;
  }
  for (const Pair& state : kStates) {
    std::vector<std::string_view> name = text::split(state.spoken, ' ');
    std::size_t at = i + name.size();
    if (at >= words.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k) {
      same = words[i + k].core == name[k] && words[i + k].suffix.empty() && (k == 0 || words[i + k].prefix.empty());
    }
    if (!same) continue;
    const Word& zip = words[at];
    bool plus_four = zip.core.size() == 10 && zip.core[5] == '-' && text::all_digits(zip.core.substr(6));
    if (!zip.prefix.empty() || (zip.core.size() != 5 && !plus_four) || !text::all_digits(zip.core.substr(0, 5))) {
      return std::nullopt;
    }
    bool clause_ends = !zip.suffix.empty() || at + 1 == words.size() || text::is_capitalized(words[at + 1].core);
    if (!plus_four && !clause_ends) return std::nullopt;
    std::string spoken = std::string(state.spoken) + " " + digit_words(zip.core.substr(0, 5));
    if (plus_four) spoken += " " + digit_words(zip.core.substr(6));
    return Match{name.size() + 1, spoken, false};
  }
  return std::nullopt;
}

// "Kirkland, WA, Seattle 98034-6944": five figures, a hyphen and four after a place's name,
// ending the line or clause, are a ZIP+4 code whatever came before; as a range it was
// "ninety eight thousand thirty four - six thousand ...".
std::optional<Match> match_place_zip_plus_four(const Words& words, std::size_t i) {
  const Word& zip = words[i];
  if (i == 0 || zip.core.size() != 10 || zip.core[5] != '-' || !zip.prefix.empty() ||
      !text::all_digits(zip.core.substr(0, 5)) || !text::all_digits(zip.core.substr(6))) {
    return std::nullopt;
  }
  const Word& place = words[i - 1];
  if (!place.suffix.empty() || !text::is_capitalized(place.core) || !text::all_alpha(place.core) ||
      month_number(place.core, false)) {
    return std::nullopt;
  }
  bool clause_ends = !zip.suffix.empty() || i + 1 == words.size() || text::is_capitalized(words[i + 1].core);
  if (!clause_ends) return std::nullopt;
  return Match{1, digit_words(zip.core.substr(0, 5)) + " " + digit_words(zip.core.substr(6)), false};
}

// "Sydney NSW 2001", "Fitzroy Vic 3065": an Australian state after a place and before four
// figures is an address's postcode, read digit by digit as a ZIP code is. The state is said
// as people say it: initialisms spelt, "Vic", "Qld" and "Tas" in full.
std::optional<Match> match_australian_postcode(const Words& words, std::size_t i) {
  static constexpr std::array<Pair, 11> kAustralianStates = {{
      {"NSW", "N.S.W"}, {"Vic", "Victoria"}, {"VIC", "Victoria"}, {"Qld", "Queensland"}, {"QLD", "Queensland"},
      {"SA", "S.A"},    {"WA", "W.A"},       {"Tas", "Tasmania"}, {"TAS", "Tasmania"},  {"ACT", "A.C.T"},
      {"NT", "N.T"},
  }};
  // Taken from the place on, before the jurisdiction rule can claim "Qld" alone.
  if (i + 2 >= words.size()) return std::nullopt;
  const Word& place = words[i];
  const Word& code = words[i + 1];
  const Word& postcode = words[i + 2];
  bool is_place = (place.suffix.empty() || place.suffix == ",") && text::is_capitalized(place.core) &&
                  text::all_alpha(place.core) && !text::is_function_word(text::lower(place.core));
  auto state = lookup(kAustralianStates, code.core);
  if (!is_place || !state || !code.prefix.empty() || !code.suffix.empty() || !postcode.prefix.empty() ||
      postcode.core.size() != 4 || !text::all_digits(postcode.core)) {
    return std::nullopt;
  }
  // "Perth WA 6000 and", "Fitzroy Vic 3065 near": an address goes on with a function word,
  // but "the Sydney NSW 2023 election": a noun after the figure makes it a year or a count.
  // A figure that could be a year ("Sydney NSW 2000 Olympics") must end the address.
  const Word* after = i + 3 < words.size() && postcode.suffix.empty() ? &words[i + 3] : nullptr;
  bool word_follows = after && !after->core.empty() && text::is_lower(after->core[0]) &&
                      !text::is_function_word(text::lower(after->core));
  bool year_like = after && is_context_free_year(postcode.core) && after->core != "Australia";
  if (word_follows || year_like) return std::nullopt;
  std::string spoken = speak_word(place.core) + std::string(place.suffix) + " " + *state + " " + digit_words(postcode.core);
  return Match{3, spoken, false};
}

// Street words of continental addresses, which name the street before its house number or
// after it: "Rue de Rivoli", "Via Roma 14", "Unter den Linden 77".
bool is_continental_street_word(std::string_view core) {
  return text::is_one_of(core, {"Rue", "Avenue", "Boulevard", "Place", "Quai", "Via", "Viale", "Piazza", "Corso", "Calle",
                                "Avenida", "Plaza", "Paseo", "Rua", "Largo", "Straße", "Strasse", "Str", "Platz", "Allee",
                                "Weg", "Gasse", "Ring", "Damm", "Straat", "Laan", "Gracht", "Plein", "Kade"});
}

// "12 Rue de Rivoli, 75004 Paris", "Unter den Linden 77, 10117 Berlin": four or five figures
// after the comma that ends a street and its house number are a postcode, read digit by
// digit as a ZIP code is ("seven five zero zero four"), not seventy-five thousand four.
std::optional<Match> match_continental_postcode(const Words& words, std::size_t i) {
  std::string_view code = words[i].core;
  if (i < 2 || code.size() < 4 || code.size() > 5 || !text::all_digits(code) || !words[i].prefix.empty() ||
      words[i - 1].suffix != ",") {
    return std::nullopt;
  }
  // The city after it ending the clause, or the address ending with the figure.
  bool city = i + 1 < words.size() && words[i].suffix.empty() && text::is_capitalized(words[i + 1].core) &&
              !text::is_function_word(text::lower(words[i + 1].core));
  bool city_ends = city && (!words[i + 1].suffix.empty() || i + 2 == words.size());
  bool ends = !words[i].suffix.empty() && words[i].suffix != "%";
  if (!city_ends && !ends) return std::nullopt;
  // A street word in the clause before, or a house number after a capitalised street name
  // ("Linden 77, 10117 Berlin."), the city then ending the clause: "By March 2020, 15000
  // Britons had left" is a year and a count.
  bool house_after_name = city_ends && code.size() == 5 && text::all_digits(words[i - 1].core) &&
                          words[i - 1].core.size() <= 3 && words[i - 2].suffix.empty() &&
                          text::is_capitalized(words[i - 2].core) && !month_number(words[i - 2].core, false);
  bool street = false;
  for (std::size_t k = i - 1, seen = 0; k > 0 && seen < 6 && !street; --k, ++seen) {
    street = is_continental_street_word(words[k - 1].core);
    if (k - 1 < i - 1 && !words[k - 1].suffix.empty()) break;
  }
  if (!street && !house_after_name) return std::nullopt;
  return Match{1, digit_words(code), false};
}

// "12131", "15020": a house number of five figures is said as its first two, then the last
// three in pairs ("twelve one thirty one", "fifteen zero twenty"), as people say it; whole it
// was "twelve thousand one hundred thirty one". Round thousands are said whole. Shorter
// numbers are read in pairs.
std::string house_number_words(std::string_view digits) {
  if (digits.size() != 5 || digits[0] == '0' || digits.substr(2) == "000") return paired_digit_words(digits, "zero");
  std::string_view rest = digits.substr(2);
  std::string out = cardinal_words(digits.substr(0, 2)) + " ";
  if (rest[0] != '0') return out + paired_digit_words(rest, "zero");
  out += "zero ";
  return out + (rest[1] == '0' ? "zero " + std::string(digit_word(rest[2])) : cardinal_words(rest.substr(1)));
}

// The house number and the compass point after it, as read so far; when no street suffix
// follows, the bare direction is the reading to fall back on.
struct NumberAndDirection {
  std::string spoken;
  std::size_t next = 0;  // the first word of the street's name
  std::optional<Match> bare_direction;
};

// "3170 W. County Road": a figure, a compass point with its period and a name is an address
// whatever the street is called; when no street suffix follows, the name is read as it stands.
std::optional<NumberAndDirection> number_and_direction(const Words& words, std::size_t i) {
  NumberAndDirection read{house_number_words(words[i].core), i + 1, std::nullopt};
  std::size_t j = i + 1;
  if (j < words.size() && (words[j].suffix.empty() || words[j].suffix == ".")) {
    if (auto direction = lookup(kDirections, words[j].core)) {
      read.spoken += " " + *direction;
      ++j;
      bool dotted = words[j - 1].suffix == ".";
      if (dotted && j < words.size() && text::is_capitalized(words[j].core)) {
        read.bare_direction = Match{j - i, read.spoken, true};
      }
      // "123 W. 45th St.": the period of the compass point is no sentence end.
      if (dotted && (j >= words.size() || !words[j].prefix.empty())) return std::nullopt;
    }
  }
  read.next = j;
  return read;
}

// "Pennsylvania Ave NW", "Ave. NW": a quadrant after the street suffix at word j.
std::optional<std::string> quadrant_after_suffix(const Words& words, std::size_t j) {
  const Word& w = words[j];
  if (!(w.suffix.empty() || w.suffix == ".") || j + 1 >= words.size() || !words[j + 1].prefix.empty()) {
    return std::nullopt;
  }
  if (auto quadrant = lookup(kDirections, words[j + 1].core); quadrant && words[j + 1].core.size() == 2) {
    return quadrant;
  }
  return dotted_side(words, j + 1);
}

// ", City, NY" and perhaps its ZIP code after the street, and the last word it takes.
struct CityAndState {
  std::string spoken;
  std::size_t end = 0;
};

// ", City, NY", ", New York, NY": a state code after a city of up to three words, following
// the street that ends at word j.
std::optional<CityAndState> city_and_state(const Words& words, std::size_t j) {
  std::size_t city_end = j + 1;
  bool city = words[j].suffix == "," || words[j].suffix == ".,";
  while (city && city_end < words.size() && city_end < j + 4 && words[city_end].prefix.empty() &&
         text::is_capitalized(words[city_end].core) && words[city_end].suffix.empty()) {
    ++city_end;
  }
  city = city && city_end < words.size() && words[city_end].suffix == "," && text::is_capitalized(words[city_end].core);
  if (!city || city_end + 1 >= words.size()) return std::nullopt;
  auto state = lookup(kStates, words[city_end + 1].core);
  if (!state) return std::nullopt;
  std::string city_name;
  for (std::size_t k = j + 1; k <= city_end; ++k) city_name += (k > j + 1 ? " " : "") + std::string(words[k].core);
  CityAndState read{", " + city_name + ", " + *state, city_end + 1};
  // A ZIP code after the state is read digit by digit.
  if (words[read.end].suffix.empty() && read.end + 1 < words.size() && words[read.end + 1].core.size() == 5 &&
      text::all_digits(words[read.end + 1].core)) {
    read.spoken += " " + digit_words(words[read.end + 1].core);
    ++read.end;
  }
  return read;
}

// The street suffix at word j closes the address that starts at word i; spoken has said it.
Match address_to_suffix(const Words& words, std::size_t i, std::size_t j, std::string spoken) {
  std::size_t end = j;
  if (auto quadrant = quadrant_after_suffix(words, j)) {
    spoken += " " + *quadrant;
    end = ++j;
  }
  const Word& last = words[j];
  if (auto city = city_and_state(words, j)) {
    spoken += city->spoken;
    end = city->end;
  }
  bool dotted = !last.suffix.empty() && last.suffix[0] == '.';
  // "at 5 Elm St. Then we": before a sentence opener the period also ends the sentence.
  return Match{end - i + 1, spoken, dotted && end == j && !period_ends_sentence(words, end)};
}

// A word of a street's name: an ordinal ("45th") or a capitalised word.
std::optional<std::string> street_name_word(std::string_view core) {
  if (auto ordinal = speak_ordinal(core)) return ordinal;
  if (text::is_capitalized(core) && text::all_alpha(core)) return std::string(core);
  return std::nullopt;
}

// "S. 4th Street", "on N Main St.", "W. Elm Avenue": a compass letter before a street's name
// (one or two words, then its street word) is the side of the city, "South", said in full;
// without a house number the address rule above never sees it. After a given name ("Robert E.
// Lee Street") the letter is a middle initial.
std::optional<Match> compass_before_street(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto direction = w.core.size() == 1 ? lookup(kDirections, w.core) : std::nullopt;
  if (!direction || !(w.suffix.empty() || w.suffix == ".") || !(w.prefix.empty() || w.prefix == "(")) {
    return std::nullopt;
  }
  if (i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core)) return std::nullopt;
  for (std::size_t j = i + 1; j < words.size() && j <= i + 3; ++j) {
    const Word& name = words[j];
    if (!name.prefix.empty()) return std::nullopt;
    if (j > i + 1 && is_street_word(name.core)) return Match{1, *direction, !w.suffix.empty()};
    if (!name.suffix.empty() || !street_name_word(name.core)) return std::nullopt;
  }
  return std::nullopt;
}

// "221B Baker Street", "12a Rose Lane": a house number with a letter is no count, so before one
// to three capitalised words and a street word, written in full or abbreviated, it is said in
// pairs as any house number is, its letter after it ("two twenty one B").
std::optional<Match> lettered_house_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 5 || !words[i].suffix.empty() || !text::is_alpha(core.back()) ||
      !text::all_digits(core.substr(0, core.size() - 1)) || core[0] == '0') {
    return std::nullopt;
  }
  char letter = core.back();
  if (letter >= 'a' && letter <= 'z') letter = static_cast<char>(letter - 'a' + 'A');
  std::string spoken =
      paired_digit_words(core.substr(0, core.size() - 1), "zero") + " " + letter_names(std::string(1, letter));
  for (std::size_t j = i + 1; j < words.size() && j <= i + 4; ++j) {
    const Word& w = words[j];
    if (!w.prefix.empty() || !text::is_capitalized(w.core) || !text::all_alpha(w.core)) return std::nullopt;
    if (j > i + 1 && is_street_word(w.core)) {
      std::string said = street_suffix(w.core).value_or(std::string(w.core));
      return address_to_suffix(words, i, j, spoken + " " + said);
    }
    if (!w.suffix.empty()) return std::nullopt;
    spoken += " " + std::string(w.core);
  }
  return std::nullopt;
}

}  // namespace

// "Apt 210", "BLDG 4", "Ste 12B": the unit inside an address, written without a period in postal
// style. Before its number the word is never a word of its own. The number is said as a house
// number is ("apartment two ten"), a letter after it spelled ("4C" is no temperature here).
std::optional<Match> match_unit_designator(const Words& words, std::size_t i) {
  static constexpr std::array<Pair, 7> kDesignators = {{{"Apt", "Apartment"}, {"APT", "Apartment"}, {"Ste", "Suite"},
                                                         {"Bldg", "Building"}, {"BLDG", "Building"}, {"Blk", "Block"},
                                                         {"BLK", "Block"}}};
  auto designator = lookup(kDesignators, words[i].core);
  if (!designator || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  const Word& unit = words[i + 1];
  if (!unit.prefix.empty() || unit.core.empty() || !text::is_digit(unit.core[0])) return std::nullopt;
  std::size_t figures = text::digit_run_end(unit.core, 0);
  std::string_view letters = unit.core.substr(figures);
  if (figures > 4 || letters.size() > 2 || (!letters.empty() && !text::all_upper(letters))) return Match{1, *designator, false};
  std::string spoken = *designator + " " + paired_digit_words(unit.core.substr(0, figures), "zero");
  if (!letters.empty()) spoken += " " + spelled_letters(letters);
  return Match{2, spoken, false};
}

// "5/F", "12/F": a floor as Hong Kong, Manila and Singapore addresses write it ("fifth
// floor"); "#02-39", "#01-121": a unit on a floor ("unit zero two, three nine"). The slash
// had been read "or", and the unit's parts ran into one number.
std::optional<Match> match_floor_or_unit(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  // The floor stands in an address: a comma or a capitalised name after it ("5/F, Tower 2").
  bool in_address = words[i].suffix == "," ||
                    (i + 1 < words.size() && !words[i + 1].core.empty() && text::is_upper(words[i + 1].core[0]));
  if (in_address && core.size() >= 3 && core.size() <= 4 && text::ends_with(core, "/F") &&
      text::all_digits(core.substr(0, core.size() - 2)) && core[0] != '0') {
    return Match{1, ordinal_words(core.substr(0, core.size() - 2)) + " floor", false};
  }
  std::size_t dash = core.find('-');
  if (core.size() < 5 || core[0] != '#' || dash != 3 || !text::all_digits(core.substr(1, 2)) ||
      core.size() - dash - 1 < 2 || core.size() - dash - 1 > 4 || !text::all_digits(core.substr(dash + 1))) {
    return std::nullopt;
  }
  // A floor below ten is padded ("#02-"); a higher one stands in an address, after a street's
  // comma or a word of a unit, or before a building's name. "ranked #11-20", "the #20-30
  // spots" are places in a list.
  const Word* before = i > 0 ? &words[i - 1] : nullptr;
  bool unit_word = before && before->suffix.empty() &&
                   text::is_one_of_lowered(before->core, {"unit", "shop", "stall", "suite", "level", "office"});
  bool in_place = core[1] == '0' || unit_word || (before && before->suffix == ",") ||
                  (words[i].suffix.empty() && i + 1 < words.size() && text::is_capitalized(words[i + 1].core));
  if (!in_place) return std::nullopt;
  // "Unit #02-39": the word is said once.
  std::string said = digit_words(core.substr(1, 2)) + ", " + digit_words(core.substr(dash + 1));
  bool unit_said = before && before->suffix.empty() && text::iequals(before->core, "unit");
  return Match{1, unit_said ? said : "unit " + said, false};
}

std::optional<Match> match_address(const Words& words, std::size_t i) {
  if (auto unit = match_unit_designator(words, i)) return unit;
  if (auto road = match_grid_road(words, i)) return road;
  if (auto street = compass_before_street(words, i)) return street;
  if (auto state = match_state_zip(words, i)) return state;
  if (auto state = match_named_state_zip(words, i)) return state;
  if (auto zip = match_place_zip_plus_four(words, i)) return zip;
  if (auto postcode = match_australian_postcode(words, i)) return postcode;
  if (auto zip = match_named_zip(words, i)) return zip;
  if (auto postcode = match_continental_postcode(words, i)) return postcode;
  const Word& number = words[i];
  if (auto lettered = lettered_house_number(words, i)) return lettered;
  if (!number.suffix.empty() || !text::all_digits(number.core) || number.core.size() > 5) return std::nullopt;
  auto read = number_and_direction(words, i);
  if (!read) return std::nullopt;
  std::string spoken = read->spoken;
  // One to three name words, then the street suffix.
  for (std::size_t j = read->next, names = 0; j < words.size() && names < 3; ++j, ++names) {
    const Word& w = words[j];
    if (!w.prefix.empty()) break;
    if (names > 0) {
      if (auto suffix = street_suffix(w.core)) return address_to_suffix(words, i, j, spoken + " " + *suffix);
    }
    auto name = w.suffix.empty() ? street_name_word(w.core) : std::nullopt;
    if (!name) break;
    spoken += " " + *name;
  }
  return read->bare_direction;
}

}  // namespace briefcast::rules
