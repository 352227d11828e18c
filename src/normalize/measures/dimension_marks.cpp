// Sizes written with foot and inch marks that the inch-mark pass does not reach: a figure that
// is a fraction ("a 3/4\" supply line", "a 1-1/2\" drain", "8½\" frames"), and a pair of marked
// sizes joined by "x" ("66' x 132'", "14\" x 8½\""). The fraction rules took the figure and the
// mark was lost ("three quarters\""); the foot mark was never said. Said as sizes: "a
// three-quarter-inch supply line", "sixty-six feet by one hundred thirty-two feet", and one
// adjective per size before the noun they qualify ("a six-foot by eight-foot shed").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

enum class Mark { kNone, kFoot, kInch };

Mark mark_of(std::string_view suffix) {
  if (text::starts_with(suffix, "\"") || text::starts_with(suffix, "\u2033")) return Mark::kInch;
  if (text::starts_with(suffix, "'") || text::starts_with(suffix, "\u2032")) return Mark::kFoot;
  return Mark::kNone;
}

bool is_fraction_shape(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos) return text::is_vulgar_figure(core);
  return slash > 0 && slash + 1 < core.size() && core.size() <= 8;
}

// Under one whole unit ("3/4", "½"): said "three quarters of an inch".
bool under_one(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash != std::string_view::npos) return core.find('-') == std::string_view::npos && slash <= 2;
  return core == "\u00bd" || core == "\u00bc" || core == "\u00be";
}

// A figure a mark may follow: a number, a fraction, or a whole number and a fraction.
std::optional<std::string> size_figure(std::string_view core) {
  if (core.empty() || !(text::is_digit(core[0]) || under_one(core))) return std::nullopt;
  if (text::parse_number(core)) return speak_word(core);
  if (!is_fraction_shape(core)) return std::nullopt;
  std::string said = speak_word(core);
  if (said == core || said.find('/') != std::string::npos || said.find_first_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return said;
}

std::string unit_name(Mark mark, bool one, bool adjective) {
  if (mark == Mark::kFoot) return adjective || one ? "foot" : "feet";
  return adjective || one ? "inch" : "inches";
}

// One size: "sixty-six feet", "eight and a half inches", "three quarters of an inch"; before a
// noun "six-foot", "three-quarter-inch".
std::string said_size(std::string_view core, const std::string& figure, Mark mark, bool adjective) {
  if (adjective) {
    std::string said = figure;
    // "three quarters" qualifies as "three-quarter" ("one-and-three-quarter-inch").
    if (std::size_t q = said.find("quarters"); q != std::string::npos) said.erase(q + 7, 1);
    if (text::starts_with(said, "a half") || said == "one half") said = "half";
    // "a ¼\" elbow": a part of one inch qualifies as "quarter-inch", "eighth-inch".
    if (under_one(core) && text::starts_with(said, "one ")) said.erase(0, 4);
    return text::hyphenated(said + " " + unit_name(mark, true, true));
  }
  if (under_one(core)) {
    std::string of = mark == Mark::kFoot ? " a foot" : " an inch";
    if (figure == "one half" || figure == "a half" || figure == "half") return "half" + of;
    return figure + " of" + of;
  }
  return figure + " " + unit_name(mark, core == "1", false);
}

bool is_dimension_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"deep", "wide", "long", "thick", "high", "tall", "across", "apart", "away", "square"});
}

// "a 3/4\" supply line", "the 6' x 8' shed": after a determiner and before a lowercase noun
// (the adjective test of the measures asks for a figure with no mark after it).
bool before_noun(const Words& words, std::size_t first, std::size_t last) {
  if (first == 0 || last + 1 >= words.size() || words[last].suffix.size() != 1 || !words[first - 1].suffix.empty() ||
      !words[last + 1].prefix.empty()) {
    return false;
  }
  std::string before = text::lower(words[first - 1].core);
  bool opens = text::is_one_of(before, {"a", "an", "the", "its", "his", "her", "their", "this", "that", "each", "every", "one"}) ||
               text::ends_with(before, "'s");
  std::string_view next = words[last + 1].core;
  if (next.empty() || is_dimension_word(next)) return false;
  // "a ½\" BSP valve": a code in capitals names the thing as a lowercase noun does.
  if (opens && (is_capitals_code(next) || (text::is_lower(next[0]) && !text::is_function_word(text::lower(next))) ||
                name_before_noun(words, last + 1))) {
    return true;
  }
  // "run 1/2\" PEX to", "fit 3/4\" pipe": a fraction of an inch before a noun it may size
  // needs no article; a fraction is no count of the noun.
  return last == first && under_one(words[first].core) && starts_modified_noun(words, last + 1);
}

