// Telephone numbers and other digit codes read in groups: "+1 (123)-123-5678" -> "plus one,
// one two three, one two three, five six seven eight", "111-11-1111", "555.555.5555", and
// "555-1234", "+44 20 7946 0958", "1800-425-1213", IPv4 addresses ("123.123.0.40" -> "one two
// three dot one two three dot zero dot four zero"), letters on the keypad ("1-800-FLOWERS" ->
// "one, eight hundred, flowers") and an extension after a number ("x204", "ext. 12").
#include <utility>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// Digit groups separated by '-' or '.', the first optionally in parentheses.
std::optional<std::vector<std::string_view>> groups(std::string_view s) {
  std::vector<std::string_view> out;
  if (!s.empty() && s[0] == '(') {
    std::size_t close = s.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    out.push_back(s.substr(1, close - 1));
    s.remove_prefix(close + 1);
    if (!s.empty() && (s[0] == '-' || s[0] == '.')) s.remove_prefix(1);
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-' || s[i] == '.') {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
      if (out.size() > 6) return std::nullopt;
    }
  }
  for (std::string_view g : out) {
    if (!text::all_digits(g)) return std::nullopt;
  }
  return out;
}

bool shape(const std::vector<std::string_view>& g, std::initializer_list<std::size_t> sizes) {
  if (g.size() != sizes.size()) return false;
  std::size_t k = 0;
  for (std::size_t size : sizes) {
    if (g[k++].size() != size) return false;
  }
  return true;
}

std::size_t figure_count(const std::vector<std::string_view>& g) {
  std::size_t digits = 0;
  for (std::string_view part : g) digits += part.size();
  return digits;
}

// "1800-555-0199", "011-2345-6789", "02-9374-4000": three or four groups that hold a whole
// national number (ten or eleven figures) and end, as every numbering plan does, in a group
// of three or four. Only hyphens: dotted figures of these lengths are versions
// ("59.0.3071.125"). After a country code ("+91-98765-43210") the national number may be
// shorter or longer, and split in two.
bool national_number(const std::vector<std::string_view>& g, bool after_country_code) {
  std::size_t fewest = after_country_code ? 2 : 3;
  if (g.size() < fewest || g.size() > 4 || g.back().size() < 3 || g.back().size() > 5) return false;
  for (std::string_view part : g) {
    if (part.empty() || part.size() > 5) return false;
  }
  std::size_t digits = figure_count(g);
  return after_country_code ? digits >= 7 && digits <= 12 : digits >= 10 && digits <= 11;
}

// A North American area code of round hundreds ("800", "900") is said so: "one eight
// hundred", as every toll-free number is announced.
std::string area_code_words(std::string_view code) {
  if (code.size() == 3 && code[0] != '0' && code.substr(1) == "00") return cardinal_words(code);
  return digit_words(code);
}

std::string group_words(const std::vector<std::string_view>& g, std::size_t k) {
  bool area = (g.size() == 3 && k == 0 && g[1].size() == 3 && g[2].size() == 4) ||
              (g.size() == 4 && k == 1 && g[0] == "1" && g[2].size() == 3 && g[3].size() == 4);
  return area ? area_code_words(g[k]) : digit_words(g[k]);
}

std::optional<std::string> phone_body(std::string_view s, bool after_country_code = false) {
  auto g = groups(s);
  if (!g) return std::nullopt;
  bool dotted = s.find('.') != std::string_view::npos;
  // "555-1234": a local number; its exchange never starts with 0 or 1, which keeps ranges
  // such as "100-1000" out.
  bool local = !dotted && shape(*g, {3, 4}) && (*g)[0][0] >= '2';
  // "1234-5678-9012-3456": a card or account number, read in its groups too.
  bool card = !dotted && shape(*g, {4, 4, 4, 4});
  bool ok = shape(*g, {3, 3, 4}) || (!dotted && shape(*g, {3, 2, 4})) || shape(*g, {1, 3, 3, 4}) || local || card ||
            (!dotted && national_number(*g, after_country_code));
  if (!ok) return std::nullopt;
  std::string out;
  for (std::size_t k = 0; k < g->size(); ++k) {
    if (!out.empty()) out += ", ";
    out += group_words(*g, k);
  }
  return out;
}

