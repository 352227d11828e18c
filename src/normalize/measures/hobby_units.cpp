// Units of horse, aquarium and fish-house copy that eSpeak NG spelt as letters after a figure:
// a horse's height in hands ("16.2 hh" -> "sixteen two hands": the figure after the point is
// inches, never a tenth), an age in years ("an 8-y.o. mare" -> "an eight-year-old mare"),
// the US gallon ("300 US gal", "a 5,000-US-gal tank"), and salinity in parts per thousand
// ("35 ppt"), only where the words near it speak of salt water: in market copy "ppt" is a
// percentage point and stays as written. A bike's gears ("a 12sp cassette" -> "twelve-speed")
// and the model railway scale "OO" ("double O gauge").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The period after word j abbreviates when a lower-case word goes on after it ("8 y.o. mare").
bool period_inside(const Words& words, std::size_t j) {
  return text::has_period(words[j]) && j + 1 < words.size() && words[j + 1].prefix.empty() &&
         !words[j + 1].core.empty() && text::is_lower(words[j + 1].core[0]);
}

// "16.2" -> "sixteen two", "17" -> "seventeen": hands and inches, up to three inches.
std::optional<std::string> hands_figure(std::string_view figure) {
  std::size_t point = figure.find('.');
  std::string_view hands = figure.substr(0, point);
  if (hands.empty() || hands.size() > 2 || !text::all_digits(hands) || hands[0] == '0') return std::nullopt;
  if (point == std::string_view::npos) return cardinal_words(hands);
  std::string_view inches = figure.substr(point + 1);
  if (inches.size() != 1 || inches[0] < '0' || inches[0] > '3') return std::nullopt;
  return cardinal_words(hands) + " " + cardinal_words(inches);
}

bool is_hands_symbol(std::string_view w) { return w == "hh" || w == "h.h" || w == "HH"; }

// A figure and its symbol, glued ("14.2hh", "35ppt") or the next word ("16.2 hh"): the figure
// and how many words the two take.
struct FigureAndSymbol {
  std::string_view figure;
  std::size_t count;
};

template <typename IsSymbol>
std::optional<FigureAndSymbol> figure_before(const Words& words, std::size_t i, std::string_view glued,
                                             IsSymbol is_symbol) {
  std::string_view core = words[i].core;
  if (text::ends_with(core, glued)) return FigureAndSymbol{core.substr(0, core.size() - glued.size()), 1};
  if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() && is_symbol(words[i + 1].core)) {
    return FigureAndSymbol{core, 2};
  }
  return std::nullopt;
}

// "16.2 hh", "14.2hh", "17 h.h.": a horse's height.
std::optional<Match> hands(const Words& words, std::size_t i) {
  auto found = figure_before(words, i, "hh", is_hands_symbol);
  if (!found) return std::nullopt;
  const std::size_t count = found->count;
  auto said = hands_figure(found->figure);
  if (!said) return std::nullopt;
  const Word& last = words[i + count - 1];
  bool eat = last.core == "h.h" && period_inside(words, i + count - 1);
  // Before the horse it sizes the height is one singular adjective ("a sixteen-two-hand mare").
  if (is_adjectival(words, i, count) || measure_modifies_noun(words, i, count)) {
    return Match{count, text::hyphenated(*said + " hand"), eat};
  }
  return Match{count, *said + " hands", eat};
}

// "8-y.o.", "8y.o.", "8 y.o.": years of age. Joined by a hyphen, or before a lower-case noun, it
// qualifies the noun ("an eight-year-old mare"); otherwise it is the age ("is eight years old").
std::optional<Match> years_old(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t count = 1;
  std::string_view figure;
  bool hyphen = false;
  if (text::ends_with(core, "y.o")) {
    figure = core.substr(0, core.size() - 3);
    hyphen = text::ends_with(figure, "-");
    if (hyphen) figure.remove_suffix(1);
  } else if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() && words[i + 1].core == "y.o") {
    figure = core;
    count = 2;
  } else {
    return std::nullopt;
  }
  if (figure.empty() || figure.size() > 3 || !text::all_digits(figure)) return std::nullopt;
  std::size_t j = i + count - 1;
  bool noun_next = j + 1 < words.size() && words[j + 1].prefix.empty() && !words[j + 1].core.empty() &&
                   text::is_lower(words[j + 1].core[0]) && !text::is_function_word(words[j + 1].core) &&
                   (words[j].suffix.empty() || words[j].suffix == ".");
  bool eat = period_inside(words, j);
  // "the 19-y.o. AD carry": after an article, a joined age goes on to its noun even when the
  // noun phrase opens with an initialism; its period is no sentence end.
  bool article = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"the", "a", "an"});
  bool initialism_next = j + 2 < words.size() && words[j].suffix == "." && text::is_capitals_word(words[j + 1].core) &&
                         words[j + 1].suffix.empty() && words[j + 2].prefix.empty() && !words[j + 2].core.empty() &&
                         text::is_lower(words[j + 2].core[0]) && !text::is_function_word(words[j + 2].core);
  eat = eat || (hyphen && article && initialism_next);
  if (hyphen || noun_next) return Match{count, cardinal_words(figure) + "-year-old", eat};
  return Match{count, cardinal_words(figure) + (figure == "1" ? " year old" : " years old"), eat};
}

