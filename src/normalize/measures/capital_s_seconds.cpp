// Milliseconds and microseconds written with a capital "S" ("a 50 mS delay", "latency of
// 2mS", "pulses of 3 µS"): by the table "mS" is the millisiemens of a conductivity, but in a line
// of timing (a delay, a latency, a ping, a pulse) the writer means the second, and read as
// siemens it was "a fifty-millisiemens delay". A conductivity keeps its siemens: a length it is
// per ("mS/cm"), or a word of conductivity near; with neither cue the letters stay as written.
#include <string>
#include <string_view>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words of how long a thing takes that a reading in milli- or microseconds is given for.
bool tells_of_timing(std::string_view w) {
  return text::is_one_of_lowered(w, {"delay", "delays", "delayed", "latency", "latencies", "lag", "ping", "pings",
                                     "response", "timeout", "interval", "intervals", "pulse", "pulses", "duration",
                                     "reaction", "refresh", "jitter", "timing", "shutter", "exposure", "lasts",
                                     "lasted", "lasting", "takes", "took", "faster", "slower", "quicker"});
}

// Words of a conductivity, where the siemens is meant whatever else the line says.
bool tells_of_conductivity(std::string_view w) {
  return text::is_one_of_lowered(w, {"conductivity", "conductance", "ec", "salinity", "tds", "nutrient", "nutrients",
                                     "siemens", "millisiemens", "microsiemens", "electrolyte", "hydroponic"});
}

// "mS", "µS", "uS": a second's prefix and a capital "S"; what the prefix makes of a second.
std::string_view second_prefix(std::string_view symbol) {
  if (symbol == "mS") return "milli";
  if (symbol == "uS" || symbol == "\u00b5S" || symbol == "\u03bcS") return "micro";
  return {};
}

// "dS", "mS": a prefixed siemens as the unit table reads it.
bool is_siemens_symbol(std::string_view symbol) {
  return !second_prefix(symbol).empty() || symbol == "dS";
}

}  // namespace

std::optional<Match> match_capital_s_seconds(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || !text::is_digit(w.core[0])) return std::nullopt;
  std::size_t digits = text::number_prefix_length(w.core);
  std::string_view figure = w.core.substr(0, digits);
  std::string_view symbol = w.core.substr(digits);
  std::size_t count = 1;
  if (symbol.empty()) {
    if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
    symbol = words[i + 1].core;
    count = 2;
  }
  std::size_t last = i + count - 1;
  std::string_view prefix = second_prefix(symbol);
  auto number = text::parse_plain_figure(figure);
  // "2.6 mS/cm": a slash after the symbol makes it a conductivity's rate.
  if (!is_siemens_symbol(symbol) || !number || number->negative || text::starts_with(words[last].suffix, "/") ||
      text::any_word_near(words, i, 12, tells_of_conductivity)) {
    return std::nullopt;
  }
  // "the Democrats need 3 dS", "flew 2 mS after take-off": with neither a conductivity nor a
  // timing near, the letters are some other abbreviation, left as written after the figure.
  if (prefix.empty() || !text::any_word_near(words, i, 8, tells_of_timing)) {
    return Match{count, number_words(*number, false) + " " + std::string(symbol), false};
  }
  std::string said = number_words(*number, false) + " " + std::string(prefix) + "second";
  // "a 50 mS delay": before its noun the measure is one adjective.
  if (is_adjectival(words, i, count) || plain_noun_after(words, last)) return Match{count, text::hyphenated(said), false};
  bool one = !number->has_point && number->integer == "1";
  return Match{count, one ? said : said + "s", false};
}

}  // namespace briefcast::rules