// "1-800-FLOWERS", "1-800-273-TALK", "800-GOT-JUNK": a number whose last figures are spelt on
// the keypad's letters. The letters are said as words, the figures as in any number; figures
// and letters together make a whole number (ten or eleven keys).
std::optional<std::string> vanity_number(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= s.size(); ++k) {
    if (k < s.size() && s[k] != '-') continue;
    parts.push_back(s.substr(start, k - start));
    start = k + 1;
  }
  std::size_t figures = 0;
  while (figures < parts.size() && !parts[figures].empty() && text::all_digits(parts[figures])) ++figures;
  std::vector<std::string_view> numbers(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(figures));
  bool opening = shape(numbers, {1, 3}) || shape(numbers, {3}) || shape(numbers, {1, 3, 3}) || shape(numbers, {3, 3});
  if (!opening || (numbers.size() >= 2 && numbers[0].size() == 1 && numbers[0] != "1")) return std::nullopt;
  std::size_t keys = figure_count(numbers);
  std::string letters;
  for (std::size_t k = figures; k < parts.size(); ++k) {
    if (parts[k].size() < 2 || !text::all_upper(parts[k]) || !text::all_alpha(parts[k])) return std::nullopt;
    keys += parts[k].size();
    letters += (letters.empty() ? "" : " ") + text::lower(parts[k]);
  }
  if (letters.empty() || keys < 10 || keys > 12) return std::nullopt;
  // Said with the shape of the whole number, so that "800" is the area code.
  std::vector<std::string_view> whole = numbers;
  using Shape = std::vector<std::string_view>;
  Shape full_shape = numbers[0].size() == 1 ? Shape{"1", "000", "000", "0000"} : Shape{"000", "000", "0000"};
  while (whole.size() < full_shape.size()) whole.push_back(full_shape[whole.size()]);
  std::string out;
  for (std::size_t k = 0; k < numbers.size(); ++k) out += group_words(whole, k) + ", ";
  return out + letters;
}

std::optional<std::string> country_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4 || s[0] != '+' || !text::all_digits(s.substr(1))) return std::nullopt;
  // A one- or two-figure country code is said as a number ("+44" -> "plus forty four"), a
  // three-figure one digit by digit ("+353" -> "plus three five three"), as announcers do.
  std::string_view code = s.substr(1);
  return "plus " + (code.size() <= 2 && code[0] != '0' ? cardinal_words(code) : digit_words(code));
}

std::optional<std::string> ipv4(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '.') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
      if (parts.size() > 4) return std::nullopt;
    }
  }
  if (parts.size() != 4) return std::nullopt;
  std::string out;
  for (std::string_view p : parts) {
    if (p.empty() || p.size() > 3 || !text::all_digits(p)) return std::nullopt;
    if (!out.empty()) out += " dot ";
    out += digit_words(p);
  }
  return out;
}

// Groups of figures taken for a telephone number: the words they span and how they are said.
struct SpacedRun {
  std::size_t end = 0;  // the word after the run
  std::string out;      // the run's reading
  std::vector<std::size_t> sizes;
  std::size_t digits = 0;
};

