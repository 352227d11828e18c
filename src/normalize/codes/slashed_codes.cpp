// An identifier in two groups of figures joined by a slash, whose zeros and figures must all be
// heard: a licence or file number after its capitals ("PL 44021/0067", "MA 1203/0045") and a
// bulletin or notice with its series glued on ("SB-22/07", "AD-2024/0193"). A group padded
// with a zero or of five figures or more marks a code, not a fraction nor a pair of readings
// ("forty four thousand twenty one sixty sevenths" and "twenty two slash seven" had been said).
// Each group is said on its own, a padded one figure by figure ("oh oh six seven"), with
// "slash" between them. Two consecutive numbers, the second shortened ("H-3271/72"), are a
// pair said with "and". After a word that names what it numbers ("invoice", "Job No.", "ref.")
// any two groups are such a code ("twenty twenty four slash one seventeen"), padded or not.
#include "normalize/codes/codes.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::string group_words(std::string_view digits) {
  if (digits[0] == '0') return digit_words(digits, "oh");
  if (digits.size() <= 2) return cardinal_words(digits);
  return digits.size() <= 4 ? paired_digit_words(digits) : digit_words(digits);
}

bool marks_code(std::string_view group) { return (group.size() > 1 && group[0] == '0') || group.size() >= 5; }

// "44021/0067": two groups of figures, one of them marking a code (or both of any shape when
// `named` says a word before calls them a number); said with "slash".
std::optional<std::string> slashed_groups(std::string_view core, bool named = false) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || core.size() > 16) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (right.empty() || !text::all_digits(left) || !text::all_digits(right)) return std::nullopt;
  // Only a named pair of plain groups is held to six figures a side; a marked code keeps its length.
  bool marked = marks_code(left) || marks_code(right);
  if (!marked && (!named || left.size() > 6 || right.size() > 6)) return std::nullopt;
  return group_words(left) + " slash " + group_words(right);
}

// Capitals that label a series: two to five, no month's or weekday's short name.
bool is_capitals_label(std::string_view s) {
  if (s.size() < 2 || s.size() > 5 || !text::all_alpha(s) || !text::all_upper(s)) return false;
  return !text::is_one_of_lowered(s, {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
                                      "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "on", "at",
                                      "by", "to", "from", "no", "fy", "ytd"});
}

// "H-3271/72", "nos. 1401/02": two consecutive numbers, the second shortened to its last two
// figures, are a pair said with "and" ("H thirty two seventy one and seventy two"). The first
// holds a letter, or a word of numbers comes before it, so a fiscal year ("2023/24") is not one.
std::optional<Match> consecutive_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  std::size_t figures = 0;
  while (figures < left.size() && text::is_digit(left[left.size() - 1 - figures])) ++figures;
  if (right.size() != 2 || !text::all_digits(right) || figures < 3 || figures > 6) return std::nullopt;
  bool lettered = figures < left.size() && text::is_upper(left[0]);
  bool numbers = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"nos", "numbers"});
  if (!lettered && !numbers) return std::nullopt;
  // "FY2025/26": a year across two calendar years.
  std::string_view number = left.substr(left.size() - figures);
  if (figures == 4 && (text::starts_with(number, "19") || text::starts_with(number, "20"))) return std::nullopt;
  int last = std::stoi(std::string(left.substr(left.size() - 2)));
  if ((last + 1) % 100 != std::stoi(std::string(right))) return std::nullopt;
  return Match{1, speak_word(left) + " and " + group_words(right), false};
}

// "invoice 47/2024", "Job No. 2024/117", "ref. 118/3": the word before says a number follows;
// "No." with its period, "No" or "number" after a noun, or a noun that names an identifier
// itself. A bare "no" after a verb or opening a sentence denies: "there was no 100/1 winner".
bool named_as_number(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return false;
  std::string_view before = words[i - 1].core;
  if (!(words[i - 1].suffix.empty() || words[i - 1].suffix == ".")) return false;
  if (text::is_one_of_lowered(before, {"job", "ref"}) || names_an_identifier(before)) return true;
  if (!text::is_one_of_lowered(before, {"no", "nos", "number"})) return false;
  if (words[i - 1].suffix == "." && !text::iequals(before, "number")) return true;
  return i >= 2 && words[i - 2].suffix.empty() && !text::is_function_word(text::lower(words[i - 2].core));
}

// "Job No. 2024/117": plain groups, neither padded, after a word naming a number. Other rules
// read the rest: a number in its year ("No 57/2019", "of twenty nineteen"), a padded file
// number, a fiscal year ("2021/22") and a fraction or pair of small figures ("15/22 mm").
std::optional<Match> named_plain_groups(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (!named_as_number(words, i) || !text::all_digits(left) || !text::all_digits(right) || left.empty() ||
      right.empty() || marks_code(left) || marks_code(right) || (left.size() <= 2 && right.size() <= 2)) {
    return std::nullopt;
  }
  auto year = [](std::string_view g) { return g.size() == 4 && (g[0] == '1' || g[0] == '2'); };
  if (year(right) || (year(left) && right.size() == 2)) return std::nullopt;
  return Match{1, group_words(left) + " slash " + group_words(right), false};
}

}  // namespace

std::optional<Match> match_slashed_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.find('/') == std::string_view::npos) return std::nullopt;
  if (auto pair = consecutive_pair(words, i)) return pair;
  // "SB-22/07": the series glued on with a hyphen.
  std::size_t dash = w.core.find('-');
  if (dash != std::string_view::npos && dash < w.core.find('/') && is_capitals_label(w.core.substr(0, dash))) {
    std::string_view figures = w.core.substr(dash + 1);
    std::size_t slash = figures.find('/');
    if (slash == std::string_view::npos || !text::all_digits(figures.substr(0, slash))) return std::nullopt;
    auto groups = slashed_groups(figures, named_as_number(words, i));
    if (!groups) return std::nullopt;
    return Match{1, spelled_letters(w.core.substr(0, dash)) + " " + *groups, false};
  }
  if (auto plain = named_plain_groups(words, i)) return plain;
  // "PL 44021/0067": after its capitals, a word of their own.
  if (i == 0 || !words[i - 1].suffix.empty() || !is_capitals_label(words[i - 1].core)) return std::nullopt;
  auto groups = slashed_groups(w.core);
  if (!groups) return std::nullopt;
  return Match{1, *groups, false};
}

}  // namespace briefcast::rules
