// Small byte-level helpers shared by the normalizer's class files: ASCII character tests,
// the split of a line into words with their outer punctuation, and number literals.
// The normalizer works on UTF-8 bytes; only ASCII bytes are ever classified, so any other
// byte is simply part of a word.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace briefcast::text {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
// A word that starts in lower case: a cue that the text around is not set in capitals.
inline bool starts_in_lower_case(std::string_view core) { return !core.empty() && is_lower(core[0]); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool all_digits(std::string_view s);
// Where the run of figures in `s` that starts at `from` ends, going no further than `limit`:
// "2024/117" from 0 -> 4, "1234" from 0 with limit 3 -> 3. Rules that read a figure's digits
// all measure it here.
std::size_t digit_run_end(std::string_view s, std::size_t from, std::size_t limit = std::string_view::npos);
// The thousands groups that follow s[from]: each `mark` then exactly three figures, none after
// them. "1,234,567" from 1 with ',' -> end 9, 2 groups; "1,2345" -> end 1, 0 groups. Both the
// number reader and the page's conventions (which mark groups thousands) read groups here.
struct ThousandsGroups {
  std::size_t end = 0;
  std::size_t count = 0;
};
ThousandsGroups thousands_groups(std::string_view s, std::size_t from, char mark);
// "\u2082", "\u00b3": a subscript or superscript figure at s[k], as its ASCII figure, with the
// bytes it takes in `width`; '\0' when there is none. The superscript minus (U+207B) is '-'.
char subscript_digit(std::string_view s, std::size_t k, std::size_t& width);
char superscript_digit(std::string_view s, std::size_t k, std::size_t& width);
bool all_alpha(std::string_view s);
// Letters, or words of letters joined by single hyphens: "paid", "low-paid", "part-time";
// not "-paid", "low--paid" or "B2B".
bool is_letters_word(std::string_view s);
bool all_upper(std::string_view s);
bool is_capitalized(std::string_view s);  // "Elm", "NY": first byte an ASCII capital
// "Æthelred", "Łukasz", "Elm": a word of letters, ASCII or Latin ones beyond it, that begins with
// a capital, ASCII or one of the Latin-1 and Latin Extended-A capitals ("É", "Ø", "Ł").
bool is_name_word(std::string_view s);
// "NASA", "CNN", "KINNARD": a word in capitals, two or more ASCII letters all capitals; whether
// it is an initialism or a word set in capitals is for the caller (has_capital_vowel, its cues).
bool is_capitals_word(std::string_view s);
// "MEG", "SYS": a capital vowel, "Y" counted; a run of capitals with none ("CNN") can only be
// spelt, so it is no name nor word set in capitals.
bool has_capital_vowel(std::string_view s);
// "19V-204", "C-533": any ASCII capital in it.
inline bool has_capital(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
std::string lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool starts_with(std::string_view s, std::string_view prefix);
// "odds" in {"odds", "bookmakers"}: a word in a short fixed list.
bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list);
// is_one_of(lower(word), list) without building the lower-cased copy: the cue words rules look
// for across a whole line are asked of every word, so this runs for each word of each line.
bool is_one_of_lowered(std::string_view word, std::initializer_list<std::string_view> list);
bool ends_with(std::string_view s, std::string_view suffix);
// "Thatcher's", "party’s": a word with the possessive "'s" (straight or curly apostrophe).
bool is_possessive(std::string_view word);
// "a", "the", "its", "each", "per": a word that opens a noun phrase, so that a quantity after
// it qualifies the noun ("a 10 m pool", "per 100 g serving", "the ~$4 they get"). The one list
// of determiners for every rule.
bool is_determiner(std::string_view word);
// "-", "--", "\u2013", "\u2014": a word that is only a dash, set between spaces. "--" is how
// plain-text copy types an em dash ("NEW YORK -- ...").
bool is_dash_word(std::string_view raw);
// "10-52", "XS\u2013XXL", "9.30-11.30am": the two sides of a word around its first hyphen or,
// with none, its first en dash (typeset ranges). No such dash: nullopt.
struct DashSides {
  std::string_view before;
  std::string_view after;
};
std::optional<DashSides> split_at_range_dash(std::string_view core);
// "7/8/10" -> {"7", "8", "10"}: the parts of `s` between its `separator`s, empty ones included
// ("a//b", "/x"), views into `s`. A string without the separator is one part.
std::vector<std::string_view> split(std::string_view s, char separator);
// "16:9", "12.8", "7/12": two runs of one to `max_digits` figures joined by one `mark`, as
// views into `s`; nothing for any other shape ("16:", "1.2.3", "123:4" with max_digits 2).
struct FigurePair {
  std::string_view left;
  std::string_view right;
};
std::optional<FigurePair> figure_pair(std::string_view s, char mark, std::size_t max_digits);
std::string_view drop_final_period(std::string_view s);
// "72,5" -> "72.5": a figure printed with a decimal comma, as much of Europe and southern
// Africa print them: digits, one comma, then `min_after` to `max_after` digits, with at most
// `max_before` digits before it. Callers set the bounds so that a thousands group, which is
// always three digits after its comma, never passes.
std::optional<std::string> with_decimal_point(std::string_view figure, std::size_t max_before, std::size_t min_after,
                                              std::size_t max_after);
// "four hundred dollar" -> "four-hundred-dollar": words joined as one compound adjective.
std::string hyphenated(std::string spoken);
// "LOUIS" -> "Louis": a word printed in capitals, as eSpeak NG says a word rather than letters.
std::string as_word(std::string_view capitals);
// {"seven", "eight", "ten"} with ", " and " and " -> "seven, eight and ten": spoken parts
// said as a list, `last` between the final two and `separator` between the others.
std::string joined(const std::vector<std::string>& parts, std::string_view separator, std::string_view last);
inline std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  return joined(parts, separator, separator);
}

