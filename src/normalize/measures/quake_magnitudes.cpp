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

// The words of a quake story, in tiers. A noun of the quake itself, its waves or who measures
// it (tells_of_quake) makes a line a quake's line anywhere on it; a plural of those is a count
// of quakes, which a compared magnitude sorts ("800 quakes, nearly all below M3"); an everyday
// word of a quake's physics ("the fault ruptured", "shaking was felt") counts only beside a
// noun, since a pipe, a tendon, bees and a gearbox have them too.
enum class QuakeWord { noun, counted_noun, physics };

std::optional<QuakeWord> quake_word(std::string_view word) {
  struct Entry {
    std::string_view word;
    QuakeWord kind;
  };
  static constexpr Entry kWords[] = {
      {"quake", QuakeWord::noun},           {"quakes", QuakeWord::counted_noun},
      {"earthquake", QuakeWord::noun},      {"earthquakes", QuakeWord::counted_noun},
      {"aftershock", QuakeWord::noun},      {"aftershocks", QuakeWord::counted_noun},
      {"tremor", QuakeWord::noun},          {"tremors", QuakeWord::counted_noun},
      {"temblor", QuakeWord::noun},         {"temblors", QuakeWord::counted_noun},
      {"foreshock", QuakeWord::noun},       {"foreshocks", QuakeWord::counted_noun},
      {"mainshock", QuakeWord::noun},       {"mainshocks", QuakeWord::counted_noun},
      {"seismic", QuakeWord::noun},         {"seismicity", QuakeWord::noun},
      {"seismology", QuakeWord::noun},      {"seismologist", QuakeWord::noun},
      {"seismologists", QuakeWord::noun},   {"seismograph", QuakeWord::noun},
      {"seismometer", QuakeWord::noun},     {"seismometers", QuakeWord::noun},
      {"epicentre", QuakeWord::noun},       {"epicenter", QuakeWord::noun},
      {"epicentral", QuakeWord::noun},      {"s-wave", QuakeWord::noun},
      {"s-waves", QuakeWord::noun},         {"p-wave", QuakeWord::noun},
      {"p-waves", QuakeWord::noun},         {"tsunami", QuakeWord::noun},
      {"magnitude", QuakeWord::noun},       {"richter", QuakeWord::noun},
      {"usgs", QuakeWord::noun},            {"rupture", QuakeWord::physics},
      {"ruptures", QuakeWord::physics},     {"ruptured", QuakeWord::physics},
      {"fault", QuakeWord::physics},        {"faults", QuakeWord::physics},
      {"swarm", QuakeWord::physics},        {"swarms", QuakeWord::physics},
      {"shaking", QuakeWord::physics},      {"caldera", QuakeWord::physics},
  };
  std::string lowered = text::lower(word);
  for (const Entry& e : kWords) {
    if (e.word == lowered) return e.kind;
  }
  return std::nullopt;
}

// Words only a line about an earthquake uses: its kinds of shock, where it starts, who measures it.
bool tells_of_quake(std::string_view word) {
  auto kind = quake_word(word);
  return kind && *kind != QuakeWord::physics;
}

bool tells_of_quake_physics(std::string_view word) { return quake_word(word) == QuakeWord::physics; }

// Quakes counted in the plural, and "events", a catalogue's word for them when counted.
bool counts_quakes(std::string_view word) {
  return quake_word(word) == QuakeWord::counted_noun || text::iequals(word, "events");
}

// A word of a quake within span words of word i: a word of tells_of_quake, or one of its
// physics on a line that has one.
bool quake_near(const Words& words, std::size_t i, std::size_t span) {
  if (text::any_word_near(words, i, span, tells_of_quake)) return true;
  return text::any_word_near(words, i, span, tells_of_quake_physics) && text::any_word(words, tells_of_quake);
}

// "800 quakes, nearly all below M3", "45 earthquakes over M4": a whole magnitude compared, with
// a count of quakes a few words before the comparison; alone a whole "M2" is as often a road or
// a size, and "tremors" far off ("markets saw tremors ... below M2 forecasts") sort nothing.
bool compares_magnitude(const Words& words, std::size_t i) {
  constexpr std::size_t kCountBefore = 5;
  if (i < 2 || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"below", "above", "over", "under", "exceeding", "than"})) {
    return false;
  }
  std::size_t from = i - 1 > kCountBefore ? i - 1 - kCountBefore : 0;
  for (std::size_t k = from; k + 1 < i; ++k) {
    if (counts_quakes(words[k].core)) return true;
  }
  return false;
}

// "2.5 ML of water", "1.2 ML a day": a word after the letters that makes them an amount.
bool names_an_amount(const Words& words, std::size_t after) {
  return after < words.size() && words[after - 1].suffix.empty() &&
         text::is_one_of(words[after].core, {"of", "a", "per", "each"});
}

// "a 2.3 ML quake", "a 6.3 Mw shock": after a figure the letters are a scale only before the
// shock they measure; "3.5 ML into the creek" is megalitres and "a 2.5 Mw turbine" megawatts.
bool names_a_shock(const Words& words, std::size_t k) {
  return k < words.size() && words[k - 1].suffix.empty() && words[k].prefix.empty() &&
         (tells_of_quake(words[k].core) || text::is_one_of_lowered(words[k].core, {"shock", "event", "jolt"}));
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
    } else if (next_word && words[i + 1].core == letters && names_a_shock(words, i + 2)) {
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
  // "an ML 4.4 event": before the figure the letters with the shock they measure need no other cue.
  bool letters_first = count == 1 || words[i].core == scale;
  bool cued = quake_near(words, i, 12) || (letters_first && names_a_shock(words, i + count));
  if (!cued || (scale == "ML" && names_an_amount(words, i + count))) {
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
