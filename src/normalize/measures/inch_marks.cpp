// Inch marks: a straight double quote after a figure ("22\" wide", "6'5\"") is the inch mark
// unless it closes a quotation.
#include <algorithm>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/measures.h"

namespace briefcast::rules {

namespace {

std::size_t count_quotes(std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '"')); }

}  // namespace

// "1\"-2\"", "0.5\"-1\"": a range with the inch mark written on both ends; the first mark
// goes, so the range and its one mark are read together ("one to two inches").
std::string single_mark_ranges(std::string line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t k = 0; k < line.size(); ++k) {
    bool mark = line[k] == '"' && k > 0 && text::is_digit(line[k - 1]) && k + 2 < line.size() && line[k + 1] == '-' &&
                text::is_digit(line[k + 2]);
    if (mark) {
      std::size_t end = k + 2;
      while (end < line.size() && (text::is_digit(line[end]) || line[end] == '.')) ++end;
      mark = end < line.size() && line[end] == '"';
    }
    if (!mark) out.push_back(line[k]);
  }
  return out;
}

// "70\"+ TV", "65\"+ screens": an inch mark with a plus after it, closing the word, is said as
// the unit it marks ("seventy inches plus"); the plus had hidden the mark from the inch rules,
// and it was dropped.
std::string inch_mark_plus(std::string line) {
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t k = 0; k < line.size(); ++k) {
    bool mark = line[k] == '"' && k > 0 && text::is_digit(line[k - 1]) && k + 1 < line.size() && line[k + 1] == '+' &&
                (k + 2 == line.size() || line[k + 2] == ' ' || line[k + 2] == ',' || line[k + 2] == '.' ||
                 line[k + 2] == ')');
    if (mark) {
      out += "in";
    } else {
      out.push_back(line[k]);
    }
  }
  return out;
}

// "1/8\"-thick", "4½\"-wide": an inch mark joined by a hyphen to the word it sizes is written as
// the word "inch", so the fraction and the inch are read together ("an eighth-inch thick");
// the mark had split the word and the inch was lost ("one / eight \" thick").
// Whether the nearest double quote before k opens a quotation (at the line's start or after a
// space or a bracket, with a character after it): then the mark at k closes it ("a \"top 10\"-worthy
// album"), no inch.
namespace {
bool closes_quotation(const std::string& line, std::size_t k) {
  std::size_t q = k == 0 ? std::string::npos : line.rfind('"', k - 1);
  if (q == std::string::npos || q + 1 >= k) return false;
  return q == 0 || line[q - 1] == ' ' || line[q - 1] == '(' || line[q - 1] == '[';
}
}  // namespace

std::string inch_mark_compound(std::string line) {
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t k = 0; k < line.size(); ++k) {
    bool after_figure = k > 0 && (text::is_digit(line[k - 1]) ||
                                  (k > 1 && line.compare(k - 2, 1, "\xc2") == 0 && line[k - 1] >= '\xbc' && line[k - 1] <= '\xbe'));
    bool mark = line[k] == '"' && after_figure && k + 2 < line.size() && line[k + 1] == '-' && text::is_lower(line[k + 2]) &&
                line.compare(k + 2, 3, "ish") != 0 &&  // "about 5\"-ish" is a quotation's close
                !closes_quotation(line, k);
    if (mark) {
      out += "-inch ";
      ++k;
    } else {
      out.push_back(line[k]);
    }
  }
  return out;
}

