// Counts written with the letter of their scale: "3.2m users", "8.5M devices", "850K TEUs",
// "1.8T parameters". A capital "M" after a count is million (meters are written "m"); a
// lower-case "m" is million before the things counted, and elsewhere ("the list stood at
// 7.6m in May") million or meters as the other words of the line say (count_cues.cpp holds
// the words that tell them apart).
#include <utility>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

std::string quantity(const text::NumberLiteral& n) { return number_words(n, false); }

// "2.3m equivalent units", "2m monthly downloads", "37.2m TEU": after a lower-case "m" the
// things counted may follow one describing word, or be an initialism (a length has neither:
// "a 7.6m wall"). Only a figure with a point makes an initialism a count ("a 10m CCTV mast").
bool counted_after_modifier(const Words& words, std::size_t j, bool decimal) {
  if (j >= words.size() || !words[j].prefix.empty() || !words[j - 1].suffix.empty()) return false;
  std::string_view first = words[j].core;
  // "37.2m TEU", "2.1m TEUs": an initialism, or its plural.
  std::string_view letters = first.size() >= 3 && first.back() == 's' ? first.substr(0, first.size() - 1) : first;
  if (decimal && letters.size() >= 2 && letters.size() <= 5 && text::all_upper(letters) && text::all_alpha(letters)) {
    return true;
  }
  // "1.42m 9-litre cases", "2m 75cl bottles": a figure sized in a unit of its own before a
  // plural; a length is never followed by another measure's noun, so the "m" counts.
  if (std::size_t digits = text::number_prefix_length(first); digits > 0 && words[j].suffix.empty() &&
      j + 1 < words.size() && words[j + 1].prefix.empty() && is_plural_noun(words[j + 1].core)) {
    std::string_view unit = first.substr(digits);
    if (!unit.empty() && unit[0] == '-') unit.remove_prefix(1);
    // Not a length ("2.4m 3-metre posts" may give two sizes of one thing).
    UnitKind kind = unit_kind(unit);
    bool length = kind == UnitKind::short_length || kind == UnitKind::long_length || is_length_cue(text::lower(unit)) ||
                  text::is_one_of_lowered(unit, {"metre", "meter", "foot", "inch", "mile", "yard"});
    if (!unit.empty() && !length && (find_unit(unit) || is_unit_name(std::string(unit) + "s"))) return true;
  }
  // "1.3m low-paid workers": a describing word may be joined by a hyphen.
  if (first.size() < 3 || !text::is_letters_word(first) || !text::is_lower(first[0]) || !words[j].suffix.empty() ||
      text::is_function_word(first) || is_length_cue(first) || is_race_word(first) || j + 1 >= words.size() ||
      !words[j + 1].prefix.empty()) {
    return false;
  }
  return is_counted_noun(words[j + 1].core);
}

// "1.4m prepayment meters", "2m cubic metres", "3m air miles": a unit's name in full heads the
// noun phrase after a lower-case "m", with one or two describing words before it. The name is
// the thing counted (no length is written "1.4 meters prepayment meters"), so the "m" is
// million; the counted-plural rule passes these by, as the name is also a word of lengths.
bool unit_name_after_modifiers(const Words& words, std::size_t j) {
  for (std::size_t k = j; k < words.size() && k < j + 2; ++k) {
    std::string_view w = words[k].core;
    if (!words[k].prefix.empty() || !words[k].suffix.empty() || w.size() < 3 || !text::all_alpha(w) ||
        !text::is_lower(w[0]) || text::is_function_word(w) || is_length_cue(w) || k + 1 >= words.size() ||
        !words[k + 1].prefix.empty()) {
      return false;
    }
    if (is_unit_name(words[k + 1].core)) return true;
  }
  return false;
}

