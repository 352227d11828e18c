// Serials and codes: "F-16" -> "F sixteen", "COVID-19", "G7", "B2A23C" -> "B two A twenty
// three C", "A321" -> "A three twenty one"; and the fallback for any other word, read piece by
// piece with the names of its symbols ("test$" -> "test dollar", "&hi" -> "and hi").
#include <array>
#include <initializer_list>
#include <utility>

#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

struct Symbol {
  std::string_view written;
  std::string_view spoken;
};

constexpr std::array<Symbol, 18> kSymbols = {{
    {"\u00b1", "plus or minus"},
    {"$", "dollar"},   {"\u20ac", "euro"},  {"\u00a3", "pound"},  {"\u00a5", "yen"},   {"\u20a9", "won"},
    {"\u20b9", "rupee"}, {"#", "hash"},     {"%", "percent"},     {"&", "and"},        {"@", "at"},
    {"*", "asterisk"}, {"+", "plus"},       {"=", "equals"},      {"/", "slash"},      {"\u00b0", "degrees"},
    {"\u00a7", "section"}, {"~", "tilde"},
}};

bool is_word_byte(char c) { return text::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80 || c == '\''; }

// Digits inside a code: short runs are numbers, a run of three after letters is said in
// pairs like a model number, longer runs digit by digit. After letters a leading zero is said
// ("R08": "R oh eight"); a code that opens with figures ("07h30") keeps the plain number.
std::string code_digits(std::string_view run, bool after_letters) {
  if (run.size() <= 2) return run.size() == 2 && run[0] == '0' && after_letters ? digit_words(run, "oh") : cardinal_words(run);
  if (run.size() == 3 && run[0] != '0') return after_letters ? paired_digit_words(run) : cardinal_words(run);
  // "1080p", "GTX1660": four figures in a code are said in pairs, as model numbers are.
  if (run.size() == 4 && run[0] != '0') return paired_digit_words(run);
  return digit_words(run);
}

// "802.11ax": a standard or version with letters after its point, said with "dot".
std::optional<std::string> dotted_standard(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == 0 || dot == std::string_view::npos || core.find('.', dot + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view left = core.substr(0, dot);
  std::string_view right = core.substr(dot + 1);
  std::size_t figures = 0;
  while (figures < right.size() && text::is_digit(right[figures])) ++figures;
  std::string_view letters = right.substr(figures);
  if (!text::all_digits(left) || left.size() > 4 || figures == 0 || figures > 4 || letters.empty() ||
      letters.size() > 3 || !text::all_alpha(letters)) {
    return std::nullopt;
  }
  std::string spelled;
  for (char c : letters) {
    if (!spelled.empty()) spelled.push_back('.');
    spelled.push_back(text::is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c);
  }
  // A standard's number is long ("802.11ax": "dot"); "2.4G", "1.5T", "1.2a" are a decimal
  // figure and a letter ("two point four G").
  if (left.size() < 3 && figures < 2) {
    return *speak_decimal(core.substr(0, dot + 1 + figures)) + " " + spelled;
  }
  return code_digits(left, true) + " dot " + cardinal_words(right.substr(0, figures)) + " " + spelled;
}

std::string letter_run(std::string_view run) {
  if (auto acronym = speak_acronym(run)) return *acronym;
  return std::string(run);
}

// The only slash of a word, with a word of two or more letters on each side ("and/or",
// "Paris/London").
bool between_words(std::string_view core, std::size_t slash) {
  auto letters = [](std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && text::is_alpha(s[n])) ++n;
    return n;
  };
  // More than one slash is a path ("news/world/europe"), said with "slash".
  if (core.find('/') != slash || core.find('/', slash + 1) != std::string_view::npos) return false;
  std::size_t before = 0;
  while (before < slash && text::is_alpha(core[slash - before - 1])) ++before;
  return before >= 2 && letters(core.substr(slash + 1)) >= 2;
}

}  // namespace

std::optional<std::string_view> symbol_name(std::string_view s, std::size_t i, std::size_t& length) {
  for (const Symbol& symbol : kSymbols) {
    if (s.substr(i, symbol.written.size()) == symbol.written) {
      length = symbol.written.size();
      return symbol.spoken;
    }
  }
  return std::nullopt;
}

std::string said_underscores(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '_') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      out += "underscore ";
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

