// Temperatures as Canadian Press and AP style write them, with no degree sign: "overnight lows
// of -8 C", "a high of 31 F". A lone "C" or "F" after a figure is many other things (a grade, a
// section, a seat, a player's position, a battery's charge rate), so it is a temperature only
// where the phrase itself says so: a frame right before the figure ("highs of", "boils at") or
// a word of the weather right after the letter.
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Nouns a temperature is given for: "daytime highs of 5 C", "temperatures near 28 F", "set the
// oven to 180 C". Not the weather's other words ("hot", "heat", "forecast"), which a team, a
// market and a race share.
bool is_temperature_frame(std::string_view w) {
  return text::is_one_of_lowered(w, {"high", "highs", "low", "lows", "temperature", "temperatures", "temps",
                                     "minimum", "maximum", "minimums", "maximums", "mercury", "thermometer",
                                     "thermostat", "oven"});
}

// Verbs of heat whose "at" or "to" gives a temperature: "boils at 100 C", "warming to 1.5 C",
// "refrigerated at 2-8 C".
bool is_heat_verb(std::string_view w) {
  return text::is_one_of_lowered(w, {"boils", "boil", "freezes", "freeze", "melts", "melt", "warming", "warmed",
                                     "heated", "cooled", "chilled", "refrigerated", "stored", "preheat",
                                     "preheated"});
}

// Words after a frame that lead to its figure: "highs of", "lows near", "temperatures reached".
bool leads_to_figure(std::string_view w) {
  return text::is_one_of_lowered(w, {"of", "at", "to", "near", "around", "between", "from", "above", "below",
                                     "reached", "reaching", "hit", "hits", "topped"});
}

// The figure at i is framed as a temperature by the two words before it, or closes a range whose
// first end was ("between 2 C and 8 C", "from 5 F to 12 F").
bool framed_as_temperature(const Words& words, std::size_t i, std::string_view letter) {
  if (i < 2 || !words[i - 1].suffix.empty() || !words[i - 2].suffix.empty()) return false;
  std::string_view link = words[i - 1].core;
  std::string_view frame = words[i - 2].core;
  if (leads_to_figure(link) &&
      (is_temperature_frame(frame) || (is_heat_verb(frame) && text::is_one_of(link, {"at", "to", "of"})))) {
    return true;
  }
  // "the mercury fell to -40 F", "temperatures rose to 44 C": the frame before its verb.
  if (i >= 3 && link == "to" && words[i - 3].suffix.empty() && is_temperature_frame(words[i - 3].core) &&
      text::is_one_of_lowered(frame, {"fell", "falls", "dropped", "drops", "dipped", "plunged", "sank", "rose",
                                      "rises", "climbed", "climbs", "soared", "jumped"})) {
    return true;
  }
  // "it will feel like -30 C": the wind chill's reading.
  if (link == "like" && text::is_one_of_lowered(frame, {"feel", "feels", "felt"})) return true;
  return i >= 3 && frame == letter && text::is_one_of(link, {"and", "to", "or"}) &&
         framed_as_temperature(words, i - 3, letter);
}

// "-30 C windchill": a word of the weather right after the letter makes the figure its reading.
bool weather_noun_after(const Words& words, std::size_t k) {
  return words[k].suffix.empty() && k + 1 < words.size() && words[k + 1].prefix.empty() &&
         text::is_one_of_lowered(words[k + 1].core, {"windchill", "wind-chill", "humidex"});
}

// A battery's charge rate is written "5 C" too ("charges at 5 C"): beside its words no temperature.
bool tells_of_charging(std::string_view w) {
  return text::is_one_of_lowered(w, {"battery", "batteries", "charge", "charging", "charged", "discharge",
                                     "discharging", "cell", "cells", "c-rate"});
}

// "6 F Kevin Love", "23 F Street": a name after the letter makes figure and letter a listing or
// a place; a day's or a month's name ("lows of 12 F Saturday") is when the weather comes.
bool name_after(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty() || k + 1 >= words.size() || !text::is_capitalized(words[k + 1].core)) return false;
  std::string_view next = words[k + 1].core;
  return !weekday_name(next) && !month_number(next, true);
}

// "pages 5 C and D": one of a list of letters.
bool letter_list_after(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty() && words[k].suffix != ",") return false;
  if (k + 2 >= words.size() || !text::is_one_of(words[k + 1].core, {"and", "or", "&", "to", "through"})) {
    return words[k].suffix == "," && k + 1 < words.size() && words[k + 1].core.size() == 1 &&
           text::is_upper(words[k + 1].core[0]);
  }
  return words[k + 2].core.size() == 1 && text::is_upper(words[k + 2].core[0]);
}

// "5 C grades", "3 C appeals": a plural noun after the letter is what the figure and letter
// count or grade, no temperature ("lows of 5 C overnight" has no plural after).
bool counted_after(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty() || k + 1 >= words.size() || !words[k + 1].prefix.empty()) return false;
  std::string_view next = words[k + 1].core;
  return next.size() > 2 && text::all_alpha(next) && text::is_lower(next[0]) && text::ends_with(next, "s") &&
         !text::is_function_word(next) && !is_temperature_frame(next);
}

// "5", "-8" (its sign taken off, `minus`), "2-5": the figure of a temperature said, or nothing
// for a figure no thermometer gives (grouped, or of four figures and more).
std::optional<std::string> figure_said(std::string_view figure, bool minus) {
  auto plain = [](std::string_view f) -> std::optional<std::string> {
    auto number = text::parse_number(f);
    if (!number || number->negative || number->grouped || number->integer.size() > 3) return std::nullopt;
    return number_words(*number, false);
  };
  if (auto said = plain(figure)) return minus ? "minus " + *said : *said;
  if (minus || !is_figure_range(figure)) return std::nullopt;
  auto sides = text::split_at_range_dash(figure);
  auto low = plain(sides->before);
  auto high = plain(sides->after);
  if (!low || !high) return std::nullopt;
  return *low + " to " + *high;
}

}  // namespace

std::optional<Match> match_bare_temperature(const Words& words, std::size_t i) {
  std::size_t k = i + 1;
  if (k >= words.size() || !words[i].suffix.empty() || !words[k].prefix.empty() ||
      !text::is_one_of(words[k].core, {"C", "F"})) {
    return std::nullopt;
  }
  // "5 C-section" is one word; a slash or a dash after the letter joins it to another ("5 C/D").
  if (!words[k].suffix.empty() && (words[k].suffix[0] == '/' || words[k].suffix[0] == '-')) return std::nullopt;
  std::string_view figure = words[i].core;
  bool minus = false;
  for (std::string_view sign : {std::string_view("-"), std::string_view("\u2212")}) {
    if (text::starts_with(figure, sign)) {
      figure.remove_prefix(sign.size());
      minus = true;
    }
  }
  // A minus alone says nothing ("Scheffler, -5 F,"): the phrase must name a temperature.
  auto said = figure_said(figure, minus);
  if (!said || labelled_figure(words, i) || letter_list_after(words, k) || counted_after(words, k) ||
      name_after(words, k)) {
    return std::nullopt;
  }
  if (!framed_as_temperature(words, i, words[k].core) && !weather_noun_after(words, k)) return std::nullopt;
  if (text::any_word_near(words, i, 8, tells_of_charging)) return std::nullopt;
  auto unit = find_unit(words[k].core == "C" ? "\u00b0C" : "\u00b0F");
  return Match{2, *said + " " + (*said == "one" ? unit->one : unit->many), false};
}

}  // namespace briefcast::rules