// "175m monthly active users", "1.2m working days", "3.6m hours", "8.5m Windows machines",
// "1.8m fish": after a lower-case "m", things counted that no list names, after up to two
// describing words or a name: a plural in lower case, or a plural without its "s". A length
// goes before a noun in the singular ("a 7.6m wall"), so a plural after the figure counts,
// except a thing lengths are given for ("the 400m heats", "3m ceilings"), after describing words
// in a line about lengths ("2m swells and waves 3m high"), or after an article or a possessive before a whole
// figure ("the 100m starts", "the gallery's 2m statues"; "its 3.6m hours" still counts).
bool counted_plural_after(const Words& words, std::size_t i, std::size_t j, const text::NumberLiteral& n) {
  if (j >= words.size()) return false;
  bool determined = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"the", "a", "an", "this", "that", "its", "each",
                                                                         "every", "per"});
  if (!n.has_point && (determined || is_adjectival(words, i, j - i))) return false;
  for (std::size_t k = j; k < words.size() && k < j + 3; ++k) {
    std::string_view w = words[k].core;
    bool name = k == j && w.size() >= 3 && text::all_alpha(w) && text::is_upper(w[0]) && !text::all_upper(w);
    if (!words[k].prefix.empty() || !words[k - 1].suffix.empty() || w.size() < 3 || !text::is_letters_word(w) ||
        (!text::is_lower(w[0]) && !name) || text::is_function_word(text::lower(w)) || is_measured_thing(w)) {
      return false;
    }
    // "1.2m Australians", "3m Londoners": a people's plural name is what is counted.
    bool people = name && (text::ends_with(w, "ans") || text::ends_with(w, "ons") || text::ends_with(w, "ers") ||
                           text::ends_with(w, "ites"));
    if (name && !people) continue;
    if (people || text::is_one_of(w, {"fish", "sheep", "cattle", "deer", "livestock", "poultry", "salmon", "people"}) ||
        (is_plural_noun(w) && !text::is_one_of(w.substr(w.size() - 2), {"ss", "us", "is"}) && !find_unit(w))) {
      // Right after the figure the plural weighs more than the rest of the line: "listed 1.2m
      // patterns" in a line that also gives a length is still a count.
      return k == j || line_says_million(words, i) >= 0;
    }
  }
  return false;
}

// "a 1.31m annualized rate", "a 1.2m seasonally adjusted pace": counts go at a rate, a length
// has none. Up to three describing words in lower case may stand before the rate.
bool rate_follows(const Words& words, std::size_t j) {
  for (std::size_t k = j; k < words.size() && k < j + 4; ++k) {
    std::string_view w = words[k].core;
    if (!words[k].prefix.empty() || (k > j && !words[k - 1].suffix.empty()) || w.empty() || !text::is_lower(w[0])) {
      return false;
    }
    if (text::is_one_of(w, {"rate", "pace", "clip"})) return true;
    if (!text::all_alpha(w) || text::is_function_word(w)) return false;
  }
  return false;
}

// A word that follows a figure as its noun: anything but a function word or nothing.
bool noun_follows_word(std::string_view noun) { return !noun.empty() && !text::is_function_word(text::lower(noun)); }

// "Genelec's 8351B monitors", "650B wheels": billions are written with a point or a short
// figure ("2.5B", "70B"), so a whole figure of four digits or more with a "B" or a "T" is a
// model's name, and one of three before a plural that is no thing counted is a model or a size
// (a count of those, "175B parameters", still counts). Left to the code rules.
bool model_suffix(const text::NumberLiteral& n, std::string_view noun) {
  if (n.has_point || n.grouped || n.integer.size() < 3) return false;
  return n.integer.size() >= 4 || (is_plural_noun(noun) && !is_counted_noun(noun));
}

// Nothing or the mark that ends a clause after a word ("312 m," "96 m.").
bool clause_mark_only(std::string_view suffix) {
  return suffix.empty() || text::is_one_of(suffix, {",", ".", ";", ")", "),", ")."});
}

// "the 400 M hurdles", "Route 66 M signs", "Annex 2 M rules": a spaced capital "M" after a
// race's distance, or after a figure that labels a thing ("Route 66", "Section 4"), is part of
// the distance or the label, never a count in millions.
bool spaced_m_is_no_scale(const Words& words, std::size_t i, std::string_view noun) {
  if (is_race_word(noun)) return true;
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  bool name = before.size() > 1 && text::is_upper(before[0]) && text::all_alpha(before) &&
              !text::is_function_word(text::lower(before));
  return is_label_noun(before) || name;
}