// "401(k)", "501(c)(3)", "230(c)": a section of a code of law and its bracketed subsections,
// said as a label and its letters ("four oh one K", "five oh one C three").
// "100J(1)(c)", "45A(2)": a section inserted later carries a capital letter or two after its
// figures, said after them ("one hundred J one C"); never a unit ("joules").
std::optional<std::string> section_reference(std::string_view core) {
  std::size_t open = core.find('(');
  std::string_view label = core.substr(0, open);
  std::size_t figures = 0;
  while (figures < label.size() && text::is_digit(label[figures])) ++figures;
  std::string_view number = label.substr(0, figures);
  std::string_view letters = label.substr(figures);
  if (open == std::string_view::npos || number.empty() || number.size() > 4 || number[0] == '0' || letters.size() > 2 ||
      (!letters.empty() && !text::all_upper(letters))) {
    return std::nullopt;
  }
  std::string out = number.size() == 3 && number[1] == '0' && letters.empty()
                        ? std::string(digit_word(number[0])) + " oh " + std::string(digit_word(number[2]))
                        : paired_digit_words(number);
  if (!letters.empty()) out += " " + spelled_letters(letters);
  std::string_view rest = core.substr(open);
  while (!rest.empty()) {
    std::size_t close = rest.find(')');
    if (rest[0] != '(' || close == std::string_view::npos || close < 2 || close > 4) return std::nullopt;
    std::string_view part = rest.substr(1, close - 1);
    if (text::all_digits(part)) {
      out += " " + cardinal_words(part);
    } else if (part.size() == 1 && text::is_alpha(part[0])) {
      out += " " + std::string(1, text::is_lower(part[0]) ? static_cast<char>(part[0] - 'a' + 'A') : part[0]);
    } else if (part.find_first_not_of("ivx") == std::string_view::npos) {
      out += " " + std::string(part);  // a roman subsection ("(ii)") is said as written
    } else {
      return std::nullopt;
    }
    rest.remove_prefix(close + 1);
  }
  return out;
}