// The run of groups from word i to before word `run.end` read as a telephone number, if it is one.
// A card's four groups only as the whole run: four of a row of years ("2012 2013 2014 2015
// 2016") are no card.
std::optional<Match> spaced_number(const Words& words, std::size_t i, SpacedRun run, bool after_country_code,
                                   bool whole_run) {
  const std::vector<std::size_t>& sizes = run.sizes;
  std::size_t digits = run.digits;
  std::string out = std::move(run.out);
  bool north_american = sizes.size() == 3 && sizes[0] == 3 && sizes[1] == 3 && sizes[2] == 4;
  // "020 7946 0958": a national number opens with its trunk zero.
  // "07700 900123" too: two groups are enough when they hold a whole national number.
  bool trunk = sizes.size() >= 2 && words[i].core[0] == '0' && digits >= 10 && digits <= 11;
  trunk = trunk || (sizes.size() >= 3 && words[i].core[0] == '0' && digits >= 9 && digits <= 11);
  // "4111 1111 1111 1111": a card number in its four groups.
  bool card = whole_run && sizes.size() == 4 && digits == 16 && sizes[0] == 4 && sizes[1] == 4 && sizes[2] == 4 && sizes[3] == 4;
  // "1800 123 456", "1300 655 506": Irish and Australian freephone and local-rate numbers, ten
  // figures opening with a four-figure prefix; read as a count they were "eighteen hundred ...".
  bool freephone = sizes.size() >= 2 && sizes[0] == 4 && digits == 10 &&
                   text::is_one_of(words[i].core, {"1800", "1300", "1850", "1890"});
  // "+44 20 7946 0958 12 hours": after a country code a last group of one or two figures after
  // one of four or more, when the groups before it make a number, is a figure after the number;
  // the longest run had taken it. "+43 1 58858 0" (Vienna, its extension) keeps its last group.
  // A group glued by a hyphen ("+49 6135 9323-0") is the number's own extension.
  bool stray_last = sizes.size() >= 3 && sizes.back() <= 2 && sizes[sizes.size() - 2] >= 4 &&
                    digits - sizes.back() >= 7 && words[run.end - 1].core.size() == sizes.back();
  bool ok = after_country_code ? (digits >= 7 && digits <= 13 && !stray_last)
                               : (north_american || trunk || card || freephone);
  if (!ok) return std::nullopt;
  // "+1 800 555 0199", "(800) 555 0199": the area code of a North American number.
  std::string_view first = words[i].core;
  if (north_american && first.size() == 3 && text::starts_with(out, digit_words(first))) {
    out.replace(0, digit_words(first).size(), area_code_words(first));
  }
  return Match{run.end - i, out, false};
}

// "+44 20 7946 0958", "123 456 7890": digit groups written as words of their own. Returns the
// number of words taken and their reading, or nothing when they do not look like a number.
// A figure after the number ("020 7946 0958 24 hours a day") is no group of it: the longest
// run of groups that makes a number is taken.
std::optional<Match> spaced_groups(const Words& words, std::size_t i, bool after_country_code) {
  std::string out;
  std::size_t k = i;
  std::size_t digits = 0;
  std::vector<std::size_t> sizes;
  std::vector<SpacedRun> runs;  // the run after each word taken
  while (k < words.size() && sizes.size() < 5) {
    const Word& w = words[k];
    bool bracketed = w.prefix == "(" && w.suffix == ")" && k == i;
    // After a country code a group may be one digit ("+33 1 23 45 67 89") or the whole
    // national number ("+91 1234567890").
    std::size_t shortest = after_country_code ? 1 : 2;
    std::size_t longest = after_country_code ? 12 : 6;
    // "+7 495 123-45-67": a spaced group may itself be split by hyphens.
    auto parts = after_country_code && !bracketed ? groups(w.core) : std::nullopt;
    bool hyphenated = parts && parts->size() > 1 && w.core.find('.') == std::string_view::npos;
    if (hyphenated) {
      for (std::string_view part : *parts) {
        if (part.empty() || part.size() > 4) hyphenated = false;
      }
    }
    if (!hyphenated && ((!w.prefix.empty() && !bracketed) || w.core.size() < shortest || w.core.size() > longest ||
                        !text::all_digits(w.core))) {
      break;
    }
    if (hyphenated && !w.prefix.empty()) break;
    // "+44 (0)20 7946 0958": the bracketed trunk zero is dialled only at home, never after the
    // country code, and is not said.
    if (hyphenated && text::starts_with(w.core, "(0)")) parts->erase(parts->begin());
    if (after_country_code && bracketed && w.core == "0") {
      ++k;
      continue;
    }
    for (std::string_view part : hyphenated ? *parts : std::vector<std::string_view>{w.core}) {
      if (!out.empty()) out += ", ";
      out += digit_words(part);
      digits += part.size();
      sizes.push_back(part.size());
    }
    if (bracketed) out += ')';  // the opening bracket stays with the word's prefix
    ++k;
    runs.push_back(SpacedRun{k, out, sizes, digits});
    if (!w.suffix.empty() && !bracketed) break;
  }
  for (std::size_t n = runs.size(); n > 0; --n) {
    if (auto number = spaced_number(words, i, runs[n - 1], after_country_code, n == runs.size())) return number;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> speak_telephone(std::string_view core) {
  if (auto ip = ipv4(core)) return ip;
  if (!core.empty() && core[0] == '+') {
    // "+442079460958": a whole international number written without spaces (E.164). Where
    // the country code ends is not written, so every figure is said on its own.
    std::string_view figures = core.substr(1);
    if (figures.size() >= 8 && figures.size() <= 15 && text::all_digits(figures) && figures[0] != '0') {
      return "plus " + digit_words(figures);
    }
    std::size_t dash = core.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    auto cc = country_code(core.substr(0, dash));
    auto body = phone_body(core.substr(dash + 1), true);
    if (cc && body) return *cc + ", " + *body;
    return std::nullopt;
  }
  if (auto vanity = vanity_number(core)) return vanity;
  return phone_body(core);
}

namespace {

// A word of calling straight before a number: "call 999", "dial 112", "text 999".
bool is_calling_word(std::string_view w) { return is_call_verb(w) || is_dial_verb(w) || is_text_verb(w); }

// The lines and the people of a service, named after its number: "a 999 call", "the 111
// service", "a 911 dispatcher", "999 calls".
bool is_service_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator",
                                     "operators", "center", "centre", "centres", "centers", "system", "line", "lines",
                                     "number", "service", "services", "recording", "recordings", "hotline", "handler",
                                     "handlers", "call-handler", "call-handlers", "control"});
}