// "3.2m users", "2 m people", "8.5M devices", "2.5B users", "1.8T parameters".
std::optional<Match> millions(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t count = 1;
  std::string_view figure = w.core;
  // "100M+ downloads": more than the figure.
  bool plus = text::ends_with(figure, "+");
  if (plus) figure.remove_suffix(1);
  // "557K oz": a "K" before a unit symbol is thousands (alone, "300K" may be kelvin).
  if (figure.size() > 1 && figure.back() == 'K' && w.suffix.empty() && i + 1 < words.size() &&
      words[i + 1].core.size() <= 3 && words[i + 1].prefix.empty()) {
    auto number = text::parse_number(figure.substr(0, figure.size() - 1));
    auto unit = find_unit(words[i + 1].core);
    if (number && !number->negative && unit) return Match{2, quantity(*number) + " thousand " + unit->many, false};
  }
  std::string scale = "million";
  if (text::ends_with(figure, "B") || text::ends_with(figure, "T")) scale = figure.back() == 'B' ? "billion" : "trillion";
  // "2.1bn bu": a scale written as letters, here only before a unit symbol.
  bool lettered = figure.size() > 2 && (text::ends_with(figure, "bn") || text::ends_with(figure, "mn"));
  if (lettered) {
    scale = figure[figure.size() - 2] == 'b' ? "billion" : "million";
    figure.remove_suffix(1);
  }
  bool capital_m = text::ends_with(figure, "M");
  bool capital = capital_m || scale != "million" || lettered;
  // "1.2 M units": a spaced capital "M" is million only before the things counted; alone it
  // may be a solution's molarity ("a 0.5 M buffer").
  bool spaced_capital = false;
  if (capital || text::ends_with(figure, "m")) {
    figure.remove_suffix(1);
  } else if (!plus && w.suffix.empty() && i + 1 < words.size() && words[i + 1].core == "m" &&
             clause_mark_only(words[i + 1].suffix)) {
    // "fell to 312 m, while": a clause may end after the scale.
    count = 2;
  } else if (!plus && w.suffix.empty() && i + 1 < words.size() && words[i + 1].core == "M" &&
             words[i + 1].suffix.empty()) {
    count = 2;
    capital = capital_m = spaced_capital = true;
  } else {
    return std::nullopt;
  }
  auto number = text::parse_number(figure);
  if (!number || number->negative) return std::nullopt;
  // "over 3200m": a count in millions is written with at most three figures before a
  // lower-case "m" ("3.2bn", "1,500m"); four or more whole figures are meters.
  if (!capital && !number->has_point && !number->grouped && number->integer.size() >= 4) return std::nullopt;
  std::string spoken = (plus ? "more than " : "") + quantity(*number) + " " + scale;
  const Word* next = i + count < words.size() ? &words[i + count] : nullptr;
  std::string_view noun = next && w.suffix.empty() && (count == 1 || words[i + 1].suffix.empty()) ? next->core : "";
  // "87.6 m AOD", "3.2m ODN": a level above a survey's datum is in meters, never a count.
  if (!capital && text::is_one_of(noun, {"AOD", "ODN", "OD", "ASL", "AMSL"})) return std::nullopt;
  if (!lettered && !capital_m && capital && model_suffix(*number, noun)) return std::nullopt;
  if (spaced_capital && spaced_m_is_no_scale(words, i, noun)) return std::nullopt;
  if (is_counted_noun(noun) || names_currency_after_figure(noun) || (capital && is_plural_noun(noun)) ||
      is_unit_name(noun)) {
    return Match{count, spoken, false};
  }
  if (spaced_capital) return std::nullopt;
  // "1.5m of the 4m voters": the part takes the whole's scale; "1.2m per acre" is no length.
  auto whole_at = capital ? std::nullopt : whole_after_part(words, i + count);
  if (whole_at && (millions(words, *whole_at) || (*whole_at + 1 < words.size() && words[*whole_at].suffix.empty() &&
                                                  text::is_one_of(words[*whole_at + 1].core, {"million", "mn", "mln"})))) {
    return Match{count, spoken, false};
  }
  bool short_figure = number->has_point || number->integer.size() == 1;
  if (!capital && short_figure && !number->grouped && per_area_follows(words, i + count)) return Match{count, spoken, false};
  if (!capital && counted_after_modifier(words, i + count, number->has_point)) return Match{count, spoken, false};
  if (!capital && unit_name_after_modifiers(words, i + count)) return Match{count, spoken, false};
  if (!capital && number->has_point && w.suffix.empty() && rate_follows(words, i + count)) {
    return Match{count, spoken, false};
  }
  // A single whole figure is as often a length of things ("3m ceilings", "6m beams"), so only
  // a figure with a point or of two figures or more counts unnamed things.
  bool count_sized = number->has_point || number->grouped || number->integer.size() >= 2;
  if (!capital && count == 1 && count_sized && counted_plural_after(words, i, i + 1, *number)) {
    return Match{count, spoken, false};
  }
  // "2.1B bu", "3M t", "3.4m bbl": a unit symbol after the scale is said by its name. After a
  // lower-case "m" only a unit no length could be counted in ("5m ft" is no measure). Four
  // letters take a plural's "s" ("1.2m pkgs").
  if ((capital || !is_length_or_time_unit(noun)) && !noun.empty() && noun.size() <= 4 &&
      !text::is_function_word(text::lower(noun))) {
    if (auto unit = find_unit(noun); unit && unit->many != scale) {
      return Match{count + 1, spoken + " " + unit->many, false};
    }
  }
  // "1.37m t", "3M t": a "t" after a scale is the tonne (alone it may be a letter).
  if (noun == "t" && words[i + count].suffix.find('/') == std::string_view::npos) {
    return Match{count + 1, spoken + " tonnes", false};
  }
  // "1.2m sq ft": an area is no length, so the scale counts its square feet.
  if (noun == "sq" && i + count + 1 < words.size() && words[i + count].suffix.empty() &&
      words[i + count + 1].prefix.empty()) {
    std::string area = "sq " + std::string(words[i + count + 1].core);
    if (auto unit = find_unit(area)) return Match{count + 2, spoken + " " + unit->many, false};
  }
  // "2m and 70cm", "fences set at 1.35m": a length beside the figure, whatever the line says.
  if (!capital && length_beside(words, i)) return std::nullopt;
  bool whole_small = !number->has_point && !number->grouped && number->integer.size() >= 2;
  if (!capital && whole_small && race_distance_before(words, i, count)) return std::nullopt;
  // A count given to a point, as counts in millions are ("fell to 2.04m"); a whole figure is as
  // often a height things rise to ("the spires rose to 120m").
  // "birds rose to 1,000 m": a thousand million is a billion, which a count writes "1bn"; a
  // grouped whole figure there is a length.
  bool whole = !number->has_point;
  if (!capital && !(whole && number->grouped) && counted_subject_changes_to(words, i, whole)) {
    return Match{count, spoken, false};
  }
  // "rose to 548mn.": "bn" and "mn" are scales whatever follows; with no noun, the figure alone.
  if (lettered) return noun_follows_word(noun) ? std::nullopt : std::optional<Match>(Match{count, spoken, false});
  // "1.33M, below", "8.5M Windows PCs": a capital "M" after a count of up to three figures
  // is million ("5500M" is a model). Not in a race ("the 100M final").
  bool small = number->has_point || number->grouped || number->integer.size() <= 3;
  // "Room 301M", "at Line 4B": a whole figure is a label; another count in the line ("shipped
  // 3.4m units") does not make the label a sum.
  bool label = !number->has_point && !number->grouped && labelled_figure(words, i);
  // With a point ("hit 2.3M") it is million even in a line with a word of lengths ("jumped"):
  // meters are written "m", and no label or model number has a point.
  if (capital_m && count == 1 && small && !label && !is_race_word(text::lower(noun)) &&
      (number->has_point || line_says_million(words, i) >= 0)) {
    return Match{count, spoken, false};
  }
  // "up from 11.9B.", "at 15B in a line about money": a "B" or "T" with a point, or after a
  // short figure in a line of counts or money, is billions; "Apartment 15B" stays a label.
  bool scale_letter = capital && !capital_m && count == 1 && !noun_follows_word(noun);
  if (scale_letter && (number->has_point || (small && !label && line_says_million(words, i) > 0))) return Match{count, spoken, false};
  // "the list stood at 7.6m in May": no noun after it, and the line speaks of counts or money.
  bool noun_follows = !noun.empty() && !text::is_function_word(text::lower(noun)) && !participle_clause_follows(words, i + count);
  if (!capital && count == 1 && !noun_follows && line_says_million(words, i) > 0) return Match{count, spoken, false};
  return std::nullopt;
}

