// The reading of one word on its own: the single-word rules in the order they are tried
// (speak_known), and what is left when none matches (speak_word): a plain word as written or
// as its acronym, anything else piece by piece. The driver (normalizer.cpp) says each word no
// rule of several words took with speak_word; rules that read a piece of a word use it too.
#include <string>
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// A word with no figures and no symbols: said as written, unless it is an acronym.
bool is_plain_word(std::string_view core) {
  std::size_t length = 0;
  for (std::size_t i = 0; i < core.size(); ++i) {
    char c = core[i];
    if (text::is_alpha(c) || c == '\'' || c == '-' || c == '.') continue;
    if (static_cast<unsigned char>(c) >= 0x80) {
      if (symbol_name(core, i, length) || text::vulgar_fraction_length(core.substr(i)) > 0) return false;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> speak_known(std::string_view core) {
  if (core.empty()) return std::string();
  // "~3x", "~40%", "~$20M": a tilde before a figure or an amount means "about".
  if (core.size() > 1 && core[0] == '~') {
    if (text::is_digit(core[1])) return "about " + speak_word(core.substr(1));
    if (auto amount = speak_money(core.substr(1))) return "about " + *amount;
  }
  // "c.£2bn", "c.1850": "c." glued to an amount is "about", to a year "circa".
  if (core.size() > 3 && text::starts_with(core, "c.")) {
    std::string_view rest = core.substr(2);
    if ((rest.size() == 3 || rest.size() == 4) && text::all_digits(rest)) return "circa " + speak_word(rest);
    if (auto amount = rest.find(',') != std::string_view::npos && text::parse_number(rest) ? std::optional<std::string>(speak_word(rest)) : speak_money(rest)) return "about " + *amount;  // "c.50,000 years"
  }
  // "+/-3", "+/-": plus or minus.
  if (text::starts_with(core, "+/-")) {
    return core.size() == 3 ? std::string("plus or minus") : "plus or minus " + speak_word(core.substr(3));
  }
  if (auto s = speak_chemical_formula(core)) return s;
  if (auto s = speak_subscript_formula(core)) return s;
  if (auto s = speak_nuclide(core)) return s;
  if (auto s = speak_lab_code(core)) return s;
  if (auto s = speak_number_sign(core)) return s;
  if (auto s = speak_code_point(core)) return s;
  if (auto s = speak_hex_address(core)) return s;
  if (auto s = speak_electronic(core)) return s;
  if (auto s = speak_telephone(core)) return s;
  if (auto s = speak_time(core)) return s;
  if (auto s = speak_money(core)) return s;
  if (auto s = speak_file_number(core)) return s;
  if (auto s = speak_tv_listing(core)) return s;
  if (auto s = speak_date(core)) return s;
  if (auto s = speak_decade(core)) return s;
  // A bare "4s" may be seconds; only "100s" and "76ers" are plural numbers on their own.
  if (auto s = speak_plural_number(core); s && (core.size() >= 4 || text::ends_with(core, "ers"))) return s;
  if (auto s = speak_measure(core)) return s;
  // "the over-65s", "over 65s": two figures and an "s" that is no unit are a plural number.
  if (auto s = speak_plural_number(core); s && core.size() >= 3) return s;
  if (auto s = speak_fraction(core)) return s;
  if (auto s = speak_ordinal(core)) return s;
  if (auto s = speak_cardinal(core)) return s;
  if (auto s = speak_possessive_number(core)) return s;
  if (auto s = speak_number_list(core)) return s;
  if (auto s = speak_version(core)) return s;
  if (auto s = speak_range(core)) return s;
  if (auto s = speak_bracketed(core)) return s;
  if (auto s = speak_serial(core)) return s;
  if (auto s = speak_acronym(core)) return s;
  return std::nullopt;
}

namespace {

// "PAN-PAN", "TUK-TUK", "NO-NO": one word in capitals said twice is a word, never two
// initialisms (none repeats so); in a sentence eSpeak NG spelt "PAN-PAN" as "P A N P A N".
// Written as a word ("Pan-pan"), it is said "pan pan".
std::optional<std::string> reduplicated_capitals(std::string_view core) {
  std::size_t dash = core.find('-');
  std::string_view piece = core.substr(0, dash);
  if (piece.size() < 2 || piece.size() > 6 || core.size() != 2 * piece.size() + 1 || core.substr(dash + 1) != piece ||
      !text::all_alpha(piece) || !text::all_upper(piece) || !text::has_capital_vowel(piece)) {
    return std::nullopt;
  }
  std::string word = text::as_word(piece);
  return word + "-" + text::lower(word);
}

// "PAC-funded", "AMP-first", "anti-NATO": an acronym said as a word keeps that word inside a
// hyphenated compound; eSpeak NG spells capitals joined to a word by a hyphen even when it
// says them as a word alone ("PAC" is "pack", "PAC-funded" was "P A C funded").
std::optional<std::string> compound_with_acronym(std::string_view core) {
  if (core.find('-') == std::string_view::npos) return std::nullopt;
  if (auto doubled = reduplicated_capitals(core)) return doubled;
  std::vector<std::string> said_pieces;
  bool changed = false;
  for (std::string_view piece : text::split(core, '-')) {
    std::optional<std::string> said = piece.size() >= 2 && text::all_upper(piece) ? speak_acronym(piece) : std::nullopt;
    bool as_word = said && *said != piece && said->find('.') == std::string::npos;
    said_pieces.push_back(as_word ? *said : std::string(piece));
    changed = changed || as_word;
  }
  std::string out = said_pieces[0];
  for (std::size_t k = 1; k < said_pieces.size(); ++k) out += "-" + said_pieces[k];
  return changed ? std::optional<std::string>(out) : std::nullopt;
}

}  // namespace

std::string speak_word(std::string_view core, bool allow_pieces) {
  // "N₂", "¹⁴C": subscript and superscript figures are no letters of a plain word.
  if (auto s = speak_subscript_formula(core)) return *s;
  if (auto s = plain_subscript_symbol(core)) return speak_word(*s, allow_pieces);
  if (auto s = speak_nuclide(core)) return *s;
  if (auto s = speak_imaging_term(core)) return *s;
  if (is_plain_word(core) && core.find('.') == std::string_view::npos) {
    if (auto acronym = speak_acronym(core)) return *acronym;
    if (auto compound = compound_with_acronym(core)) return *compound;
    return std::string(core);
  }
  if (auto known = speak_known(core)) return *known;
  if (is_plain_word(core)) return std::string(core);
  return allow_pieces ? speak_pieces(core) : std::string(core);
}

}  // namespace briefcast::rules
