// Geological and archaeological time after a figure: "66 Ma" (million years ago), "8.6 Myr" (a
// span of million years), "a 66-Ma-old crater", "128 \u00b1 3 ka", and a radiocarbon date
// calibrated to calendar years ("3350-3120 cal BC"). Called by context_units.cpp, whose order
// of readings decides which comes first.
#include "normalize/measures/geological_ages.h"

#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// "128 \u00b1 3 ka": the error after the sign, said; empty when no margin stands at word k.
std::string margin_at(const Words& words, std::size_t k) {
  if (k + 2 >= words.size() || words[k].core != "\u00b1" || !words[k].prefix.empty() || !words[k].suffix.empty() ||
      !words[k + 1].prefix.empty() || !words[k + 1].suffix.empty()) {
    return "";
  }
  auto error = text::parse_number(words[k + 1].core);
  return error && !error->negative ? number_words(*error, false) : "";
}

// Geological ages ("Ma", "Ga", "ka", the "yr" forms of lasting); the scale letter says thousand,
// million or billion.
bool is_age_unit(std::string_view unit) { return text::is_one_of(unit, {"Ma", "Ga", "ka", "Myr", "Gyr", "kyr"}); }
std::string age_scale(std::string_view unit) { return unit[0] == 'k' ? " thousand" : unit[0] == 'M' ? " million" : " billion"; }

// "rocks", "erupted", "dating": everyday words of the earth, too common to name a formation
// ("Hill Fm." is a farm beside them) but enough, beside a range, to make "Ma" an age.
bool tells_of_the_earth(std::string_view core) {
  return text::is_one_of_lowered(core, {"rock", "rocks", "basalt", "basalts", "lava", "volcano", "volcanic", "erupted",
                                        "eruption", "crater", "dating", "dated", "species", "formation", "geologists"});
}

// "fossil", "Cretaceous", "million years", "ice age": a line of geology or deep time.
bool line_tells_of_geology(const Words& words) {
  if (text::any_word(words, tells_of_geology) || text::any_word(words, tells_of_the_earth)) return true;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::string_view one = words[k].core;
    std::string_view two = words[k + 1].core;
    if ((text::iequals(one, "million") && text::is_one_of_lowered(two, {"years", "year"})) ||
        (text::iequals(one, "ice") && text::is_one_of_lowered(two, {"age", "ages"}))) {
      return true;
    }
  }
  return false;
}

// A year of an era or a span of them, said in pairs ("3350" -> "thirty three fifty"); a figure
// with a comma, as before-present dates are written ("4,560"), as a number.
std::optional<std::string> era_figure(std::string_view figure) {
  if (figure.size() <= 4 && text::all_digits(figure) && figure[0] != '0') return paired_digit_words(figure);
  auto number = text::parse_number(figure);
  if (!number || number->negative || number->has_point) return std::nullopt;
  return number_words(*number, false);
}

}  // namespace

// "a 66-Ma-old crater", "a 2.5-Myr-old tooth": the geological age joined into the adjective
// before "old", said "sixty-six-million-year-old"; the letters had been said as a syllable.
std::optional<Match> joined_age(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::ends_with(core, "-old") || !words[i].prefix.empty()) return std::nullopt;
  std::string_view rest = core.substr(0, core.size() - 4);
  std::size_t dash = rest.rfind('-');
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view unit = rest.substr(dash + 1);
  auto figure = text::parse_plain_figure(rest.substr(0, dash));
  if (!figure || !is_age_unit(unit)) return std::nullopt;
  return Match{1, text::hyphenated(number_words(*figure, false) + age_scale(unit) + " year old"), false};
}

std::optional<Match> years_ago(const Words& words, std::size_t i, const std::string& figure, std::size_t n) {
  std::size_t k = i + n;
  // "128 \u00b1 3 ka": the unit after the error is the unit of both figures, so each takes its
  // scale ("one hundred twenty eight thousand plus or minus three thousand years"); said once,
  // the value was heard as 128 years give or take three thousand.
  std::string margin = n == 1 ? margin_at(words, k) : "";
  if (!margin.empty()) k += 2;
  if (n != 1 || k >= words.size() || !words[k].prefix.empty() || !is_age_unit(words[k].core)) {
    return std::nullopt;
  }
  // "66 Ma and Pa": a parent's name in a pair; "393 Myr billion": a currency's code before its scale.
  // "led 2-1 Ma Long", "the 5-6 Ma Kettle": a capitalised word after the letters in the same
  // sentence makes them a name ("BP" is the age's own mark).
  if (words[k].suffix.empty() && k + 1 < words.size() && text::is_capitalized(words[k + 1].core) &&
      words[k + 1].core != "BP") {
    return std::nullopt;
  }
  // "2-3 Ma", "10-8 Ma": a range is an age only on a line of geology or with the age's own word
  // after it ("10-12 kyr ago", "2-3 Ma old"); elsewhere a score or a vote stands before a name.
  bool dated = words[k].suffix.empty() && k + 1 < words.size() && text::is_one_of(words[k + 1].core, {"ago", "old", "BP"});
  if (is_figure_range(words[i].core) && !dated && !line_tells_of_geology(words)) return std::nullopt;
  bool pair = k + 2 < words.size() && text::is_one_of(words[k + 1].core, {"and", "&"}) && words[k + 2].core == "Pa";
  if (pair || (k + 1 < words.size() && text::is_one_of_lowered(words[k + 1].core, {"million", "billion", "bn"}))) {
    return std::nullopt;
  }
  std::string_view unit = words[k].core;
  std::string scale = age_scale(unit);
  // "8.6 Myr": the "yr" forms count years of lasting, never a date before now.
  bool lasting = text::ends_with(unit, "yr");
  std::string said_figure = figure + scale + (margin.empty() ? "" : " plus or minus " + margin + scale) + " years";
  // "66 Ma ago", "a 250 Ma old rock": the word after already says when; "cores span 800 ka",
  // "over the past 120 ka": a word of lasting a few words before makes it a length of time.
  // "past" and "last" only right before the figure: "the volcano last erupted 5 ka" is when.
  bool said = dated || (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"past", "last"}));
  for (std::size_t b = i; b > 0 && i - b < 3 && words[b - 1].suffix.empty(); --b) {
    said = said || text::is_one_of_lowered(words[b - 1].core, {"span", "spans", "spanned", "spanning", "lasted", "lasting",
                                                               "lasts", "covering", "covers", "for"});
  }
  return Match{k + 1 - i, said_figure + (said || lasting ? "" : " ago"), false};
}


// "3350-3120 cal BC", "4,560 cal BP": a radiocarbon date calibrated to calendar years; the
// "cal" before the era is no calorie. The era itself is left to the abbreviation rules.
std::optional<Match> calibrated_date(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || words[i + 1].core != "cal" || !words[i].suffix.empty() || !words[i + 1].suffix.empty() ||
      !text::is_one_of(words[i + 2].core, {"BC", "AD", "BCE", "CE", "BP"})) {
    return std::nullopt;
  }
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  auto first = era_figure(core.substr(0, dash));
  if (!first) return std::nullopt;
  if (dash == std::string_view::npos) return Match{2, *first + " cal", false};
  auto second = era_figure(core.substr(dash + 1));
  if (!second) return std::nullopt;
  return Match{2, *first + " to " + *second + " cal", false};
}

}  // namespace briefcast::rules