// "rose to 70k.", "a 128K-token window": thousands with no noun after them, or joined to the
// noun they qualify. Not a race ("ran a 10K."), not a retirement plan ("a 401k").
std::optional<Match> thousands_alone(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  std::string_view figure = core.substr(0, dash);
  std::string_view joined = dash == std::string_view::npos ? std::string_view() : core.substr(dash + 1);
  if (figure.size() < 2 || (figure.back() != 'k' && figure.back() != 'K')) return std::nullopt;
  auto number = text::parse_number(figure.substr(0, figure.size() - 1));
  if (!number || number->negative || number->integer == "401") return std::nullopt;
  std::string spoken = quantity(*number) + " thousand";
  // "45.6 per 100k population", "per 10k": a rate's base is a count, whatever noun follows.
  bool rate_base = i > 0 && words[i - 1].suffix.empty() && text::lower(words[i - 1].core) == "per";
  if (rate_base && joined.empty()) return Match{1, spoken, false};
  if (joined.empty() && spans_to_thousands(words, i)) return Match{1, spoken, false};
  bool large = number->has_point || number->grouped || number->integer.size() >= 3 ||
               (number->integer.size() == 2 && number->integer >= "11");
  if (!large) return std::nullopt;
  // Races are run over up to a hundred kilometers ("ran a 50K"); "a print run of 250k" is a count.
  bool race_length = !number->has_point && !number->grouped && (number->integer.size() <= 2 || number->integer == "100");
  if (race_length && text::any_word(words, is_running_word)) {
    return std::nullopt;
  }
  if (!joined.empty()) {
    if (!text::all_alpha(joined) || !text::is_lower(joined[0])) return std::nullopt;
    return Match{1, text::hyphenated(spoken + " " + std::string(joined)), false};
  }
  // "800k in 2020", "50k and rising": a little word after the figure begins no noun either.
  bool no_noun = !words[i].suffix.empty() || i + 1 == words.size() ||
                 (words[i + 1].prefix.empty() && !noun_follows_word(words[i + 1].core));
  return no_noun ? std::optional<Match>(Match{1, spoken, false}) : std::nullopt;
}