// A calling word up to three words before word i: "ring police on 101".
bool called_before(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (!words[i - back].suffix.empty()) return false;
    if (is_calling_word(words[i - back].core)) return true;
  }
  return false;
}

// Before a number and its calls, a word that leaves the number the line's name: the opening
// of a sentence, "of" ("95% of 112 calls", "the number of 999 calls") or a kind of call ("hoax
// 999 calls"). After a verb, "the" or a quantifier the figure counts them: "Police fielded 112
// calls", "the 112 calls logged on Friday", "a total of 111 calls". Other plurals ("101
// centres", "999 operators") are counts wherever they stand.
bool names_line_before_calls(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return true;
  std::string_view before = words[i - 1].core;
  if (text::iequals(before, "of")) {
    return i < 2 || !words[i - 2].suffix.empty() ||
           !text::is_one_of_lowered(words[i - 2].core, {"total", "average", "maximum", "minimum", "record", "tally"});
  }
  return text::is_one_of_lowered(before, {"hoax", "nuisance", "silent", "abandoned", "fake", "false"});
}

// "the 116 117 line", "call 116123": the European harmonised numbers, six figures opening
// "116", in one group or in two; the count of words and the figures.
std::optional<std::pair<std::size_t, std::string>> harmonised_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "116 117" on a page that parts thousands with spaces reaches the rules as "116,117"; a
  // count of that size is no line, so only before a word naming one.
  bool grouped = core.size() == 7 && core[3] == ',' && i + 1 < words.size() && words[i].suffix.empty() &&
                 text::is_one_of_lowered(words[i + 1].core, {"line", "number", "hotline", "helpline"});
  if (grouped && text::starts_with(core, "116") && text::all_digits(core.substr(4))) {
    return std::pair<std::size_t, std::string>{1, "one one six, " + digit_words(core.substr(4))};
  }
  if (core.size() == 6 && text::all_digits(core) && text::starts_with(core, "116")) {
    return std::pair<std::size_t, std::string>{1, digit_words(core.substr(0, 3)) + ", " + digit_words(core.substr(3))};
  }
  if (core != "116" || !words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      words[i + 1].core.size() != 3 || !text::all_digits(words[i + 1].core)) {
    return std::nullopt;
  }
  return std::pair<std::size_t, std::string>{2, "one one six, " + digit_words(words[i + 1].core)};
}

