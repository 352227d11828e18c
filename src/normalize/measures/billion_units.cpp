// Capital letters after a figure that energy and water copy use for a billion of a unit: "BU"
// beside words of power is a billion units (kilowatt hours) of electricity, as Indian grid
// reports give output; "BCM" beside words of gas or water is a billion cubic meters. Spelt, the
// letters were lost on a listener; elsewhere they may be anything's initials, so a cue decides.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool tells_of_power(std::string_view w) {
  return text::is_one_of_lowered(w, {"power", "electricity", "hydro", "hydropower", "generation", "generated",
                                     "generate", "grid", "thermal", "solar", "wind", "coal-fired", "kwh", "mw", "gw",
                                     "megawatt", "megawatts", "demand", "consumption", "discom", "discoms"});
}

bool tells_of_gas_or_water(std::string_view w) {
  return text::is_one_of_lowered(w, {"gas", "lng", "pipeline", "pipelines", "water", "reservoir", "reservoirs",
                                     "dam", "lake", "river", "allocation", "storage", "inflow", "inflows", "irrigation",
                                     "aquifer", "groundwater"});
}

}  // namespace

std::optional<Match> match_billion_unit(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  auto number = text::parse_plain_figure(words[i].core);
  if (!number || number->negative) return std::nullopt;
  std::string_view unit = words[i + 1].core;
  // "40 BU graduates": before a plural noun the capitals name what the figure counts (a university's).
  if (words[i + 1].suffix.empty() && i + 2 < words.size() && !words[i + 2].core.empty() &&
      text::is_lower(words[i + 2].core[0]) && text::all_alpha(words[i + 2].core) && words[i + 2].core.back() == 's' &&
      !text::is_function_word(text::lower(words[i + 2].core))) {
    return std::nullopt;
  }
  std::string said = number_words(*number, false);
  // "an 8 BCM reservoir": before a noun the measure is one adjective, its unit singular.
  bool before_noun = is_adjectival(words, i, 2);
  auto spoken = [&](std::string_view one, std::string_view many) {
    return before_noun ? text::hyphenated(said + " " + std::string(one)) : said + " " + std::string(many);
  };
  if (unit == "BU" && text::any_word_near(words, i, 12, tells_of_power)) return Match{2, spoken("billion unit", "billion units"), false};
  if (unit == "BCM" && text::any_word_near(words, i, 12, tells_of_gas_or_water)) {
    return Match{2, spoken("billion cubic meter", "billion cubic meters"), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