// "300 US gal", "a 5,000-US-gal tank", "40 US-gal": the US gallon.
std::optional<Match> us_gallons(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t count = 1;
  std::string_view figure;
  bool joined = false;
  if (std::size_t at = core.find("-US-gal"); at != std::string_view::npos && at + 7 == core.size()) {
    figure = core.substr(0, at);
    joined = true;
  } else if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
             words[i + 1].core == "US-gal") {
    figure = core;
    count = 2;
  } else if (words[i].suffix.empty() && i + 2 < words.size() && words[i + 1].core == "US" && words[i + 1].suffix.empty() &&
             words[i + 1].prefix.empty() && words[i + 2].prefix.empty() && text::is_one_of(words[i + 2].core, {"gal", "gals"})) {
    figure = core;
    count = 3;
  } else {
    return std::nullopt;
  }
  auto number = text::parse_number(figure);
  if (!number || number->negative) return std::nullopt;
  bool one = joined || (!number->has_point && number->integer == "1");
  bool eat = period_inside(words, i + count - 1);
  return Match{count, number_words(*number, false) + (one ? " U.S gallon" : " U.S gallons"), eat};
}

bool is_salt_water_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"salinity", "saline", "salt", "salty", "seawater", "brackish", "brine", "marine",
                                     "reef", "ocean", "sea", "estuary", "lagoon", "aquarium", "tank", "water"});
}

// "35 ppt", "35ppt": salinity in parts per thousand, near words of salt water.
std::optional<Match> parts_per_thousand(const Words& words, std::size_t i) {
  auto found = figure_before(words, i, "ppt", [](std::string_view w) { return w == "ppt"; });
  if (!found) return std::nullopt;
  const std::size_t count = found->count;
  if (!text::any_word_near(words, i, 8, is_salt_water_word)) return std::nullopt;
  // "28–32 ppt": a range of salinities, each figure said.
  if (auto sides = text::split_at_range_dash(found->figure)) {
    auto low = text::parse_plain_figure(sides->before);
    auto high = text::parse_plain_figure(sides->after);
    if (!low || !high) return std::nullopt;
    return Match{count, number_words(*low, false) + " to " + number_words(*high, false) + " parts per thousand", false};
  }
  auto number = text::parse_number(found->figure);
  if (!number || number->negative) return std::nullopt;
  bool one = !number->has_point && number->integer == "1";
  return Match{count, number_words(*number, false) + (one ? " part per thousand" : " parts per thousand"), false};
}


bool is_drivetrain_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"chain", "chains", "cassette", "cassettes", "groupset", "groupsets", "derailleur",
                                     "derailleurs", "shifter", "shifters", "drivetrain", "drivetrains", "chainring",
                                     "chainrings", "crankset", "sprocket", "sprockets", "gearing", "freehub"});
}

// "12sp", "11-spd", "12 sp": the number of sprockets a bike's drivetrain has, said "twelve-speed"
// among words of drivetrains ("twelve S P" had been said).
std::optional<Match> gear_speeds(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t count = 1;
  std::size_t digits = text::digit_run_end(core, 0, 2);
  std::string_view figure = core.substr(0, digits);
  std::string_view rest = core.substr(digits);
  if (text::starts_with(rest, "-")) rest.remove_prefix(1);
  if (rest.empty() && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    rest = words[i + 1].core;
    count = 2;
  }
  if (rest != "sp" && rest != "spd") return std::nullopt;
  if (figure.empty() || figure[0] == '0' || std::stoi(std::string(figure)) > 13 ||
      !text::any_word_near(words, i, 8, is_drivetrain_word)) {
    return std::nullopt;
  }
  bool eat = period_inside(words, i + count - 1);
  return Match{count, cardinal_words(figure) + "-speed", eat};
}

bool is_model_railway_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"model", "models", "railway", "railways", "railroad", "layout", "layouts",
                                     "locomotive", "locomotives", "loco", "locos", "train", "trains", "wagon", "wagons",
                                     "rolling", "modeller", "modellers", "modelling", "hornby", "bachmann"});
}

bool is_gauge_word(std::string_view w) { return text::is_one_of_lowered(w, {"gauge", "scale"}); }

// "OO gauge", "00-scale", "in OO": the British model railway scale, said "double O" (it had been
// spelt "O.O" or said "zero zero"). Before "gauge" or "scale", or after "in" among words of
// model railways.
std::optional<Match> double_o(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view after;
  if (core.size() > 3 && (core[2] == '-')) {
    after = core.substr(3);
    core = core.substr(0, 2);
  }
  if (core != "OO" && core != "00") return std::nullopt;
  if (!after.empty()) {
    if (!is_gauge_word(after)) return std::nullopt;
    return Match{1, "double O " + std::string(after), false};
  }
  bool before_gauge = words[i].suffix.empty() && i + 1 < words.size() && is_gauge_word(words[i + 1].core);
  bool in_scale = core == "OO" && i > 0 && text::iequals(words[i - 1].core, "in") &&
                  text::any_word_near(words, i, 10, is_model_railway_word);
  if (!before_gauge && !in_scale) return std::nullopt;
  return Match{1, "double O", false};
}
}  // namespace

std::optional<Match> match_hobby_unit(const Words& words, std::size_t i) {
  if (auto m = double_o(words, i)) return m;
  if (words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  if (auto m = hands(words, i)) return m;
  if (auto m = years_old(words, i)) return m;
  if (auto m = us_gallons(words, i)) return m;
  if (auto m = gear_speeds(words, i)) return m;
  return parts_per_thousand(words, i);
}

}  // namespace briefcast::rules