// "4K TVs", "8K displays": one figure and a capital K before a screen or its pictures is a
// resolution, said "four K", never four thousand of them.
bool is_resolution(std::string_view figure, std::string_view noun) {
  return figure.size() == 2 && text::is_digit(figure[0]) && figure[1] == 'K' &&
         text::is_one_of_lowered(noun, {"tv", "tvs", "television", "televisions", "display", "displays", "monitor",
                                              "monitors", "screen", "screens", "video", "videos", "projector",
                                              "projectors", "camera", "cameras", "footage", "streaming", "broadcast",
                                              "broadcasts", "resolution", "stream", "streams", "content", "playback"});
}

// "UHD 4K", "HDR 4K": after a display format's letters "4K" is a picture's width, "four K".
bool after_display_format(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of(words[i - 1].core, {"UHD", "HDR", "HD", "Ultra", "OLED", "QLED", "native", "true"});
}

// "100K jobs", "50k followers", "1.5K likes", "850K TEUs": a count in thousands before the
// things counted ("a 10K run" is a race's name and stays).
std::optional<Match> thousands(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto alone = thousands_alone(words, i)) return alone;
  if (!w.suffix.empty() || w.core.size() < 2 || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view figure = w.core;
  // "500K+ users": more than the figure.
  bool plus = text::ends_with(figure, "+");
  if (plus) figure.remove_suffix(1);
  if (figure.size() < 2 || (figure.back() != 'k' && figure.back() != 'K')) return std::nullopt;
  auto number = text::parse_number(figure.substr(0, figure.size() - 1));
  std::string_view noun = words[i + 1].core;
  // "780k fish", "12k sheep": plurals the same as their singular count as well ("k" sizes no animal).
  bool same_plural = text::is_one_of(noun, {"fish", "sheep", "cattle", "deer", "salmon", "trout", "poultry", "livestock",
                                            "swine", "bison", "shrimp"});
  // "160k cbm", "850k bbl": a unit symbol after the thousands is said by its name, as after a
  // million's "m"; not a length's or a time's ("a 10k m" is no measure).
  if (auto unit = find_unit(noun); unit && number && !number->negative && !plus && noun.size() >= 2 &&
                                   noun.size() <= 4 && !is_length_or_time_unit(noun) &&
                                   !text::is_function_word(text::lower(noun))) {
    std::string said = quantity(*number) + " thousand ";
    bool before_noun = words[i + 1].suffix.empty() && i + 2 < words.size() && words[i + 2].prefix.empty() &&
                       !words[i + 2].core.empty() && text::all_alpha(words[i + 2].core) && text::is_lower(words[i + 2].core[0]) &&
                       !text::is_function_word(words[i + 2].core) && !text::ends_with(words[i + 2].core, "ly");
    // "a 160k cbm LNGC": before a code or a container the unit sizes it, as any measure does.
    before_noun = before_noun || is_adjectival(words, i, 2) || measure_modifies_noun(words, i, 2);
    if (before_noun) return Match{2, text::hyphenated(said + std::string(unit->one)), false};
    return Match{2, said + std::string(unit->many), false};
  }
  if (!number || number->negative || (!is_plural_noun(noun) && !is_counted_noun(noun) && !same_plural)) {
    return std::nullopt;
  }
  if (!plus && (is_resolution(figure, noun) || (figure.size() == 2 && after_display_format(words, i)))) return std::nullopt;
  if (!plus && race_distance_in_k(*number, words, i + 1)) return std::nullopt;
  return Match{1, (plus ? "more than " : "") + quantity(*number) + " thousand", false};
}

}  // namespace