// "drug(s)", "(un)likely": letters in brackets inside a word are part of it, and the word is
// said whole ("drugs", "unlikely"), as a reader says the fuller form.
std::optional<std::string> bracketed_letters(std::string_view core) {
  std::size_t open = core.find('(');
  std::size_t close = core.find(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open + 2 ||
      core.find_first_of("()", close + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string joined = std::string(core.substr(0, open)) + std::string(core.substr(open + 1, close - open - 1)) +
                       std::string(core.substr(close + 1));
  std::string_view inside = core.substr(open + 1, close - open - 1);
  bool plural = close + 1 == core.size() && open >= 2 && (inside == "s" || inside == "es");
  bool prefix = open == 0 && core.size() - close - 1 >= 3 && inside.size() >= 2;
  if ((!plural && !prefix) || !text::all_alpha(joined)) return std::nullopt;
  return joined;
}

// "F/A-18", "F/A-18E": two role letters joined by a slash, then the model number.
std::optional<std::string> role_letters_model(std::string_view core) {
  if (core.size() < 5 || !text::is_upper(core[0]) || core[1] != '/' || !text::is_upper(core[2]) || core[3] != '-') {
    return std::nullopt;
  }
  std::string_view rest = core.substr(4);
  std::size_t n = 0;
  while (n < rest.size() && text::is_digit(rest[n])) ++n;
  std::string_view tail = rest.substr(n);
  if (n > 0 && n <= 3 && rest[0] != '0' && (tail.empty() || (tail.size() <= 2 && text::all_upper(tail)))) {
    std::string said = spelled_letters(core.substr(0, 3)) + " " + cardinal_words(rest.substr(0, n));
    return tail.empty() ? said : said + " " + spelled_letters(tail);
  }
  return std::nullopt;
}

// "H.264", "X.25": a standard named by capitals, a point and figures; the point is not said.
std::optional<std::string> point_standard(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == 0 || dot > 2 || dot == std::string_view::npos) return std::nullopt;
  std::string_view name = core.substr(0, dot);
  std::string_view figures = core.substr(dot + 1);
  if (text::all_upper(name) && text::all_alpha(name) && figures.size() >= 2 && figures.size() <= 4 &&
      text::all_digits(figures) && figures[0] != '0') {
    return std::string(name) + " " + code_digits(figures, true);
  }
  return std::nullopt;
}

// A code is letters and figures, both, with nothing but hyphens between them.
bool letters_and_figures(std::string_view core) {
  bool letters = false;
  bool digits = false;
  for (char c : core) {
    if (text::is_alpha(c)) {
      letters = true;
    } else if (text::is_digit(c)) {
      digits = true;
    } else if (c != '-') {
      return false;
    }
  }
  return letters && digits;
}

// One spoken piece of a code, and where the scan goes on.
struct Piece {
  std::string spoken;
  std::size_t end = 0;   // index just after the piece
  bool letters = false;  // a run of letters: figures after it are said as a code's
  bool plural = false;   // a plural "s" closing a model's number: the last word said becomes plural
};

// A hyphen-separated part that is a decade or an ordinal: "mid-80s", "21st-century".
// Tried once per part, at its start, so the scan stays linear.
std::optional<Piece> whole_part(std::string_view core, std::size_t i) {
  if (i != 0 && core[i - 1] != '-') return std::nullopt;
  std::size_t part_end = core.find('-', i);
  std::string_view part = core.substr(i, part_end == std::string_view::npos ? std::string_view::npos : part_end - i);
  std::optional<std::string> whole = speak_decade(part);
  if (!whole) whole = speak_ordinal(part);
  // "pre-2008", "mid-2008": a year after a word of time is said as a year, not a code's pairs.
  // Those words are three to five letters, so only such a prefix is read: copying the whole
  // prefix for every part would make a long hyphened word quadratic.
  constexpr std::size_t kShortestTimeWord = 3;
  constexpr std::size_t kLongestTimeWord = 5;
  const bool time_word_fits = i >= kShortestTimeWord + 1 && i <= kLongestTimeWord + 1;
  if (!whole && time_word_fits && part.size() == 4 && text::all_digits(part) && (part[0] == '1' || part[0] == '2') &&
      text::is_one_of_lowered(core.substr(0, i - 1), {"pre", "post", "mid", "early", "late"})) {
    whole = year_words(part);
  }
  // "under-16s": a plural number inside a compound (a bare "4s" may be seconds).
  if (!whole && part.size() < core.size()) whole = speak_plural_number(part);
  if (!whole) return std::nullopt;
  return Piece{*whole, i + part.size(), false, false};
}

Piece figure_run(std::string_view core, std::size_t start, bool after_letters) {
  std::size_t i = start;
  while (i < core.size() && text::is_digit(core[i])) ++i;
  // "720p", "480i": a video's line count is said in pairs, like "1080p".
  bool scan_mode = start == 0 && i + 1 == core.size() && (core[i] == 'p' || core[i] == 'i');
  return Piece{code_digits(core.substr(start, i - start), after_letters || scan_mode), i, false, false};
}

Piece letter_piece(std::string_view core, std::size_t start, bool first) {
  std::size_t i = start;
  while (i < core.size() && text::is_alpha(core[i])) ++i;
  // "MP3s", "A380s": a plural "s" after a model's number makes the number plural ("M P
  // threes"); spelt on its own it is heard as the letter "ess". A single letter and a short
  // number ("W2s", the tax forms) is said letter by letter, "s" included, as the forms are.
  std::size_t first_digit = core.find_first_of("0123456789");
  bool model = first_digit >= 2 || start - first_digit >= 3;
  if (core.substr(start, i - start) == "s" && i == core.size() && start > 0 && text::is_digit(core[start - 1]) &&
      text::is_alpha(core[0]) && model && !first) {
    return Piece{"", i, true, true};
  }
  return Piece{letter_run(core.substr(start, i - start)), i, true, false};
}

// "B2A23C" -> "B two A twenty three C": the code said piece by piece.
std::string code_pieces(std::string_view core) {
  std::string out;
  bool after_letters = false;
  for (std::size_t i = 0; i < core.size();) {
    if (core[i] == '-') {
      ++i;
      continue;
    }
    std::optional<Piece> piece = whole_part(core, i);
    if (!piece) piece = text::is_digit(core[i]) ? figure_run(core, i, after_letters) : letter_piece(core, i, out.empty());
    if (piece->plural) {
      out = pluralize_last_word(std::move(out));
      break;
    }
    if (!out.empty()) out += ' ';
    out += piece->spoken;
    after_letters = piece->letters;
    i = piece->end;
  }
  return out;
}

}  // namespace

std::optional<std::string> speak_bracketed(std::string_view core) {
  if (core.find('(') == std::string_view::npos) return std::nullopt;
  if (auto section = section_reference(core)) return section;
  return bracketed_letters(core);
}

