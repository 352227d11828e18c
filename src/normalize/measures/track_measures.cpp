// Measures a railway, a road or a works trade writes in its own shorthand, read by the cue of
// that trade. A railway's mileage is miles and chains ("42m 60ch" -> "forty two miles sixty
// chains"; it was heard as meters and the letters "C H"). A gradient in brackets or after a
// word of slopes is "one in" its run ("(1:40)" -> "one in forty", not a time). A length unit
// joined by a hyphen to a noun makes one adjective ("a 650 m-radius curve" ->
// "six-hundred-fifty-meter-radius"). A range of figures before a spaced "s" is seconds ("8-12 s"
// -> "eight to twelve seconds"). "GU" among words of paint is gloss units. "pd" after a sum of
// money among words of chartering ships is "a day" (a day's hire or demurrage).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// "42m", "115m": whole figures with a glued "m".
std::optional<text::NumberLiteral> figure_before(std::string_view core, std::string_view unit) {
  if (core.size() <= unit.size() || !text::ends_with(core, unit)) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - unit.size());
  if (!text::all_digits(figure)) return std::nullopt;
  return text::parse_plain_figure(figure);
}

// "42m 60ch": a mileage is always given with its chains, so the pair is its own cue.
std::optional<Match> mileage(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto miles = figure_before(words[i].core, "m");
  auto chains = figure_before(words[i + 1].core, "ch");
  if (!miles || !chains) return std::nullopt;
  bool one_mile = miles->integer == "1";
  bool one_chain = chains->integer == "1";
  return Match{2, number_words(*miles, false) + (one_mile ? " mile " : " miles ") + number_words(*chains, false) +
                      (one_chain ? " chain" : " chains"),
               false};
}

bool is_slope_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"gradient", "gradients", "incline", "inclines", "slope", "slopes", "ramp", "ramps",
                                     "climb", "climbs", "descent", "bank", "steep", "steepest", "grade", "grades"});
}

// "(1:40)", "a 1:80 incline": one in so many among words of slopes.
std::optional<Match> gradient(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "1:") || core.size() < 3) return std::nullopt;
  std::string_view run = core.substr(2);
  if (!text::all_digits(run) || run[0] == '0' || run.size() > 4) return std::nullopt;
  if (!text::any_word_near(words, i, 8, is_slope_word)) return std::nullopt;
  auto number = text::parse_plain_figure(run);
  if (!number) return std::nullopt;
  return Match{1, "one in " + number_words(*number, false), false};
}

// "650 m-radius", "a 40 km-long tunnel": a length's symbol joined to the noun it sizes.
std::optional<Match> joined_length(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view next = words[i + 1].core;
  std::size_t dash = next.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 3 > next.size()) return std::nullopt;
  std::string_view symbol = next.substr(0, dash);
  std::string_view noun = next.substr(dash + 1);
  if (!text::is_one_of(symbol, {"m", "km", "mm", "cm"}) || !text::all_alpha(noun) || !text::is_lower(noun[0])) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  auto unit = find_unit(symbol);
  if (!number || !unit) return std::nullopt;
  return Match{2, text::hyphenated(number_words(*number, false) + " " + std::string(unit->one) + " " + std::string(noun)),
               false};
}

// "8–12 s", "3-5 s": a range of small figures before a spaced "s" is seconds.
std::optional<Match> seconds_range(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "s" || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view core = words[i].core;
  std::size_t dash = core.find("\u2013");
  std::size_t width = 3;
  if (dash == std::string_view::npos) {
    dash = core.find('-');
    width = 1;
  }
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  std::string_view low = core.substr(0, dash);
  std::string_view high = core.substr(dash + width);
  if (low.size() > 3 || high.empty() || high.size() > 3) return std::nullopt;
  auto from = text::parse_plain_figure(low);
  auto to = text::parse_plain_figure(high);
  if (!from || !to) return std::nullopt;
  return Match{2, number_words(*from, false) + " to " + number_words(*to, false) + " seconds", false};
}

bool is_paint_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"paint", "paints", "coating", "coatings", "clearcoat", "topcoat", "lacquer",
                                     "varnish", "enamel", "gloss", "glossy", "sheen", "finish", "primer", "resin",
                                     "polyurethane", "epoxy", "glossmeter", "matt", "matte", "satin"});
}

// "92 GU", "a sheen of 10 GU": gloss units, spelt as letters before.
std::optional<Match> gloss_units(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "GU" || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  if (!number || !text::any_word_near(words, i, 12, is_paint_word)) return std::nullopt;
  bool one = !number->has_point && number->integer == "1";
  return Match{2, number_words(*number, false) + (one ? " gloss unit" : " gloss units"), false};
}

bool is_charter_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"charter", "chartered", "charterer", "charterers", "demurrage", "hire", "fixture",
                                     "fixed", "tanker", "tankers", "vessel", "vessels", "suezmax", "aframax", "vlcc",
                                     "capesize", "panamax", "lngc", "rate", "rates", "tce", "laycan", "voyage"});
}

// "$65,000 pd": after a sum of money, among words of chartering, the rate is a day's.
std::optional<Match> per_day(const Words& words, std::size_t i) {
  if (i == 0 || words[i].core != "pd" || !words[i].prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  bool money = !before.empty() && text::is_digit(before.back()) &&
               (before[0] == '$' || text::starts_with(before, "\u00a3") || text::starts_with(before, "\u20ac") ||
                text::starts_with(before, "US$"));
  if (!money || !text::any_word_near(words, i, 12, is_charter_word)) return std::nullopt;
  return Match{1, "a day", false};
}

}  // namespace

std::optional<Match> match_track_measure(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  if (auto m = per_day(words, i)) return m;
  std::string_view core = words[i].core;
  if (core.empty() || !text::is_digit(core[0])) return std::nullopt;
  if (auto m = gradient(words, i)) return m;
  if (!words[i].prefix.empty()) return std::nullopt;
  if (auto m = mileage(words, i)) return m;
  if (auto m = joined_length(words, i)) return m;
  if (auto m = seconds_range(words, i)) return m;
  return gloss_units(words, i);
}

}  // namespace briefcast::rules