// "6' 2\"": a height written with a space after the foot mark; joined, the height rule reads
// it ("six foot two"). Only a one-digit figure of feet, alone, and inches of one or two digits
// closed by the inch mark; two figures of feet are written out in units instead.
std::string joined_feet_marks(std::string line) {
  line = inch_mark_compound(inch_mark_plus(std::move(line)));  // the passes over a line's marks before the words
  std::string out;
  out.reserve(line.size());
  for (std::size_t k = 0; k < line.size(); ++k) {
    out.push_back(line[k]);
    bool feet = line[k] == '\'' && k > 0 && text::is_digit(line[k - 1]) &&
                (k == 1 || !text::is_alnum(line[k - 2])) && k + 2 < line.size() && line[k + 1] == ' ';
    // "15' 6\"": two figures of feet, spaced from inches under twelve, are a length ("a clearance
    // of 15' 6\""), written out in units for the measure rules ("fifteen feet six inches").
    bool two_figure_feet = line[k] == '\'' && k > 1 && text::is_digit(line[k - 1]) && text::is_digit(line[k - 2]) &&
                           (k == 2 || !text::is_alnum(line[k - 3])) && k + 2 < line.size() && line[k + 1] == ' ';
    if (!feet && !two_figure_feet) continue;
    std::size_t end = k + 2;
    end = text::digit_run_end(line, end);
    std::size_t digits = end - (k + 2);
    bool closed = digits >= 1 && digits <= 2 && end < line.size() && line[end] == '"';
    if (closed && feet) {
      ++k;  // drop the space
    } else if (closed && std::stoi(line.substr(k + 2, digits)) < 12 && !(digits == 2 && line[k + 2] == '0')) {
      // "27' 09"": an inch is never written with a leading zero, a second is (prime_times.cpp).
      out.pop_back();
      out.append(" ft ").append(line, k + 2, digits).append(" in");
      k = end;  // the inch mark is said as the unit
    }
  }
  return out;
}

bool marks_seconds(std::string_view after_prime) {
  return after_prime.size() == 2 && (after_prime >= "12" || after_prime[0] == '0') && after_prime < "60";
}

// "13'5", "14'0": two figures of feet and one of inches, a length past nine feet (a clearance, a
// boat, a green's speed); a second is written with two digits, so one digit after two figures
// is inches. The one place that decides it (the inch mark, the measure said and its adjective).
bool is_long_feet_and_inches(std::string_view core) {
  if (!core.empty() && (core[0] == '+' || core[0] == '-')) core.remove_prefix(1);
  return core.size() == 4 && core[2] == '\'' && text::is_digit(core[0]) && text::is_digit(core[1]) &&
         text::is_digit(core[3]);
}

// "6'5", "3'20", "12'45", "+4'07": a height in feet and inches, or a time or a gap in minutes
// and seconds, whose closing quote is the inch or second mark. Two figures before the prime
// and two after are minutes and seconds; one figure after them is inches (is_long_feet_and_inches).
bool is_feet_and_inches(std::string_view core) {
  if (!core.empty() && (core[0] == '+' || core[0] == '-')) core.remove_prefix(1);
  const std::size_t prime = core.find('\'');
  if (prime == std::string_view::npos || prime == 0 || prime > 2 || !text::all_digits(core.substr(0, prime))) return false;
  const std::string_view after = core.substr(prime + 1);
  if (after.empty() || after.size() > 2 || !text::all_digits(after)) return false;
  return prime == 1 || marks_seconds(after) || is_long_feet_and_inches(core);
}

// Straight double quotes after a figure ("22\" wide") are inch marks unless they close a
// quotation: one is open when an odd number of quotes came before. With an odd number of
// quotes in the line, the first figure's quote is an inch mark even inside a quotation
// ("the 22\" one").
std::vector<bool> inch_mark_words(const Words& words, std::string_view line) {
  std::vector<bool> marks(words.size(), false);
  bool odd_left = count_quotes(line) % 2 == 1;
  bool open = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const text::Word& w = words[i];
    if (count_quotes(w.prefix) % 2 == 1) open = !open;
    bool figure = !w.suffix.empty() && w.suffix[0] == '"' &&
                  (text::parse_number(w.core) || is_feet_and_inches(w.core) || is_figure_range(w.core) ||
                   text::is_vulgar_figure(w.core));
    if (figure && (!open || odd_left)) {
      marks[i] = true;
      if (open) odd_left = false;
      if (count_quotes(w.suffix.substr(1)) % 2 == 1) open = !open;
      continue;
    }
    if (count_quotes(w.suffix) % 2 == 1) open = !open;
  }
  return marks;
}

namespace {

// An article or a possessive that opens a noun phrase ("an 11.6\" screen", "Apple's 13\" laptop").
bool opens_noun_phrase(const text::Word& w) {
  std::string word = text::lower(w.core);
  return w.suffix.empty() && (text::is_one_of(word, {"a", "an", "the", "its", "his", "her", "their", "this"}) ||
                              text::ends_with(word, "'s"));
}

// "a new 65\"", "the least expensive 70\"": one adjective (after "least" or "most", two)
// between the opener and the figure. A word in lower case, no function word.
bool adjective_between(const Words& words, std::size_t k) {
  const text::Word& w = words[k];
  return w.suffix.empty() && w.prefix.empty() && text::all_alpha(w.core) && text::is_lower(w.core[0]) &&
         !text::is_function_word(w.core);
}

bool opened_before(const Words& words, std::size_t i) {
  if (opens_noun_phrase(words[i - 1])) return true;
  if (i < 2 || !adjective_between(words, i - 1)) return false;
  if (opens_noun_phrase(words[i - 2])) return true;
  return i >= 3 && text::is_one_of(words[i - 2].core, {"least", "most"}) && opens_noun_phrase(words[i - 3]);
}

}  // namespace

