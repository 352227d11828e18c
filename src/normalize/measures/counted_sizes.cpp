// A count of things of one size, written "3 x 500ml bottles", "2 x 1TB drives", "5 x 2ml
// samples", or joined, "6x330ml cans", "3x 40W drivers": so many items, each of that size. Read as a dimension it
// was "three by five hundred milliliters bottles"; said as a shop says it, "three
// five-hundred-milliliter bottles". Only before a plural noun, so "the 4 x 100m relay" stays a
// relay's name.
#include "normalize/function_words.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_count(std::string_view c) { return !c.empty() && c.size() <= 3 && c[0] != '0' && text::all_digits(c); }

bool is_times(std::string_view sign) { return sign == "x" || sign == "\u00d7"; }

// "6x330ml": the count and the size joined by the sign; the size must start with a figure.
bool split_joined(std::string_view core, std::string_view& count, std::string_view& size) {
  std::size_t x = core.find('x');
  if (x == std::string_view::npos || x + 1 >= core.size() || !text::is_digit(core[x + 1])) return false;
  count = core.substr(0, x);
  size = core.substr(x + 1);
  return is_count(count);
}

}  // namespace

std::optional<Match> match_counted_size(const Words& words, std::size_t i) {
  const Word& first = words[i];
  if (!first.prefix.empty() || !first.suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  std::string_view count;
  std::string_view size;
  std::size_t taken = 0;
  if (i + 3 < words.size() && is_count(first.core) && is_times(words[i + 1].core) && words[i + 1].prefix.empty() &&
      words[i + 1].suffix.empty() && words[i + 2].prefix.empty() && words[i + 2].suffix.empty()) {
    count = first.core;
    size = words[i + 2].core;
    taken = 3;
  } else if (split_joined(first.core, count, size)) {
    taken = 1;
  } else if (i + 2 < words.size() && first.core.size() >= 2 && first.core.back() == 'x' &&
             is_count(first.core.substr(0, first.core.size() - 1)) && words[i + 1].prefix.empty() &&
             words[i + 1].suffix.empty()) {
    // "3x 40W drivers": the sign joined to the count, the size a word of its own.
    count = first.core.substr(0, first.core.size() - 1);
    size = words[i + 1].core;
    taken = 2;
  } else {
    return std::nullopt;
  }
  const Word& noun = words[i + taken];
  if (size.empty() || !text::is_digit(size[0]) || !noun.prefix.empty()) return std::nullopt;
  // The noun: a lower-case plural that is no word of measure or function.
  std::string_view n = noun.core;
  if (n.size() < 4 || !text::all_alpha(n) || !text::is_lower(n[0]) || n.back() != 's' || text::ends_with(n, "ss") ||
      text::is_function_word(std::string(n))) {
    return std::nullopt;
  }
  // Joined, only a quantity that is no length is counted ("2x4m sheds" are sheds of that size).
  if (taken != 3 && !counts_rated_quantity(count, size)) return std::nullopt;
  auto adjective = speak_measure_adjective(size);
  if (!adjective) return std::nullopt;
  return Match{taken, speak_word(count) + " " + *adjective, false};
}

}  // namespace briefcast::rules