std::string said_at_least(const Words& words, std::size_t i, const std::string& said, bool round) {
  bool stated = words[i].suffix.empty() && i + 2 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"or"}) &&
                text::is_one_of_lowered(words[i + 2].core, {"more", "above", "higher", "over"});
  if (stated) return said;
  return round ? "more than " + said : said + " or more";
}

namespace {

// "300+ migrants", "10,000+ people": more than the figure, before the things counted.
std::optional<Match> more_than(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.back() != '+' || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  std::string_view noun = words[i + 1].core;
  if (!number || number->negative || !words[i + 1].prefix.empty()) return std::nullopt;
  // "3+ GW", "30+ mph": the figure and more ("three-plus gigawatts"), in the unit after it.
  if (auto unit = find_unit(noun); unit && noun.size() >= 2 && !text::is_function_word(text::lower(noun))) {
    return Match{2, text::hyphenated(quantity(*number) + " plus") + " " + unit->many, false};
  }
  if (!is_plural_noun(noun) && !is_counted_noun(noun)) return std::nullopt;
  // "UMF 20+ sells", "rated SPF 50+ lasts": after a rating's initialism the "+" is its grade
  // ("twenty plus"), and the word after is a verb; a listed count still counts ("NFL 100+ players").
  const Word* before = i > 0 ? &words[i - 1] : nullptr;
  if (before && before->suffix.empty() && before->core.size() >= 2 && before->core.size() <= 5 &&
      text::all_upper(before->core) && text::all_alpha(before->core) && !is_counted_noun(noun)) {
    return Match{1, quantity(*number) + " plus", false};
  }
  // "26+ staff", "5+ seconds": a figure short of a round ten is a threshold, which it includes:
  // "twenty six or more" ("more than" had left the figure out). A round figure ("300+
  // migrants") is a rough count, said "more than three hundred" as news says it.
  bool round = !number->has_point && !number->integer.empty() && number->integer.back() == '0';
  return Match{1, said_at_least(words, i, quantity(*number), round), false};
}

// The scale of wire copy ("mln", "bln", "trln"): "1.2 mln units", "4bln dollars". Unlike a
// lone "m" or "b" these letters are nothing else, so the scale is said wherever they stand.
std::optional<std::string> wire_scale(std::string_view letters) {
  if (!text::is_one_of(letters, {"mln", "bln", "trln"})) return std::nullopt;
  return speak_scale(letters);
}

// "+0.4 bn", "±0.2 bn": a change or a margin, its sign said before the figure.
std::string_view sign_words(std::string_view& core) {
  for (auto [sign, said] : {std::pair<std::string_view, std::string_view>{"+", "plus "}, {"\u00b1", "plus or minus "},
                            {"-", "minus "}, {"\u2212", "minus "}}) {
    if (text::starts_with(core, sign)) {
      core.remove_prefix(sign.size());
      return said;
    }
  }
  return "";
}

// "4.5 bn yrs": a unit symbol after the scale, which the measure rules say with it.
bool unit_symbol_after(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty() || words[j].core.size() > 4) return false;
  return find_unit(words[j].core) && !text::is_function_word(text::lower(words[j].core));
}