// "call 911", "999 calls", "a 112 operator", "the 116 117 line": a service number is dialled
// digit by digit, and said so; elsewhere "112" or "999" may be a count ("112 people", "999
// years"), so a calling word must stand just before it, or the service's noun after it
// ("the 112 line"; its calls only where they are no count, names_line_before_calls).
std::optional<Match> emergency_number(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty()) return std::nullopt;
  auto harmonised = harmonised_number(words, i);
  if (!harmonised && !is_service_number(w.core)) return std::nullopt;
  std::size_t count = harmonised ? harmonised->first : 1;
  // "one oh one", as the UK's police line is said; Australia's "000" is "triple zero".
  std::string spoken = harmonised ? harmonised->second : w.core == "000" ? "triple zero" : digit_words(w.core, "oh");
  std::size_t last = i + count - 1;
  const bool has_next = last + 1 < words.size() && words[last].suffix.empty();
  // "a 999 emergency call": the kind of service between the number and its noun.
  std::size_t noun = has_next && last + 2 < words.size() && words[last + 1].suffix.empty() &&
                             text::is_one_of_lowered(words[last + 1].core, {"emergency", "non-emergency"})
                         ? last + 2
                         : last + 1;
  std::string_view next = has_next ? words[noun].core : std::string_view();
  const bool next_is_service = has_next && is_service_noun(next);
  // "call 999", "calls to 999"; not "Calls rose to 999", where "to" joins a figure to its verb.
  bool before = i > 0 && words[i - 1].suffix.empty() && is_calling_word(words[i - 1].core);
  if (!before && i > 1 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "to")) {
    before = words[i - 2].suffix.empty() && is_calling_word(words[i - 2].core);
  }
  // "call 101 or 999", "ring police on 101 or 999": a second number joined to a service number
  // dialled before it; "received 111 or 112 calls" are two counts.
  if (!before && i >= 2 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"or", "and"})) {
    before = emergency_number(words, i - 2) || (is_service_number(words[i - 2].core) && called_before(words, i - 2));
  }
  // "called 111 times", "call 112 voters": a plural after the figure counts it.
  if (before && has_next && !next_is_service && next.size() > 2 && text::all_alpha(next) && text::is_lower(next[0]) &&
      (next.back() == 's' || next == "people")) {
    before = false;
  }
  bool plural = next.size() > 1 && next.back() == 's';
  bool calls = text::is_one_of_lowered(next, {"calls", "callers"});
  bool after = next_is_service && (!plural || (calls && names_line_before_calls(words, i)));
  if (!before && !after) return std::nullopt;
  return Match{count, spoken, false};
}

std::optional<Match> match_number(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& w = words[i];
  const Word& next = words[i + 1];
  if (auto cc = country_code(w.core); cc && w.suffix.empty()) {
    // The body may open with a bracket that the word split took as punctuation.
    std::string body(next.prefix);
    body += next.core;
    if (next.suffix == ")" || (!next.suffix.empty() && next.suffix[0] == ')')) body += ')';
    if (auto spoken = phone_body(body)) return Match{2, *cc + ", " + *spoken, false};
    // "+1 (555) 123-4567": the area code is a word of its own.
    if (next.prefix == "(" && next.suffix == ")" && next.core.size() == 3 && text::all_digits(next.core) &&
        i + 2 < words.size()) {
      auto g = groups(words[i + 2].core);
      if (g && shape(*g, {3, 4}) && words[i + 2].prefix.empty()) {
        return Match{3, *cc + ", " + area_code_words(next.core) + ", " + digit_words((*g)[0]) + ", " + digit_words((*g)[1]),
                     false};
      }
    }
  }
  if (auto cc = country_code(w.core); cc && w.suffix.empty()) {
    if (auto spaced = spaced_groups(words, i + 1, true)) {
      return Match{spaced->count + 1, *cc + ", " + spaced->spoken, false};
    }
  }
  bool bracketed = w.prefix == "(" && w.suffix == ")";
  if (((w.prefix.empty() && w.suffix.empty()) || bracketed) && w.core.size() >= 2 && w.core.size() <= 5) {
    if (auto spaced = spaced_groups(words, i, false)) return spaced;
  }
  // "(555) 555-5555"
  if (w.prefix == "(" && w.suffix == ")" && w.core.size() == 3 && text::all_digits(w.core)) {
    auto g = groups(next.core);
    if (g && shape(*g, {3, 4})) {
      // The opening bracket stays with the word's prefix; the closing one follows the area code.
      return Match{2, area_code_words(w.core) + "), " + digit_words((*g)[0]) + ", " + digit_words((*g)[1]), false};
    }
  }
  return std::nullopt;
}

