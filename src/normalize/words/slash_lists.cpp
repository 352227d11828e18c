// Words joined by slashes beyond the plain pair of word_pieces.cpp: a list of three or more
// alternatives ("on/off/dim" -> "on, off or dim") and a pair typed with a space after its
// slash ("retail/ hospitality" -> "retail or hospitality"). Left to the piece-by-piece
// fallback, both were read with the symbol's name ("on slash off slash dim").
#include <algorithm>
#include <vector>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The parts between the slashes of `core`, or none when a part is empty or no plain word of
// two or more letters: a path ("/usr/local"), a code ("MOW/PR/0042"), single letters
// ("X/Y/Z") or initialisms ("SJS/TEN") have rules of their own.
std::vector<std::string_view> word_parts(std::string_view core) {
  std::vector<std::string_view> parts = text::split(core, '/');
  for (std::string_view part : parts) {
    if (part.size() < 2 || !text::all_alpha(part) || text::all_upper(part)) return {};
  }
  return parts;
}

// The word after word i when nothing but a space parts them: the noun a list may qualify.
const Word* next_word(const Words& words, std::size_t i) {
  return i + 1 < words.size() && words[i].suffix.empty() ? &words[i + 1] : nullptr;
}

}  // namespace

// "on/off/faded", "red/green/blue", "writer/director/producer": three or more words between
// slashes are a list said with commas. Lowercase words offer a choice, "or" before the last,
// as the pair rule says "or" ("raises/lowers"); before a noun they qualify it ("a
// red/green/blue light") and names ("Paris/Lyon/Nice") are one group, so commas alone.
std::optional<Match> match_word_list(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slashes = static_cast<std::size_t>(std::count(core.begin(), core.end(), '/'));
  // A slashed word alone on its line is a label or a path ("Home/News/World"), with no
  // sentence around it to show a list.
  if (slashes < 2 || slashes > 5 || words.size() < 2) return std::nullopt;
  std::vector<std::string_view> parts = word_parts(core);
  if (parts.empty()) return std::nullopt;
  bool lowercase = true;
  bool names = true;
  for (std::string_view part : parts) {
    lowercase = lowercase && text::is_lower(part[0]);
    names = names && text::is_capitalized(part);
  }
  if (!lowercase && !names) return std::nullopt;
  // The pair rule's short list of words that begin no noun misses prepositions ("on/off/dim
  // before you leave"); the fuller one settles that the list qualifies no noun.
  const Word* after = next_word(words, i);
  bool before_function_word = after != nullptr && text::is_function_word(text::lower(after->core));
  bool choice = lowercase && (before_function_word || !slash_joiner(parts[parts.size() - 2], parts.back(), after).empty());
  std::vector<std::string> said;
  for (std::string_view part : parts) said.push_back(speak_word(part));
  return Match{1, text::joined(said, ", ", choice ? " or " : ", "), false};
}

// "the restaurant/ hospitality sector", "tea/ coffee": a space typed after the slash leaves
// the pair in two words; joined as the pair rule joins "restaurant/hospitality".
std::optional<Match> match_open_slash_pair(const Words& words, std::size_t i) {
  const Word& left = words[i];
  if (i + 1 >= words.size() || left.core.size() < 3 || left.core.back() != '/' || !left.suffix.empty()) {
    return std::nullopt;
  }
  std::string_view first = left.core.substr(0, left.core.size() - 1);
  const Word& right = words[i + 1];
  if (first.size() < 2 || !text::all_alpha(first) || text::all_upper(first) || !right.prefix.empty() ||
      right.core.size() < 2 || !text::all_alpha(right.core) || text::all_upper(right.core)) {
    return std::nullopt;
  }
  std::string_view joiner = slash_joiner(first, right.core, next_word(words, i + 1));
  std::string spoken = speak_word(first);
  spoken.append(joiner.empty() ? " " : " or ").append(speak_word(right.core));
  return Match{2, spoken, false};
}

namespace {

// "IP67", "3" after "SIL": a rating's code or figure, with a figure in it.
bool has_figure(std::string_view core) { return core.find_first_of("0123456789") != std::string_view::npos; }

// "PL", "IP68", "EN": a code that opens with two capitals.
bool opens_with_capitals(std::string_view core) {
  return core.size() >= 2 && text::is_upper(core[0]) && text::is_upper(core[1]);
}

// "USD 1 / INR 83.2", "GBP 1 / USD 1.27": a currency's code before a figure on either side is an
// exchange rate, whose slash says "to"; a pause would make a list of two amounts.
bool currency_amount(const Words& words, std::size_t code) {
  const unsigned uses = currency_use::kCode | currency_use::kPrefix | currency_use::kSign;
  return code + 1 < words.size() && currency_written(words[code].core, uses) != nullptr &&
         has_figure(words[code + 1].core);
}

// "the PM2.5 / PM10 ratio", "the ratio of PM2.5 / PM10": a ratio's terms, one over the other,
// are no list, whether the ratio is named after them or before.
bool ratio_within(const Words& words, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k <= to && k < words.size(); ++k) {
    if (text::is_one_of_lowered(words[k].core, {"ratio", "ratios"})) return true;
  }
  return false;
}

}  // namespace

// "ASIL 2 / PL d", "IP65 / IP66": a spaced slash between two ratings' codes names both; said
// "slash" it was read out as a symbol. A spaced dash parts them with eSpeak NG's short break;
// a comma's list pause made the pair two items.
std::optional<Match> match_code_slash(const Words& words, std::size_t i) {
  if (words[i].raw != "/" || i == 0 || i + 1 >= words.size() || !words[i - 1].suffix.empty()) return std::nullopt;
  const Word& before = words[i - 1];
  bool code_before = has_figure(before.core) &&
                     (opens_with_capitals(before.core) || (i >= 2 && opens_with_capitals(words[i - 2].core)));
  if (!code_before || !words[i + 1].prefix.empty() || !opens_with_capitals(words[i + 1].core)) return std::nullopt;
  // The code after has its figure or its class letter ("PL e", "ASIL D": a grade of one letter,
  // which no figure test would see); "UK 5 / EU sizes" is a size chart's heading.
  const Word& after = words[i + 1];
  bool code_after = has_figure(after.core) ||
                    (after.suffix.empty() && i + 2 < words.size() &&
                     (has_figure(words[i + 2].core) || words[i + 2].core.size() == 1));
  if (!code_after || (i >= 2 && currency_amount(words, i - 2)) || currency_amount(words, i + 1)) return std::nullopt;
  if (ratio_within(words, i + 2, i + 3) || (i >= 2 && ratio_within(words, i >= 4 ? i - 4 : 0, i - 2))) return std::nullopt;
  return Match{1, "-", false};
}

}  // namespace briefcast::rules