std::optional<Match> wire_copy_scale(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view sign = sign_words(core);
  std::size_t digits = 0;
  while (digits < core.size() && (text::is_digit(core[digits]) || core[digits] == '.' || core[digits] == ',')) ++digits;
  if (digits == 0) return std::nullopt;
  std::size_t count = 1;
  auto scale = sign.empty() ? wire_scale(core.substr(digits)) : std::nullopt;
  // "3 bn dollars", "paid 4 bn to settle", "hit 14.6 mn in May": "bn" and "mn" as words of
  // their own after a figure are the scale and nothing else, whatever follows but a unit symbol
  // (joined, "3bn" is millions()'s).
  if (!scale && digits == core.size() && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    std::string_view next = words[i + 1].core;
    // "mn" only before the clause's end, a little word or a noun that is no unit: "9 mn t" is
    // the tonnes' measure.
    auto noun_or_end = [&words](std::size_t k) {
      if (k >= words.size()) return true;
      std::string_view w = words[k].core;
      return text::is_function_word(text::lower(w)) ||
             (w.size() >= 3 && text::all_alpha(w) && text::is_lower(w[0]) && !find_unit(w));
    };
    bool mn_alone = next == "mn" && (!words[i + 1].suffix.empty() || noun_or_end(i + 2));
    bool lone = (next == "bn" || mn_alone) && !unit_symbol_after(words, i + 2);
    scale = lone ? std::optional<std::string>(next == "bn" ? "billion" : "million") : wire_scale(next);
    count = 2;
  }
  auto number = scale ? text::parse_number(core.substr(0, digits)) : std::nullopt;
  if (!number || number->negative) return std::nullopt;
  return Match{count, std::string(sign) + quantity(*number) + " " + *scale, false};
}

}  // namespace

namespace {

// "a 70B-parameter model", "a 1.5M-strong army", "a 2bn-euro deal": a count with its scale letter
// joined to the word it qualifies is one compound ("a seventy-billion-parameter model").
std::optional<Match> scaled_compound(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash < 2) return std::nullopt;
  std::string_view figure = core.substr(0, dash);
  std::string_view word = core.substr(dash + 1);
  if (word.empty() || !text::all_alpha(word) || !text::is_lower(word[0])) return std::nullopt;
  std::size_t digits = text::number_prefix_length(figure);
  std::string_view letters = figure.substr(digits);
  if (digits == 0 || !text::is_one_of(letters, {"M", "B", "T", "bn", "mn", "tn"})) return std::nullopt;
  auto number = text::parse_number(figure.substr(0, digits));
  auto scale = scale_suffix(letters);
  if (!number || number->negative || !scale) return std::nullopt;
  return Match{1, text::hyphenated(quantity(*number) + " " + *scale + " " + std::string(word)), false};
}

}  // namespace

std::optional<Match> match_count_scale(const Words& words, std::size_t i) {
  if (auto m = wire_copy_scale(words, i)) return m;
  if (auto m = scaled_compound(words, i)) return m;
  if (auto m = millions(words, i)) return m;
  if (auto m = more_than(words, i)) return m;
  return thousands(words, i);
}

}  // namespace briefcast::rules
