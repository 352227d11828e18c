// The fallback for a word no other rule reads, said piece by piece with its symbols named
// ("test$" -> "test dollar", "&hi" -> "and hi", "/etc/hosts", "MAX_PATH"), and two words joined
// by a slash ("he/she", "and/or", "Paris/London", "copies/mL"), said as a choice, one name or a
// rate. Both ask what a slash between two words says (between_words), so they live together,
// apart from the codes of serial.cpp.
#include <algorithm>
#include <array>
#include <charconv>
#include <initializer_list>
#include <string>
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

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

// Capitals that are letters to the engine, not a word it says ("EU", "EEA"; not "AIDS", "OFF").
bool spelt_capitals(std::string_view piece) {
  // Longer capitals are words in capitals ("ZEITPLAN"), and so are those of a word's shape.
  if (piece.size() < 2 || piece.size() > 5 || !text::all_alpha(piece) || !text::all_upper(piece) ||
      reads_as_word(piece)) {
    return false;
  }
  auto said = speak_acronym(piece);
  return !said || *said == piece || said->find('.') != std::string::npos;
}

// The slash at `slash` has initialisms said as letters on both sides ("EU/EEA", not "HIV/AIDS").
bool capitals_either_side(std::string_view core, std::size_t slash) {
  return spelt_capitals(core.substr(0, slash)) && spelt_capitals(core.substr(slash + 1));
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
        } else if (i + 1 < core.size() && core[i] == '.' && text::is_digit(core[i + 1]) && piece.size() <= 5 &&
                   text::all_alpha(piece) && text::all_upper(piece)) {
          // "AT.40519/2", "IS.7.2": capitals before a point and figures are a code's letters,
          // never the word they spell ("at").
          add(code_letters(piece));
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
        // "EU/EEA", "UK/US": two initialisms side by side run together as one run of letters.
        // A spaced dash is the short break eSpeak NG makes between them; a comma was a list's
        // pause, and "US/UK and EU/UK deals" became a list of three.
        if (capitals_either_side(core, i) && !out.empty() && out.back() != '-') out += " -";
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

// "Perfekt/perfect", "colour/color", "program/programme": one word in two spellings or two
// languages. Said side by side with nothing between, the two sound like a stutter; a reader says
// "or". Near means at most two letters changed, added or dropped, in words of four or more.
bool spelling_variants(std::string_view left, std::string_view right) {
  std::string a = text::lower(left);
  std::string b = text::lower(right);
  if (a == b || a.size() < 4 || b.size() < 4 || a.size() > 40 || b.size() > 40) return false;
  std::size_t longer = std::max(a.size(), b.size());
  if (longer - std::min(a.size(), b.size()) > 2) return false;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()] <= 2 && row[b.size()] * 3 < longer;
}

}  // namespace

std::string_view slash_joiner(std::string_view left, std::string_view right, const Word* after) {
  if (right.empty() || !text::is_lower(right[0]) || text::iequals(right, "or")) return "";
  auto pronoun = [](std::string_view w) { return is_one_of(w, {"he", "she", "his", "her", "him", "hers", "s"}); };
  if ((pronoun(left) && pronoun(right)) || same_inflection(text::lower(left), right)) return "or";
  if (spelling_variants(left, right)) return "or";
  // "async/await support", "a love/hate relationship": a pair before a noun names one thing.
  if (after != nullptr && after->prefix.empty() && !after->core.empty() && text::is_lower(after->core[0]) &&
      text::all_alpha(after->core) && !is_function_word(after->core)) {
    return "";
  }
  return "or";
}

// "75/25 wool/nylon", "a 60/40 cotton/poly mix": shares of a hundred one or two words before the
// pair give the parts of a blend, which are all in it; said "or" they were a choice.
bool after_shares_of_hundred(const Words& words, std::size_t i) {
  auto share = [](std::string_view digits) {
    int value = -1;
    if (digits.empty() || digits.size() > 2) return value;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
  };
  for (std::size_t back = 1; back <= 2 && back <= i; ++back) {
    std::string_view w = words[i - back].core;
    std::size_t slash = w.find('/');
    if (slash == std::string_view::npos || !text::all_digits(w.substr(0, slash)) || !text::all_digits(w.substr(slash + 1))) {
      continue;
    }
    int first = share(w.substr(0, slash));
    int second = share(w.substr(slash + 1));
    if (first > 0 && second > 0 && first + second == 100) return true;
  }
  return false;
}

// "the pair Quist/Raines", "doubles team Ortiz/Kane": two capitalised surnames slashed after a
// word of a pairing, within three words, are the two players, said "Quist and Raines"; read as
// one name ("Quist Raines") the listener heard one player.
bool names_a_pair(const Words& words, std::size_t i, std::string_view left, std::string_view right) {
  if (!text::is_upper(left[0]) || !text::is_upper(right[0]) || left.size() < 2 || right.size() < 2) return false;
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    if (text::is_one_of_lowered(words[i - back].core, {"pair", "pairs", "pairing", "duo", "doubles", "partnership",
                                                        "team", "partners", "tandem"})) {
      return true;
    }
  }
  return false;
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
  if (names_a_pair(words, i, left, right)) return Match{1, speak_word(left) + " and " + speak_word(right), false};
  const Word* after = i + 1 < words.size() && words[i].suffix.empty() ? &words[i + 1] : nullptr;
  std::string_view joiner = after_shares_of_hundred(words, i) ? "" : slash_joiner(left, right, after);
  std::string spoken = speak_word(left);
  spoken.append(joiner.empty() ? " " : " or ").append(speak_word(right));
  return Match{1, spoken, false};
}

}  // namespace briefcast::rules