// "a 12\" screen": the word after an inch mark is a noun the measure qualifies, not a word of
// measure ("22\" wide") or a function word ("2\" in diameter). A figure between them is part
// of the noun phrase ("a 34\" 3440x1440 curved panel", "a 55\" 4K TV").
bool inch_mark_before_noun(const Words& words, std::size_t i) {
  // "13 cm (5\") pots": the conversion of a measure before its noun qualifies it too.
  if (words[i].suffix == "\")") return converted_before_noun(words, i, 1);
  // "a 48\" (122 cm) height limit": past a conversion in brackets (converted_measures.cpp).
  if (std::size_t aside = past_measure_aside(words, i + 1); words[i].suffix == "\"" && i > 0 && aside != i + 1) {
    return opened_before(words, i) && aside < words.size() && starts_modified_noun(words, aside);
  }
  if (words[i].suffix != "\"" || i == 0 || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  // In a noun phrase that opens with an article or a possessive ("an 11.6\" screen"); without
  // one, only after a preposition and before a noun a length describes ("on 27.5\" wheels",
  // "with 2.6\" tyres"); after other words the mark is as often a closing quote.
  // "covers 13'5\" trailers": a long length in feet and inches before a lower-case plural sizes
  // each thing, as it does with an article ("a thirteen-foot-five-inch trailer").
  if (!opened_before(words, i)) {
    bool after_preposition = text::is_function_word(words[i - 1].core) && words[i - 1].suffix.empty();
    bool sizes_plural = is_long_feet_and_inches(words[i].core) && has_plural_shape(words[i + 1].core) &&
                        text::is_lower(words[i + 1].core[0]);
    return (after_preposition || sizes_plural) && starts_modified_noun(words, i + 1);
  }
  std::size_t n = i + 1;
  const std::string_view figure = words[n].core;
  if (n + 1 < words.size() && words[n].suffix.empty() && words[n + 1].prefix.empty() && !figure.empty() &&
      text::is_digit(figure[0]) && std::all_of(figure.begin(), figure.end(), [](char c) { return text::is_alnum(c); })) {
    ++n;
  }
  std::string_view next = words[n].core;
  // "a 65\" TV": an initialism is a noun too.
  if (next.size() >= 2 && next.size() <= 4 && text::all_upper(next)) return true;
  if (name_before_noun(words, n)) return true;
  return text::all_alpha(next) && text::is_lower(next[0]) && !text::is_function_word(next) &&
         !text::is_one_of(next, {"wide", "long", "tall", "high", "deep", "thick", "across", "and", "or"});
}

bool name_before_noun(const Words& words, std::size_t n) {
  if (n + 1 >= words.size() || !words[n].suffix.empty() || !words[n + 1].prefix.empty()) return false;
  std::string_view name = words[n].core;
  std::size_t at = n + 1;
  // "a Mini LED lamp", "a Smart HD screen": the name may run on in one initialism before its noun.
  std::string_view letters = words[at].core;
  if (letters.size() >= 2 && letters.size() <= 4 && text::all_upper(letters) && words[at].suffix.empty() &&
      at + 1 < words.size() && words[at + 1].prefix.empty()) {
    ++at;
  }
  std::string_view noun = words[at].core;
  return text::is_capitalized(name) && text::all_alpha(name) && !text::is_function_word(text::lower(name)) &&
         text::all_alpha(noun) && text::is_lower(noun[0]) && !text::is_function_word(noun) && !is_not_noun(noun);
}

bool after_measuring_word(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  return text::is_one_of_lowered(words[i - 1].core, {"from", "measures", "measured", "measuring", "spans", "stands",
                                                     "wide", "tall", "high", "long", "deep", "thick"});
}

}  // namespace briefcast::rules