// "a ¾\" to 22 mm adaptor": a size joined by "to", "and" or "or" to a measure before the noun
// qualifies the noun too; the measure after is a figure glued to its unit or followed by it.
bool joined_to_sizing_measure(const Words& words, std::size_t last) {
  std::size_t k = last + 1;
  if (last == 0 || k + 2 >= words.size() || !words[k].prefix.empty() || !words[k].suffix.empty() ||
      !text::is_one_of(words[k].core, {"to", "and", "or"}) || words[k + 1].core.empty() ||
      !text::is_digit(words[k + 1].core[0]) || !text::is_one_of(text::lower(words[last - 1].core), {"a", "an", "the"})) {
    return false;
  }
  return measure_modifies_noun(words, k + 1, 1) || measure_modifies_noun(words, k + 1, 2) ||
         is_adjectival(words, k + 1, 1) || sizes_bare_noun(words, k + 1, 2);
}

// "9x13", "12×16": two figures joined by a times sign in one word, the sides of a size.
std::optional<std::string> joined_dimensions(std::string_view core) {
  for (std::string_view sign : {std::string_view("x"), std::string_view("\u00d7")}) {
    std::size_t at = core.find(sign);
    if (at == std::string_view::npos || at == 0) continue;
    auto one = text::parse_number(core.substr(0, at));
    auto two = text::parse_number(core.substr(at + sign.size()));
    if (one && two && !one->grouped && !two->grouped) {
      return speak_word(core.substr(0, at)) + " by " + speak_word(core.substr(at + sign.size()));
    }
  }
  return std::nullopt;
}

// Words of fasteners and their threads, which tell a size and a pitch from a quotation closing
// before a hyphen ("the \"Top 10\"-20 split") or a range of screens ("43\"-50 sizes").
bool is_fastener_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"thread", "threads", "threaded", "bolt", "bolts", "screw", "screws", "nut",
                                     "nuts", "stud", "studs", "tap", "taps", "fastener", "fasteners", "unc", "unf",
                                     "unef", "npt", "bsp", "bsw", "rod", "rods", "tripod", "mount"});
}

// "3/8\"-16", "1/2\"-13": a screw thread's size in inches and its threads per inch, joined by a
// hyphen, said as fitters do ("three-eighths-inch sixteen"); the marks were read as a slash and
// a quote.
std::optional<Match> thread_size(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t at = w.core.find("\"-");
  if (at == std::string_view::npos || at == 0 || !w.prefix.empty()) return std::nullopt;
  if (!text::any_word_near(words, i, 6, is_fastener_word)) return std::nullopt;
  std::string_view size = w.core.substr(0, at);
  std::string_view pitch = w.core.substr(at + 2);
  if (pitch.empty() || pitch.size() > 3 || !text::all_digits(pitch) || pitch[0] == '0') return std::nullopt;
  auto figure = size_figure(size);
  if (!figure) return std::nullopt;
  return Match{1, said_size(size, *figure, Mark::kInch, true) + " " + cardinal_words(pitch), false, true};
}

// "M12", "M8": an ISO metric thread's letter and its diameter in millimetres.
bool is_metric_thread(std::string_view core) {
  return core.size() >= 2 && core.size() <= 3 && core[0] == 'M' && core[1] != '0' && text::all_digits(core.substr(1));
}

// A thread's pitch in millimetres: a decimal under ten ("1.75", "0.7").
std::optional<text::NumberLiteral> thread_pitch(std::string_view core) {
  auto pitch = text::parse_plain_figure(core);
  if (!pitch || !pitch->has_point || pitch->grouped || pitch->integer.size() > 1) return std::nullopt;
  return pitch;
}

// "M12 \u00d7 1.75", "M8x1.25": a metric thread's diameter by its pitch, as fitters say it ("M
// twelve by one point seven five"); the sign was said "times" or left as a letter. The shape is
// the thread's own: a capital M and a whole diameter, then a decimal pitch, among words of
// fasteners (a motorway is "M6" too).
std::optional<Match> metric_thread(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || w.core[0] != 'M') return std::nullopt;
  if (!text::any_word_near(words, i, 6, is_fastener_word)) return std::nullopt;
  std::size_t x = w.core.find('x');
  if (x != std::string_view::npos && is_metric_thread(w.core.substr(0, x))) {
    auto pitch = thread_pitch(w.core.substr(x + 1));
    if (!pitch) return std::nullopt;
    return Match{1, "M " + cardinal_words(w.core.substr(1, x - 1)) + " by " + number_words(*pitch, false), false};
  }
  if (!is_metric_thread(w.core) || !w.suffix.empty() || i + 2 >= words.size()) return std::nullopt;
  const Word& sign = words[i + 1];
  if (!sign.prefix.empty() || !sign.suffix.empty() || !text::is_one_of(sign.core, {"x", "\u00d7"})) return std::nullopt;
  auto pitch = words[i + 2].prefix.empty() ? thread_pitch(words[i + 2].core) : std::nullopt;
  if (!pitch) return std::nullopt;
  return Match{3, "M " + cardinal_words(w.core.substr(1)) + " by " + number_words(*pitch, false), false};
}

}  // namespace

