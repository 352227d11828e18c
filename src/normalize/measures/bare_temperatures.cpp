// Temperatures as Canadian Press and AP style write them, with no degree sign: "overnight lows
// of -8 C", "a high of 31 F". A lone "C" or "F" after a figure is many other things (a grade, a
// section, a battery's charge rate, one of a list of letters), so it is a temperature only where
// a word of the weather or of heat stands near, or a minus sign is on the figure.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// Words of the weather or of heat, beside which a figure's "C" is Celsius ("daytime highs of 5 C").
bool tells_of_temperature(std::string_view w) {
  return text::is_one_of_lowered(
      w, {"low", "lows", "high", "highs", "temperature", "temperatures", "degree", "degrees", "frost", "frosts",
          "warm", "warmer", "warmest", "warming", "cold", "colder", "coldest", "chill", "windchill", "wind-chill",
          "humidex", "heat", "heatwave", "hot", "hotter", "hottest", "cool", "cooler", "freezing", "thaw", "mild",
          "forecast", "thermometer", "weather", "overnight", "daytime", "feels", "balmy", "frigid", "sweltering",
          // heat in a house, a kitchen or a lab ("set the thermostat to 68 F", "boils at 100 C")
          "temps", "shade", "thermostat", "oven", "fridge", "refrigerated", "chilled", "boils", "boiling",
          "freezes", "melts", "heated"});
}

// A battery's charge rate is written "5 C" too ("charges at 5 C"): beside its words no temperature.
bool tells_of_charging(std::string_view w) {
  return text::is_one_of_lowered(w, {"battery", "batteries", "charge", "charging", "charged", "discharge",
                                     "discharging", "cell", "cells", "c-rate"});
}

// "Grade 5 C", "Section 3 C", "Vitamin 5 C": after a noun that labels, or a name, the figure and
// letter are a label.
bool labelled_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  if (is_label_noun(before) || text::is_one_of_lowered(before, {"page", "pages", "grade", "grades", "section",
                                                                "category", "class", "vitamin", "chapter", "size"})) {
    return true;
  }
  return before.size() > 1 && text::is_capitalized(before) && text::all_alpha(before) &&
         !text::is_function_word(text::lower(before));
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
         !text::is_function_word(next) && !tells_of_temperature(next);
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
  auto said = figure_said(figure, minus);
  if (!said || labelled_before(words, i) || letter_list_after(words, k) || counted_after(words, k)) return std::nullopt;
  if (!minus && !text::any_word_near(words, i, 12, tells_of_temperature)) return std::nullopt;
  if (text::any_word_near(words, i, 8, tells_of_charging)) return std::nullopt;
  std::string scale = words[k].core == "C" ? "Celsius" : "Fahrenheit";
  return Match{2, *said + (*said == "one" ? " degree " : " degrees ") + scale, false};
}

}  // namespace briefcast::rules
