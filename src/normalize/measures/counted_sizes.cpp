// A count of things of one size, written "3 x 500ml bottles", "2 x 1TB drives", "5 x 2ml
// samples", or joined, "6x330ml cans", "3x 40W drivers": so many items, each of that size. Read
// as a dimension it was "three by five hundred milliliters bottles"; said as a shop says it,
// "three five-hundred-milliliter bottles". Only before a plural noun, so "the 4 x 100m relay"
// stays a relay's name. The unit may stand apart from its figure ("12 x 3 min rounds" ->
// "twelve three-minute rounds"). The noun may be an initialism's plural ("2 x 180g LPs"), and
// the size a figure joined to a noun ("4 x 3-bed homes" -> "four three-bed homes"), and a code
// in capitals may stand before the noun ("2x54W T5 lights" -> "two fifty-four-watt T five lights").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

bool is_count(std::string_view c) { return !c.empty() && c.size() <= 3 && c[0] != '0' && text::all_digits(c); }

bool is_bare(const Word& w) { return w.prefix.empty() && w.suffix.empty(); }

// "6x330ml": the count and the size joined by the sign; the size must start with a figure.
bool split_joined(std::string_view core, std::string_view& count, std::string_view& size) {
  std::size_t x = core.find('x');
  if (x == std::string_view::npos || x + 1 >= core.size() || !text::is_digit(core[x + 1])) return false;
  count = core.substr(0, x);
  size = core.substr(x + 1);
  return is_count(count);
}

// "3 min", "2 kg": a figure and its unit in the word after it, with nothing between.
// "2,000 L": the figure may be grouped in thousands or have a point.
bool spaced_unit_at(const Words& words, std::size_t k) {
  return k + 1 < words.size() && is_bare(words[k]) && is_bare(words[k + 1]) &&
         text::parse_plain_figure(words[k].core).has_value() && find_unit(words[k + 1].core).has_value();
}

// The count, the size as written (its unit joined back when it stood apart) and the words
// taken, in one of the three ways of writing it; `spaced_sign` says the sign stood alone.
struct CountedSize {
  std::string_view count;
  std::string size;
  std::size_t taken = 0;
  bool spaced_sign = false;
};

std::optional<CountedSize> read_counted_size(const Words& words, std::size_t i) {
  const Word& first = words[i];
  if (!is_bare(first) || i + 1 >= words.size()) return std::nullopt;
  std::string_view count;
  std::string_view size;
  if (i + 3 < words.size() && is_count(first.core) && is_times_sign(words[i + 1]) &&
      is_bare(words[i + 2])) {
    bool spaced = spaced_unit_at(words, i + 2);
    if (spaced && i + 4 >= words.size()) return std::nullopt;
    std::string written(words[i + 2].core);
    if (spaced) written += words[i + 3].core;
    return CountedSize{first.core, written, spaced ? 4u : 3u, true};
  }
  if (split_joined(first.core, count, size)) return CountedSize{count, std::string(size), 1, false};
  if (i + 2 < words.size() && first.core.size() >= 2 && first.core.back() == 'x' &&
      is_count(first.core.substr(0, first.core.size() - 1)) && is_bare(words[i + 1])) {
    // "3x 40W drivers": the sign joined to the count, the size a word of its own.
    return CountedSize{first.core.substr(0, first.core.size() - 1), std::string(words[i + 1].core), 2, false};
  }
  return std::nullopt;
}

// "LPs", "SSDs": an initialism of two to four capitals and its plural "s".
bool is_initialism_plural(std::string_view n) {
  if (n.size() < 3 || n.size() > 5 || n.back() != 's') return false;
  std::string_view letters = n.substr(0, n.size() - 1);
  return text::all_alpha(letters) && text::all_upper(letters);
}

// "3-bed", "2-door": a figure joined to the lower-case noun it counts, already an adjective.
std::optional<std::string> counted_noun_adjective(std::string_view size) {
  std::size_t dash = size.find('-');
  if (dash == std::string_view::npos || dash == 0 || !text::all_digits(size.substr(0, dash))) return std::nullopt;
  std::string_view noun = size.substr(dash + 1);
  if (noun.size() < 3 || !text::all_alpha(noun) || !text::is_lower(noun[0])) return std::nullopt;
  return text::hyphenated(speak_word(size.substr(0, dash)) + "-" + std::string(noun));
}

// "single-use", "pre-filled": lowercase words joined by hyphens, an adjective.
bool is_lower_compound(std::string_view w) {
  std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && w.back() != '-' &&
         w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos;
}

// "Francis", "Pelton": a name in title case, a capital and three or more lower-case letters.
bool is_title_word(std::string_view w) {
  if (w.size() < 4 || !text::is_upper(w[0]) || !text::all_alpha(w)) return false;
  for (char c : w.substr(1)) {
    if (!text::is_lower(c)) return false;
  }
  return true;
}

bool describes_plural(const Words& words, std::size_t at) {
  std::string_view w = words[at].core;
  std::string_view next = words[at + 1].core;
  bool word = w.size() >= 3 && (text::all_alpha(w) || is_lower_compound(w)) && text::is_lower(w[0]) &&
              !text::is_function_word(std::string(w)) && !is_not_noun(w);
  bool plural = has_plural_shape(next);
  return word && plural && (is_lower_compound(w) || w.back() != 's' || text::ends_with(w, "ss"));
}

bool after_article(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the", "its", "their", "this", "that"});
}