// One whitespace-separated word: leading quotes and brackets, the core, then trailing
// quotes, brackets and sentence punctuation.
struct Word {
  std::string_view raw;
  std::string_view prefix;
  std::string_view core;
  std::string_view suffix;
};
// Whether any word of the line passes `cue`, given the word's core as written ("is this a
// line about prices, sport, a storm?"): the line-wide cue every context rule asks.
bool any_word(const std::vector<Word>& words, bool (*cue)(std::string_view core));
// While one lives, any_word on its line answers each cue from the first reading: the rules ask
// the same cues once per figure, and a line of a thousand figures would read the line a thousand
// times. The normalizer keeps one for the line it reads; scopes nest, the inner one wins.
class LineCues {
 public:
  explicit LineCues(const std::vector<Word>& words);
  ~LineCues();
  LineCues(const LineCues&) = delete;
  LineCues& operator=(const LineCues&) = delete;
  // The cue's answer on this line when `words` is its line and the cue was asked before.
  static std::optional<bool> known(const std::vector<Word>& words, bool (*cue)(std::string_view core));
  static void remember(const std::vector<Word>& words, bool (*cue)(std::string_view core), bool answer);
  using Fact = bool (*)(const std::vector<Word>& words);
  static std::optional<bool> known(const std::vector<Word>& words, Fact fact);
  static void remember(const std::vector<Word>& words, Fact fact, bool answer);

 private:
  const std::vector<Word>* words_;
  std::vector<std::pair<bool (*)(std::string_view), bool>> answers_;
  std::vector<std::pair<Fact, bool>> facts_;
  LineCues* outer_;
};
// `fact` of the whole line ("is it a list of odds?"), read once per line while a LineCues
// lives for it, as any_word is.
bool line_fact(const std::vector<Word>& words, LineCues::Fact fact);
// Whether a word within `span` words of position i passes `cue`: the clause around a figure,
// for rules asked once per figure, so a long line of figures is not read again for each.
bool any_word_near(const std::vector<Word>& words, std::size_t i, std::size_t span, bool (*cue)(std::string_view core));

std::vector<Word> split_words(std::string_view text);

// `line` cut into pieces of about `max_bytes` for rules that read the whole line (a cue word
// anywhere in it) and so cost the square of its length: at the last sentence end before the
// bound, else at the last space, else at the first space after it (a word is never cut). A line
// within the bound is one piece. Real sentences are far shorter; hostile input is not.
std::vector<std::string_view> bounded_pieces(std::string_view line, std::size_t max_bytes);

// "Dist.", "Sen.": the word's suffix opens with a period (an abbreviation's, or a sentence end).
inline bool has_period(const Word& w) { return !w.suffix.empty() && w.suffix[0] == '.'; }

// The core plus a trailing period if the word had one ("St." -> "St."), for abbreviations.
std::string_view core_with_period(const Word& word);

// A written number: optional sign, digits with optional thousands commas, optional decimals.
struct NumberLiteral {
  std::string integer;   // digits only; empty for ".5"
  std::string decimals;  // digits after the point; empty when there is none
  bool has_point = false;
  bool grouped = false;  // written with thousands separators
  bool negative = false;
};

std::optional<NumberLiteral> parse_number(std::string_view s);
// The whole of `s` a figure with no sign: digits with commas or one point ("51,200", "2.4").
std::optional<NumberLiteral> parse_plain_figure(std::string_view s);

// Length of the number literal at the start of `s` (0 when there is none).
std::size_t number_prefix_length(std::string_view s);
// The bytes of the vulgar fraction sign at the start of `s`: "\u00bd", "\u00bc", "\u00be" (U+00BC to
// U+00BE) or "\u2153".."\u215e" (U+2150 to U+215E); 0 when there is none.
std::size_t vulgar_fraction_length(std::string_view s);
// "8\u00bd", "18\u00be", "\u215d": digits, if any, then one vulgar fraction sign and nothing more.
bool is_vulgar_figure(std::string_view core);

// A written form and what is said for it: the rows of the rules' small tables.
struct Said {
  std::string_view written;
  std::string_view spoken;
};

// What `table` (rows of Said) says for `written`, if it holds it.
template <typename Table>
std::optional<std::string_view> said_for(const Table& table, std::string_view written) {
  for (const Said& row : table) {
    if (row.written == written) return row.spoken;
  }
  return std::nullopt;
}

}  // namespace briefcast::text
