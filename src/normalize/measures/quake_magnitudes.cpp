// A quake's magnitude, in a line about an earthquake: "an M6.4 quake", "Mw 7.8", "M1.0-M2.8",
// said "magnitude six point four"; its letters were spelt or read as a road's or a size's.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

std::string quantity(const text::NumberLiteral& n) { return number_words(n, false); }

// "an M6.4 quake", "measured at M7.8", "M 5.1 - 32 km SW of Ridgecrest": a seismic magnitude,
// in a line about an earthquake. In the last, a seismic agency's report line, the spaced dash
// parts the magnitude from the place; read as a range it would say "five point one to thirty
// two kilometers", so it is a pause.
// "a magnitude M7.1", "a magnitude of M6.8", "magnitude-M6": the word already says what the
// "M" stands for; said again it was "magnitude magnitude seven point one".
bool after_magnitude(const Words& words, std::size_t i) {
  auto is_word = [&](std::size_t k, std::string_view word) {
    return words[k].suffix.empty() && text::iequals(words[k].core, word);
  };
  return (i > 0 && is_word(i - 1, "magnitude")) || (i > 1 && is_word(i - 1, "of") && is_word(i - 2, "magnitude"));
}

// Words only a line about an earthquake uses: its kinds of shock, where it starts, who measures it.
bool tells_of_quake(std::string_view word) {
  return text::is_one_of_lowered(word, {"quake", "earthquake", "quakes", "earthquakes", "aftershock", "aftershocks",
                                        "tremor", "tremors", "seismic", "usgs", "magnitude", "temblor", "temblors",
                                        "foreshock", "foreshocks", "mainshock", "epicentre", "epicenter", "epicentral",
                                        "seismologist", "seismologists", "seismology", "seismograph", "tsunami",
                                        "richter", "rupture", "ruptures", "fault", "faults", "swarm", "s-wave",
                                        "s-waves", "p-wave", "p-waves", "caldera", "shaking", "seismicity",
                                        "seismometer", "seismometers", "aftershocks"});
}

// Words of quakes themselves, counted or compared: a fault or a rupture may be a person's or a
// pipe's, so only these let a whole magnitude be compared.
bool counts_quakes(std::string_view word) {
  return text::is_one_of_lowered(word, {"quake", "quakes", "earthquake", "earthquakes", "aftershock", "aftershocks",
                                        "tremor", "tremors", "swarm", "seismicity", "foreshocks"});
}

// "most below M2", "events above M3": a whole magnitude compared, on a line that counts quakes;
// alone a whole "M2" is as often a road or a size.
bool compares_magnitude(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"below", "above", "over", "under", "exceeding", "than"}) &&
         text::any_word(words, counts_quakes);
}

// "2.5 ML of water", "1.2 ML a day": a word after the letters that makes them an amount.
bool names_an_amount(const Words& words, std::size_t after) {
  return after < words.size() && words[after - 1].suffix.empty() &&
         text::is_one_of(words[after].core, {"of", "a", "per", "each"});
}

// "a 5.4 Mw event", "the Mw 7.8 quake", "Mw7.8": the moment magnitude, said "magnitude five
// point four" as the "M" of "M6.4" is; its letters were spelt "M W". A figure of one digit with a
// point, with a word of quakes near ("Mw" is also a miscased megawatt).
// "a 0.6 ML tremor", "ML 2.9": the local magnitude, said so too. "ML" is also the megaliter, the
// unit of a reservoir or a well's water, so only with a word of quakes near and no amount's
// word after it.
std::optional<Match> moment_magnitude(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view figure;
  std::string_view scale;
  std::size_t count = 1;
  bool next_word = words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty();
  for (std::string_view letters : {std::string_view("Mw"), std::string_view("ML")}) {
    if (core == letters && next_word) {
      figure = words[i + 1].core;
      count = 2;
    } else if (core.size() > 3 && text::starts_with(core, letters) && text::is_digit(core[2])) {
      figure = core.substr(2);
    } else if (next_word && words[i + 1].core == letters) {
      figure = core;
      count = 2;
    } else {
      continue;
    }
    scale = letters;
    break;
  }
  auto number = figure.empty() ? std::nullopt : text::parse_number(figure);
  if (!number || !number->has_point || number->integer.size() != 1 || number->negative) return std::nullopt;
  if (!text::any_word_near(words, i, 12, tells_of_quake) || (scale == "ML" && names_an_amount(words, i + count))) {
    return std::nullopt;
  }
  return Match{count, "magnitude " + quantity(*number), false};
}