// A noun that names several things as one ("cluster", "array", "bank"): the count is of its
// parts, each of the rated size. One device ("a 6 x 45W amplifier") has its channels' rating,
// said "six-times-forty-five-watt".
bool rated_parts_of(const Words& words, std::size_t n) {
  return text::is_one_of(words[n].core, {"cluster", "array", "farm", "fleet", "set", "bank", "group", "complex",
                                         "portfolio", "lineup", "battery"});
}

std::optional<std::string> count_times_figure(const CountedSize& counted, std::string_view noun) {
  auto figure = text::parse_plain_figure(counted.size);
  auto value = text::parse_number(counted.size);
  if (!counted.spaced_sign || !figure || !value || value->negative || value->has_point || noun.back() != 's' ||
      find_unit(noun) || is_unit_name(noun) || text::is_one_of(noun, {"pixels", "pixel"})) {
    return std::nullopt;
  }
  if (value->integer.size() < 3) return std::nullopt;
  return speak_word(counted.count) + " times " + quantity(*value);
}

// "10 \u00d7 40 mm joints", "45 \u00d7 95 mm bearers": a cross-section, the two sides of each
// piece, which the dimension rule says "by". Only with the typeset sign, the first side under a
// hundred and no longer than the second ("18 \u00d7 18 mm"): an order of pieces is mostly typed
// with an "x", counted in hundreds or longer than the piece ("100 x 155 mm shells", "50 x 40 mm
// screws", "20 \u00d7 9 mm rounds"), and is read as a count.
bool is_cross_section(const Words& words, std::size_t i, const CountedSize& counted) {
  if (!counted.spaced_sign || counted.taken != 4 || words[i + 1].core != "\u00d7") return false;
  std::size_t unit_at = counted.size.find_first_not_of("0123456789.,");
  if (unit_at == std::string::npos || unit_kind(std::string_view(counted.size).substr(unit_at)) != UnitKind::short_length)
    return false;
  auto side = text::parse_plain_figure(std::string_view(counted.size).substr(0, unit_at));
  if (!side || side->grouped || side->integer.empty()) return false;
  int first = std::stoi(std::string(counted.count));  // is_count: one to three digits
  return first >= 10 && first < 100 && (side->integer.size() > 2 || first <= std::stoi(side->integer));
}

}  // namespace

std::optional<Match> match_counted_size(const Words& words, std::size_t i) {
  auto counted = read_counted_size(words, i);
  if (!counted || is_cross_section(words, i, *counted)) return std::nullopt;
  // "2x54W T5 lights": a code in capitals may name the kind of thing before its noun.
  std::size_t at = i + counted->taken;
  if (at + 1 < words.size() && is_bare(words[at]) && words[at + 1].prefix.empty() && is_capitals_code(words[at].core)) ++at;
  // "4 × 90 MW Kaplan turbines": a maker's or a design's name may stand there too, but only after
  // a rated size, as a name after a length is as likely the start of a new phrase.
  if (at + 1 < words.size() && is_bare(words[at]) && words[at + 1].prefix.empty() && is_title_word(words[at].core) &&
      counts_rated_quantity(counted->count, counted->size)) {
    ++at;
  }
  // "6 x 2,000 L single-use units", "stainless tanks": a lowercase word may describe the plural noun.
  if (at + 1 < words.size() && is_bare(words[at]) && words[at + 1].prefix.empty() && describes_plural(words, at)) ++at;
  const Word& noun = words[at];
  if (counted->size.empty() || !text::is_digit(counted->size[0]) || !noun.prefix.empty()) return std::nullopt;
  // The noun: a lower-case plural that is no word of measure or function, or an initialism's;
  // or, after an article, any plain noun a rated size gives the parts of ("the 3 x 400 MW
  // cluster" -> "the three four-hundred-megawatt cluster").
  std::string_view n = noun.core;
  bool initialism = is_initialism_plural(n);
  bool rated_whole = counted->spaced_sign && after_article(words, i) && rated_parts_of(words, at) &&
                     counts_rated_quantity(counted->count, counted->size);
  if (!initialism && !rated_whole &&
      (n.size() < 4 || !text::all_alpha(n) || !text::is_lower(n[0]) || n.back() != 's' || text::ends_with(n, "ss") ||
       text::is_function_word(std::string(n)))) {
    return std::nullopt;
  }
  // "353 × 250 mm costs more": a verb in -s after the size has no plural to count; the sign
  // is a dimension's "by".
  if (!initialism && !rated_whole && is_verb_in_s(n)) return std::nullopt;
  // Joined, only a quantity that is no length is counted ("2x4m sheds" are sheds of that size).
  if (!counted->spaced_sign && !counts_rated_quantity(counted->count, counted->size)) return std::nullopt;
  // "costs 2 x 25,000 points": a count times a plain figure of a hundred or more, before what
  // it counts, multiplies it ("two times twenty five thousand points"); no dimension ("a 4 x 4
  // grid" stays "by").
  if (auto times = count_times_figure(*counted, n)) return Match{counted->taken, *times, false};
  auto adjective = speak_measure_adjective(counted->size);
  // "3 x 20-minute sessions" -> "three twenty-minute sessions": the sign is dropped as a reader
  // drops it, and the compound's number is hyphened so it is heard as one word with its noun.
  if (!adjective && counted->spaced_sign) adjective = counted_noun_adjective(counted->size);
  if (!adjective) return std::nullopt;
  return Match{counted->taken, speak_word(counted->count) + " " + *adjective, false};
}

}  // namespace briefcast::rules
