// Serials and codes: "F-16" -> "F sixteen", "COVID-19", "G7", "B2A23C" -> "B two A twenty
// three C", "A321" -> "A three twenty one", "802.11ax", "H.264", "F/A-18"; and a word with
// brackets inside it ("401(k)", "drug(s)"). Any other word falls to word_pieces.cpp, which says
// a code's figures inside it as these are said (code_digits).
#include <initializer_list>
#include <utility>

#include "normalize/capitals.h"
#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

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

std::string code_characters(std::string_view code) {
  std::string said;
  for (char c : code) {
    if (!said.empty()) said += ' ';
    said += text::is_digit(c) ? std::string(digit_word(c)) : std::string(1, c);
  }
  return said;
}

namespace {

// The pairs of capitals eSpeak NG reads as a word or a Roman numeral ("BE" as "be", "OR" as
// "or", "MR" as "mister", "XX" as "roman twenty"), found by comparing its reading of every pair
// before a figure with the pair spelt. In a code ("BE90", "AS9100D") they are letters.
bool pair_read_as_word(std::string_view run) {
  return run.size() == 2 && text::all_upper(run) &&
         text::is_one_of(run, {"AN", "AS", "AT", "AU", "BE", "BY", "DI", "DO", "EH", "EL", "FI", "GO", "HE",
                               "II", "IN", "IS", "IV", "IX", "LE", "ME", "MR", "MY", "NO", "OF", "ON", "OR",
                               "RE", "SI", "SO", "TO", "UL", "UP", "WE", "XI", "XV", "XX", "YA", "YE"});
}

}  // namespace

// "KORTF-3", "BKNT4": four or five capitals before a code's figures, left to the engine, were
// read as one syllable ("kortf"). Those whose final consonants no English word ends with are
// spelt, as they are standing alone; a word's end ("NEWS2", "MAYO", an odd opening as "XBOX")
// is kept, and shorter runs eSpeak NG spells itself.
std::string code_letters(std::string_view run) {
  if (pair_read_as_word(run) || odd_final_w(run)) return spelled_letters(run);
  auto acronym = speak_acronym(run);
  if (acronym && *acronym != run) return *acronym;
  if (run.size() >= 4 && (has_unsayable_edge(run) || has_initialism_shape(run))) return spell_capitals(std::string(run));
  return acronym.value_or(std::string(run));
}

namespace {

// "802.11ax": a standard or version with letters after its point, said with "dot".
std::optional<std::string> dotted_standard(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == 0 || dot == std::string_view::npos || core.find('.', dot + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view left = core.substr(0, dot);
  std::string_view right = core.substr(dot + 1);
  std::size_t figures = text::digit_run_end(right, 0);
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

// "401(k)", "501(c)(3)", "230(c)": a section of a code of law and its bracketed subsections,
// said as a label and its letters ("four oh one K", "five oh one C three").
// "100J(1)(c)", "45A(2)": a section inserted later carries a capital letter or two after its
// figures, said after them ("one hundred J one C"); never a unit ("joules").
std::optional<std::string> section_reference(std::string_view core) {
  std::size_t open = core.find('(');
  std::string_view label = core.substr(0, open);
  std::size_t figures = text::digit_run_end(label, 0);
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
  std::size_t n = text::digit_run_end(rest, 0);
  std::string_view tail = rest.substr(n);
  if (n > 0 && n <= 3 && rest[0] != '0' && (tail.empty() || (tail.size() <= 2 && text::all_upper(tail)))) {
    std::string said = spelled_letters(core.substr(0, 3)) + " " + cardinal_words(rest.substr(0, n));
    return tail.empty() ? said : said + " " + spelled_letters(tail);
  }
  return std::nullopt;
}

// "H.264", "X.25": a standard named by capitals, a point and figures; the point is not said.
// A case's file is written so too ("M.11287", "SA.57863"), its long number said figure by figure.
std::optional<std::string> point_standard(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == 0 || dot > 2 || dot == std::string_view::npos) return std::nullopt;
  std::string_view name = core.substr(0, dot);
  std::string_view figures = core.substr(dot + 1);
  if (text::all_upper(name) && text::all_alpha(name) && figures.size() >= 2 && figures.size() <= 6 &&
      text::all_digits(figures) && figures[0] != '0') {
    return code_letters(name) + " " + code_digits(figures, true);
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
  i = text::digit_run_end(core, i);
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
  // "7A", "2041A", "Gate 2A": a lone capital "A" that ends a code after its figures is the
  // letter, a grade or a class; eSpeak NG said it as the article ("seven uh"), so it is
  // written as it is said. Before more figures the code's own joining keeps it ("A-twenty").
  std::string_view run = core.substr(start, i - start);
  if (run == "A" && i == core.size() && start > 0 && text::is_digit(core[start - 1])) {
    return Piece{letter_names(run), i, true, false};
  }
  return Piece{code_letters(run), i, true, false};
}

// "B2A23C" -> "B two A twenty three C": the code said piece by piece.
std::string code_pieces(std::string_view core) {
  std::string out;
  bool after_letters = false;
  for (std::size_t i = 0; i < core.size();) {
    if (core[i] == '-') {
      // "C200-25", "B737-800": a hyphen between two groups of figures parts them; said
      // together they were one number ("two hundred twenty five"), so a pause keeps them apart.
      if (i > 0 && i + 1 < core.size() && text::is_digit(core[i - 1]) && text::is_digit(core[i + 1]) && !out.empty()) {
        out += ',';
      }
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

namespace {

// "COP28", "COP11": a numbered Conference of the Parties, said "cop twenty eight" as the news
// says it; eSpeak NG spelt the capitals. Spaced ("a COP of 3.5") it is a heat pump's
// coefficient of performance and is left spelt.
std::optional<std::string> numbered_conference(std::string_view core) {
  if (core.size() < 4 || core.size() > 5 || !text::starts_with(core, "COP") || !text::all_digits(core.substr(3)) ||
      core[3] == '0') {
    return std::nullopt;
  }
  return "Cop " + cardinal_words(core.substr(3));
}

}  // namespace

std::optional<std::string> speak_serial(std::string_view core) {
  if (auto conference = numbered_conference(core)) return conference;
  if (auto standard = dotted_standard(core)) return standard;
  if (auto model = role_letters_model(core)) return model;
  if (auto initials = speak_ampersand_initials(core)) return initials;
  if (auto standard = point_standard(core)) return standard;
  if (!letters_and_figures(core)) return std::nullopt;
  return code_pieces(core);
}

}  // namespace briefcast::rules