// "M1.0-M2.8", "M4.5–5.0": a range of magnitudes in one word, said "magnitude one point zero to
// two point eight"; each end a magnitude of one digit with a point. The dash had been silent,
// and two magnitudes were heard where a range was meant.
std::optional<std::string> magnitude_range(std::string_view figure) {
  auto sides = text::split_at_range_dash(figure);
  if (!sides) return std::nullopt;
  std::string_view high = sides->after;
  if (!high.empty() && high[0] == 'M') high.remove_prefix(1);
  auto low_number = text::parse_number(sides->before);
  auto high_number = text::parse_number(high);
  for (const auto& n : {low_number, high_number}) {
    if (!n || !n->has_point || n->integer.size() != 1 || n->negative) return std::nullopt;
  }
  return quantity(*low_number) + " to " + quantity(*high_number);
}

}  // namespace

std::optional<Match> match_quake_magnitude(const Words& words, std::size_t i) {
  if (auto moment = moment_magnitude(words, i)) return moment;
  std::string_view glued = words[i].core;
  if (glued.size() > 4 && glued[0] == 'M' && text::is_digit(glued[1]) && text::any_word(words, tells_of_quake)) {
    if (auto range = magnitude_range(glued.substr(1))) {
      return Match{1, after_magnitude(words, i) ? *range : "magnitude " + *range, false};
    }
  }
  std::string_view core = words[i].core;
  std::string_view joined;  // "magnitude-" written against the "M"
  if (core.size() > 11 && text::iequals(core.substr(0, 11), "magnitude-m") && core[10] == 'M') {
    joined = core.substr(0, 10);
    core.remove_prefix(10);
  }
  bool named = !joined.empty() || after_magnitude(words, i);
  bool compared = compares_magnitude(words, i);
  bool spaced = core == "M" && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty();
  std::string_view figure = spaced ? words[i + 1].core : core.size() >= (named || compared ? 2u : 4u) && core[0] == 'M' ? core.substr(1) : "";
  if (figure.empty() || !text::is_digit(figure[0])) return std::nullopt;
  // "M6.7+": a catalogue's "this magnitude or more", said so; read as written it was "plus".
  bool or_greater = figure.size() > 1 && figure.back() == '+';
  if (or_greater) figure.remove_suffix(1);
  auto number = text::parse_number(figure);
  // A whole magnitude ("M6") is one only after the word "magnitude": alone it is a road or a size.
  if (!number || !(number->has_point || named || compared) || number->integer.size() != 1 || number->negative) {
    return std::nullopt;
  }
  bool quake = named || text::any_word(words, tells_of_quake);
  if (!quake) return std::nullopt;
  std::size_t count = spaced ? 2 : 1;
  // "M7.0+": a threshold's nought after the point goes unsaid ("magnitude seven or greater").
  if (or_greater && number->has_point && number->decimals.find_first_not_of('0') == std::string::npos) {
    number->has_point = false;
    number->decimals.clear();
  }
  std::string spoken = named && joined.empty() ? quantity(*number) : "magnitude " + quantity(*number);
  if (or_greater) spoken += " or greater";
  bool dash_after = i + count + 1 < words.size() && words[i + count - 1].suffix.empty() &&
                    text::is_dash_word(words[i + count].raw);
  if (dash_after) return Match{count + 1, spoken + ",", false};
  return Match{count, spoken, false};
}

}  // namespace briefcast::rules