// An open double quote, straight or curly, in the few words before: the mark may close a
// quotation ("Phase 2-1/2" is a name in quotes, not a length).
bool inside_quotation(const Words& words, std::size_t i) {
  auto opens = [](std::string_view s) { return s.find('"') != s.npos || s.find("\u201c") != s.npos; };
  auto closes = [](std::string_view s) { return s.find('"') != s.npos || s.find("\u201d") != s.npos; };
  int open = 0;
  for (std::size_t k = i >= 12 ? i - 12 : 0; k < i; ++k) {
    if (opens(words[k].prefix)) ++open;
    if (closes(words[k].suffix) && open > 0) --open;
  }
  return open > 0 || opens(words[i].prefix);
}

std::optional<Match> match_dimension_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto thread = metric_thread(words, i)) return thread;
  // "36\u2032 clear heights", "a 12\u2032 ceiling", "40\u2032 long": the prime, never an apostrophe,
  // after a whole figure and before a lower-case word is a foot mark; after a degree it is an
  // arc's minute ("51\u00b0 30\u2032 N"), after a name or alone at a clause's end a match's minute
  // ("Kane 44\u2032 scored"), so only after a lower-case word ("with 36\u2032 clear heights").
  if (std::string_view prime = "\u2032"; text::ends_with(w.core, prime) && w.prefix.empty() && w.suffix.empty() &&
      w.core.size() > prime.size() && w.core.size() <= prime.size() + 4 &&
      text::all_digits(w.core.substr(0, w.core.size() - prime.size())) && i + 1 < words.size() &&
      words[i + 1].prefix.empty() && !words[i + 1].core.empty() && text::is_lower(words[i + 1].core[0]) &&
      text::all_alpha(words[i + 1].core) && !text::is_function_word(words[i + 1].core) &&
      i > 0 && !words[i - 1].core.empty() && text::is_lower(words[i - 1].core[0]) &&
      words[i - 1].core.find("\u00b0") == std::string_view::npos) {
    std::string_view feet = w.core.substr(0, w.core.size() - prime.size());
    bool dimension = text::is_one_of(words[i + 1].core, {"long", "high", "wide", "deep", "tall", "thick", "apart", "across"});
    std::string said = cardinal_words(feet);
    if (dimension) return Match{1, said + (feet == "1" ? " foot" : " feet"), false};
    return Match{1, text::hyphenated(said + " foot"), false};
  }
  if (auto thread = thread_size(words, i)) return thread;
  Mark mark = mark_of(w.suffix);
  if (mark == Mark::kNone || !w.prefix.empty()) return std::nullopt;
  // "the 9x13\" tin": the mark after joined sides gives the unit of both.
  if (auto sides = joined_dimensions(w.core); sides) {
    bool adjective = before_noun(words, i, i) || (i > 0 && starts_modified_noun(words, i + 1) && w.suffix.size() == 1);
    return Match{1, adjective ? text::hyphenated(*sides + " " + unit_name(mark, true, true))
                              : *sides + " " + unit_name(mark, false, false), false, true};
  }
  auto figure = size_figure(w.core);
  if (!figure) return std::nullopt;
  // "66' x 132'": a pair of marked sizes.
  bool pair = i + 2 < words.size() && (w.suffix == "'" || w.suffix == "\"") && words[i + 1].prefix.empty() &&
              words[i + 1].suffix.empty() && text::is_one_of(words[i + 1].core, {"x", "\u00d7", "by"}) &&
              words[i + 2].prefix.empty() && mark_of(words[i + 2].suffix) != Mark::kNone;
  std::optional<std::string> second = pair ? size_figure(words[i + 2].core) : std::nullopt;
  if (second) {
    Mark second_mark = mark_of(words[i + 2].suffix);
    bool adjective = before_noun(words, i, i + 2);
    std::string said = said_size(w.core, *figure, mark, adjective) + " by " +
                       said_size(words[i + 2].core, *second, second_mark, adjective);
    return Match{3, said, false, true};
  }
  // A fraction with its inch mark ("3/4\""); whole figures are the inch-mark pass's. A foot
  // mark alone may be an apostrophe.
  if (mark != Mark::kInch || text::parse_number(w.core) || inside_quotation(words, i)) return std::nullopt;
  bool adjective = before_noun(words, i, i) || (under_one(w.core) && joined_to_sizing_measure(words, i));
  return Match{1, said_size(w.core, *figure, mark, adjective), false, true};
}

}  // namespace briefcast::rules