std::optional<std::string> speak_serial(std::string_view core) {
  if (auto standard = dotted_standard(core)) return standard;
  if (auto model = role_letters_model(core)) return model;
  if (auto initials = speak_ampersand_initials(core)) return initials;
  if (auto standard = point_standard(core)) return standard;
  if (!letters_and_figures(core)) return std::nullopt;
  return code_pieces(core);
}

std::string speak_pieces(std::string_view core) {
  if (auto initialisms = speak_slashed_initialisms(core)) return *initialisms;
  std::string out;
  auto add = [&out](std::string_view piece) {
    if (piece.empty()) return;
    if (!out.empty() && out.back() != ' ') out += ' ';
    out += piece;
  };
  // In a word that also has letters, figures are parts of a code ("MIG-25/235212").
  bool has_letters = false;
  for (char c : core) has_letters = has_letters || text::is_alpha(c);
  std::size_t i = 0;
  while (i < core.size()) {
    std::size_t start = i;
    if (is_word_byte(core[i])) {
      std::size_t length = 0;
      // A word piece runs until a symbol; points, commas and colons stay inside it only
      // between digits ("1,000", "3.5", "11:20").
      while (i < core.size()) {
        if (static_cast<unsigned char>(core[i]) >= 0x80 && symbol_name(core, i, length)) break;
        if (is_word_byte(core[i])) {
          ++i;
        } else if ((core[i] == '.' || core[i] == ',' || core[i] == ':') && i > start && i + 1 < core.size() &&
                   text::is_digit(core[i - 1]) && text::is_digit(core[i + 1])) {
          ++i;
        } else {
          break;
        }
      }
      if (i == start) {
        // A symbol byte run that is_word_byte let in: handled below.
      } else {
        std::string_view piece = core.substr(start, i - start);
        if (has_letters && text::all_digits(piece)) {
          add(code_digits(piece, false));
        } else if (piece == "etc" && start > 0 && core[start - 1] == '/') {
          // "/etc/hosts": the folder is said by its letters; left alone, eSpeak NG says "et cetera".
          add(spelled_letters("ETC"));
        } else if (auto known = speak_known(piece)) {
          add(*known);
        } else {
          add(piece);
        }
        continue;
      }
    }
    std::size_t length = 0;
    if (auto name = symbol_name(core, i, length)) {
      // Between figures "*" is a product and "/" a ratio rather than symbols to name.
      bool between_digits = i > 0 && i + length < core.size() && text::is_digit(core[i - 1]) &&
                            text::is_digit(core[i + length]);
      if (core[i] == '*' && between_digits) {
        add("times");
      } else if (core[i] == '/' && between_digits) {
        add("/");
      } else if (core[i] == '/' && between_words(core, i)) {
        // "increases/reduces" offers a choice, "Brookhaven/Oglethorpe" names two places
        // together: "or" between lowercase words, a plain pause-less join between names.
        if (text::is_lower(core[i + 1]) && core.substr(i + 1) != "or") add("or");  // "and/or": one "or"
      } else {
        add(*name);
      }
      i += length;
    } else if (core[i] == '-') {
      // A hyphen joins pieces; the engine needs no word for it.
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
    } else if (core[i] == '.' && i + 1 < core.size() && text::is_lower(core[i + 1])) {
      // ".tar.bz2", "python3.x": a point before a lowercase piece parts the names of a file
      // or a module, said "dot"; left bare, eSpeak NG says nothing for it. Before a capital
      // it is a sentence's period with its space lost ("in 2017.In a statement").
      add("dot");
      ++i;
    } else if (core[i] == '_') {
      // "hosts_access", "MAX_PATH": an underscore inside a name is said, as people read an
      // identifier (eSpeak NG is silent on it, running the parts together); at a word's
      // edges it only marks emphasis ("_really_"), and between a word and a capitalised word
      // it parts them as typography ("Director_Kim Lee" in a list of credits).
      std::size_t run = i;
      while (run < core.size() && core[run] == '_') ++run;
      bool credit = i > 0 && run + 1 < core.size() && text::is_lower(core[i - 1]) && text::is_upper(core[run]) &&
                    text::is_lower(core[run + 1]);
      if (i > 0 && run < core.size() && !credit) add(said_underscores(core.substr(i, run - i)));
      i = run;
    } else {
      std::size_t run = i + 1;
      while (run < core.size() && !is_word_byte(core[run]) && core[run] != '-' && !symbol_name(core, run, length)) ++run;
      add(core.substr(i, run - i));
      i = run;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

// Any case of `word` in the lower-case list.
bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  return text::is_one_of_lowered(word, list);
}

// Words that begin no noun: after "X/Y" they show the pair is not a modifier of a noun.
bool is_function_word(std::string_view w) {
  return is_one_of(w, {"a", "an", "the", "of", "in", "on", "for", "to", "from", "by", "with", "at", "as", "or",
                       "and", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                       "would", "can", "could", "should", "may", "might", "it", "this", "that", "these", "those",
                       "he", "she", "they", "we", "you", "not", "than", "then", "so", "if", "when", "how",
                       "what", "why", "where", "who", "which", "whether", "whose", "into", "onto", "about",
                       // A possessive opens a noun phrase of its own: "is/was your show".
                       "my", "your", "our", "their", "its"});
}

// What a rate is counted per, written out: "hour", "barrel", "capita".
bool is_rate_denominator(std::string_view w) {
  return text::is_one_of(w, {"second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "annum",
                             "person", "capita", "head", "share", "barrel", "gallon", "litre", "liter", "ton",
                             "tonne", "pound", "ounce", "kilo", "mile", "acre", "hectare", "game", "match",
                             "household", "unit"});
}

// "increases/decreases", "parking/maneuvering": two words with the same inflection are
// alternatives of one kind.
bool same_inflection(std::string_view left, std::string_view right) {
  for (std::string_view ending : {"ing", "ed", "es", "s"}) {
    if (left.size() > ending.size() + 1 && right.size() > ending.size() + 1 && text::ends_with(left, ending) &&
        text::ends_with(right, ending)) {
      return ending != "s" || (!text::ends_with(left, "ss") && !text::ends_with(right, "ss"));
    }
  }
  return false;
}

}  // namespace

std::string_view slash_joiner(std::string_view left, std::string_view right, const Word* after) {
  if (right.empty() || !text::is_lower(right[0]) || text::iequals(right, "or")) return "";
  auto pronoun = [](std::string_view w) { return is_one_of(w, {"he", "she", "his", "her", "him", "hers", "s"}); };
  if ((pronoun(left) && pronoun(right)) || same_inflection(text::lower(left), right)) return "or";
  // "async/await support", "a love/hate relationship": a pair before a noun names one thing.
  if (after != nullptr && after->prefix.empty() && !after->core.empty() && text::is_lower(after->core[0]) &&
      text::all_alpha(after->core) && !is_function_word(after->core)) {
    return "";
  }
  return "or";
}

std::optional<Match> match_word_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || !between_words(core, slash)) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (!text::all_alpha(left) || !text::all_alpha(right) || text::all_upper(left) || text::all_upper(right)) {
    return std::nullopt;
  }
  if (find_unit(left) && find_unit(right)) return std::nullopt;  // "mg/dL" is a rate
  // "copies/mL", "words/min": things counted per a unit.
  if (auto unit = find_unit(right); unit && right.size() >= 2 && left.size() > 2 && text::is_lower(left[0]) &&
                                    left.back() == 's' && !find_unit(left)) {
    return Match{1, std::string(left) + " per " + unit->one, false};
  }
  // "miles/hour", "tons/day", "percent/year": a count or a measure per a unit of time or
  // of goods is a rate, never a choice between the two.
  if (is_rate_denominator(right) && left.size() > 2 && text::is_lower(left[0]) &&
      (left.back() == 's' || text::is_one_of(left, {"percent", "cent"}))) {
    return Match{1, std::string(left) + " per " + std::string(right), false};
  }
  // "the over/under of 48", "a pass/fail grade": a betting total and a grading scheme are
  // each one term, said "over-under", never a choice between its halves.
  if (text::is_one_of_lowered(core, {"over/under", "pass/fail"})) {
    return Match{1, std::string(left) + "-" + std::string(right), false};
  }
  const Word* after = i + 1 < words.size() && words[i].suffix.empty() ? &words[i + 1] : nullptr;
  std::string_view joiner = slash_joiner(left, right, after);
  std::string spoken = speak_word(left);
  spoken.append(joiner.empty() ? " " : " or ").append(speak_word(right));
  return Match{1, spoken, false};
}

}  // namespace briefcast::rules