// "x204", "ext 12", "ext. 3", "extension 4410" at word k: an extension's figures, which are
// dialled and so said one by one. Returns the words taken and the figures said.
std::optional<Match> extension(const Words& words, std::size_t k) {
  if (k >= words.size() || !words[k].prefix.empty()) return std::nullopt;
  std::string word = text::lower(words[k].core);
  auto figures = [](std::string_view s) { return !s.empty() && s.size() <= 5 && text::all_digits(s); };
  for (std::string_view mark : {"ext.", "ext", "x"}) {
    if (text::starts_with(word, mark) && figures(std::string_view(word).substr(mark.size()))) {
      return Match{1, digit_words(std::string_view(word).substr(mark.size())), false};
    }
  }
  bool named = text::is_one_of(word, {"x", "ext", "extn", "extension"});
  bool open = words[k].suffix.empty() || (words[k].suffix == "." && word != "extension");
  if (!named || !open || k + 1 >= words.size() || !words[k + 1].prefix.empty() || !figures(words[k + 1].core)) {
    return std::nullopt;
  }
  return Match{2, digit_words(words[k + 1].core), false};
}

}  // namespace

std::optional<Match> match_telephone(const Words& words, std::size_t i) {
  std::optional<Match> number = match_number(words, i);
  const Word& w = words[i];
  // A number written as one word is read by speak_telephone; it is taken here only with its
  // extension.
  bool one_word = !number && w.prefix.empty() && (w.suffix.empty() || w.suffix == ",") && !ipv4(w.core);
  if (one_word) {
    if (auto spoken = speak_telephone(w.core)) number = Match{1, *spoken, false};
  }
  if (!number) return number;
  std::size_t end = i + number->count;
  const Word& last = words[end - 1];
  if (!(last.suffix.empty() || last.suffix == ",")) return one_word ? std::nullopt : number;
  if (auto ext = extension(words, end)) {
    return Match{number->count + ext->count, number->spoken + ", extension " + ext->spoken, false};
  }
  // "1-800-555-0147 24/7": a figure right after the number ran into its last digits ("zero one
  // four seven twenty four seven"); a pause ends the number.
  bool figure_after = last.suffix.empty() && end < words.size() && words[end].prefix.empty() &&
                      !words[end].core.empty() && text::is_digit(words[end].core[0]);
  if (figure_after) return Match{number->count, number->spoken + ",", false};
  return one_word ? std::nullopt : number;
}

// Ahead of the count and thousands rules, which read "116 117" as one number and "112 calls"
// as a count: only a service number with its calling word beside it.
std::optional<Match> match_service_number(const Words& words, std::size_t i) {
  if (auto emergency = emergency_number(words, i)) return emergency;
  // "Dial 911": taken from the calling word on, before a capitalised word can claim the figure.
  if (i + 1 < words.size() && text::is_capitalized(words[i].core) && words[i].suffix.empty()) {
    if (auto emergency = emergency_number(words, i + 1)) {
      return Match{2, std::string(words[i].core) + " " + emergency->spoken, false};
    }
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
