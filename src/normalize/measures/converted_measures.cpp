// A measure with its conversion in brackets before the noun they both describe: "a 48\" (122
// cm) height limit", "a 30 cm (12 in) pan", "the 6 ft (1.8m) wall". The bracket is an aside;
// the noun after it is the one the measure qualifies, so the measure is one compound adjective
// and so is its conversion ("a forty-eight-inch (one-hundred-twenty-two-centimeter) height
// limit"). Only after an article or a possessive: "rose 5 cm (2 in) overnight" has no noun.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

bool opens_with_figure(const Word& w) { return w.prefix == "(" && !w.core.empty() && text::is_digit(w.core[0]); }

// "height", "gas-fired": a lowercase word that may be a noun or the first word of its phrase.
bool noun_like(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  bool hyphened = w.find('-') != std::string_view::npos && w.back() != '-' &&
                  w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos;
  return w.size() >= 3 && text::is_lower(w[0]) && (text::all_alpha(w) || hyphened) && !is_not_noun(w) &&
         !is_time_or_count_word(w) && !text::ends_with(w, "ly") &&
         !text::is_one_of(w, {"wide", "long", "tall", "high", "deep", "thick", "across", "apart", "away"});
}

// "(2 × 18 V)", "(4 x 5 W)": how a rating is made up, a count times a measure in brackets.
bool is_made_up_aside(const Words& words, std::size_t n) {
  if (n + 3 >= words.size() || !opens_with_figure(words[n]) || !text::parse_number(words[n].core)) return false;
  for (std::size_t k = n; k < n + 3; ++k) {
    if (!words[k].suffix.empty() || (k > n && !words[k].prefix.empty())) return false;
  }
  return text::is_one_of(words[n + 1].core, {"\u00d7", "x"}) && text::parse_number(words[n + 2].core) &&
         words[n + 3].prefix.empty() && words[n + 3].suffix == ")" && find_unit(words[n + 3].core);
}

bool is_opener(const Word& w) {
  return w.suffix.empty() && text::is_one_of_lowered(w.core, {"a", "an", "the", "its", "their", "his", "her", "our",
                                                              "this", "that", "each", "every"});
}

}  // namespace

std::size_t past_measure_aside(const Words& words, std::size_t n) {
  if (is_made_up_aside(words, n)) return n + 4;
  if (n >= words.size() || !opens_with_figure(words[n])) return n;
  if (words[n].suffix == ")") return attached(words[n].core, true) ? n + 1 : n;
  // "(5\")": a figure and its inch mark, the bracket closing after the mark.
  if (words[n].suffix == "\")") return text::parse_number(words[n].core) ? n + 1 : n;
  if (n + 1 >= words.size() || !words[n].suffix.empty() || !words[n + 1].prefix.empty() || words[n + 1].suffix != ")" ||
      !text::parse_number(words[n].core)) {
    return n;
  }
  std::string_view unit = words[n + 1].core;
  return find_unit(unit) || unit == "in" ? n + 2 : n;
}

bool converted_before_noun(const Words& words, std::size_t k, std::size_t count) {
  std::size_t last = k + count - 1;
  if (k < 2 || last >= words.size() || !opens_with_figure(words[k]) ||
      (words[last].suffix != ")" && words[last].suffix != "\")")) {
    return false;
  }
  if (past_measure_aside(words, k) != last + 1 || !noun_like(words, last + 1)) return false;
  // The measure it converts: a figure glued to its unit or marked ("48\"", "30cm"), or a figure
  // and its unit in up to three words ("30 cm", "2,480 sq ft", "7-8 yrs"); it qualifies the
  // noun after the bracket, after an article, a possessive or an adjective ("a child's size").
  const Word& before = words[k - 1];
  if (!before.suffix.empty() && before.suffix != "\"") return false;
  bool glued = !before.core.empty() && text::is_digit(before.core[0]);
  if (!glued && !find_unit(before.core)) return false;
  std::size_t figure = k - 1;
  while (!glued && figure > 0 && figure + 3 >= k && !(text::is_digit(words[figure].core.empty() ? 'x' : words[figure].core[0]))) {
    --figure;
  }
  if (words[figure].core.empty() || !text::is_digit(words[figure].core[0]) || !words[figure].prefix.empty()) return false;
  for (std::size_t m = figure; m + 1 < k; ++m) {
    if (!words[m].suffix.empty() || !words[m + 1].prefix.empty()) return false;
  }
  // With no article, as the measure before a noun it sizes ("grown in 13 cm (5\") pots").
  return figure > 0 && (is_opener(words[figure - 1]) || is_adjectival(words, figure, k - figure) ||
                        measure_modifies_noun(words, figure, k - figure));
}

}  // namespace briefcast::rules
