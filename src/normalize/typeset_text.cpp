#include "normalize/typeset_text.h"

#include <cctype>
#include <utility>

#include "model/utf8.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

namespace {

// One or two figures and then a double prime: they are inches, and a prime before them is the
// foot mark of a height ("6′5″").
bool before_inches(std::string_view s, std::size_t k) {
  std::size_t digits = 0;
  while (k + digits < s.size() && text::is_digit(s[k + digits])) ++digits;
  return digits >= 1 && digits <= 2 && s.substr(k + digits, 3) == "\u2033";
}

}  // namespace

// Replaces each invalid UTF-8 sequence with a space, so later stages and the engine only ever
// see valid text. Linear, and never lengthens the text.
std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t length = utf8_sequence_length(s, i);
    const bool ok = length > 0;
    if (ok && c < 0x20 && c != '\t') {
      out.push_back(' ');  // control characters carry nothing to say
    } else if (ok) {
      out.append(s.substr(i, length));
    } else {
      out.push_back(' ');
      length = 1;
    }
    i += length;
  }
  return out;
}

// "orders—$1.8 billion—was": a dash between words joins nothing, so it stands apart and
// the words on each side are read as themselves.
std::string spaced_dashes(std::string clean) {
  static constexpr std::string_view kDash = "\u2014";
  if (clean.find(kDash) == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size() + 8);
  for (std::size_t k = 0; k < clean.size(); ++k) {
    if (clean.compare(k, kDash.size(), kDash) == 0) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      out.append(kDash);
      k += kDash.size() - 1;
      if (k + 1 < clean.size() && clean[k + 1] != ' ') out.push_back(' ');
    } else {
      out.push_back(clean[k]);
    }
  }
  return out;
}

namespace {

// `clean` with each `sign` for which `where(clean, start, end)` holds (the sign's bytes are
// [start, end)) replaced by `spoken`; the three typeset signs below differ only in those.
template <typename Where>
std::string replace_sign(std::string clean, std::string_view sign, std::string_view spoken, Where where) {
  if (clean.find(sign) == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size() + 8);
  for (std::size_t k = 0; k < clean.size(); ++k) {
    if (clean.compare(k, sign.size(), sign) == 0 && where(clean, k, k + sign.size())) {
      out.append(spoken);
      k += sign.size() - 1;
    } else {
      out.push_back(clean[k]);
    }
  }
  return out;
}

}  // namespace

// "−42", "−0.5": the typographic minus sign (U+2212) before a figure is the hyphen-minus the
// number rules read as "minus"; elsewhere it stays.
std::string minus_signs(std::string clean) {
  return replace_sign(std::move(clean), "\u2212", "-", [](const std::string& s, std::size_t, std::size_t end) {
    return end < s.size() && (text::is_digit(s[end]) || s[end] == '.');
  });
}

// "3\u204416", "1\u20442": the fraction slash (U+2044) between figures is the slash of a
// fraction every rule reads ("3/16\u2033" -> "three sixteenths of an inch"); eSpeak NG said
// "three sixteen" and the inch mark after it was lost.
std::string fraction_slashes(std::string clean) {
  return replace_sign(std::move(clean), "\u2044", "/", [](const std::string& s, std::size_t start, std::size_t end) {
    return start > 0 && text::is_digit(s[start - 1]) && end < s.size() && text::is_digit(s[end]);
  });
}

// "\u221as = 13 TeV", "\u221a2": the root sign glued to a symbol or a figure is said "root", as
// physicists say the collision energy ("root s"); eSpeak NG said nothing for it. Before a
// capital it is a tick ("\u221aApproved by the board") and stays as written.
std::string spoken_roots(std::string clean) {
  return replace_sign(std::move(clean), "\u221a", "root ", [](const std::string& s, std::size_t, std::size_t end) {
    return end < s.size() && (text::is_digit(s[end]) || text::is_lower(s[end]));
  });
}

namespace {

bool digit_at(std::string_view s, std::size_t k) { return k < s.size() && text::is_digit(s[k]); }

// "$", "€", "£", "¥" (UTF-8) ending at byte `end` of `s`.
bool currency_sign_before(std::string_view s, std::size_t end) {
  for (std::string_view sign : {"$", "\u20ac", "\u00a3", "\u00a5"}) {
    if (end >= sign.size() && s.substr(end - sign.size(), sign.size()) == sign) return true;
  }
  return false;
}

// Where the thousands groups of a figure starting at `start` end: after " DDD" groups
// and a decimal part; `start` itself when the figure has no such group.
std::size_t spaced_groups_end(std::string_view s, std::size_t start, bool& decimal) {
  std::size_t k = start;
  while (digit_at(s, k) && k - start < 3) ++k;
  if (digit_at(s, k) || s[start] == '0') return start;
  std::size_t groups = 0;
  while (k + 3 < s.size() && s[k] == ' ' && digit_at(s, k + 1) && digit_at(s, k + 2) && digit_at(s, k + 3) &&
         !digit_at(s, k + 4)) {
    k += 4;
    ++groups;
  }
  if (groups == 0) return start;
  decimal = k + 1 < s.size() && s[k] == '.' && digit_at(s, k + 1);
  if (decimal) {
    ++k;
    while (digit_at(s, k)) ++k;
  }
  // "123 456 7890": a figure after the groups makes them parts of a longer number.
  if (k + 1 < s.size() && s[k] == ' ' && digit_at(s, k + 1)) return start;
  return k;
}

}  // namespace

// A space printed between the thousands groups, as much of Europe and the SI style write
// figures, parts an amount that the money rules read one group at a time ("€1 074.3 billion"
// said "one euro zero seven four point three billion"). Only where a currency sign or a
// decimal part makes the groups one figure; a plain "1 200" is read by the cardinal rules,
// which know its other readings.
std::string comma_grouped_thousands(std::string clean) {
  if (clean.find(' ') == std::string::npos) return clean;
  for (std::size_t k = 0; k < clean.size(); ++k) {
    if (!text::is_digit(clean[k]) || (k > 0 && (text::is_alnum(clean[k - 1]) || clean[k - 1] == '.' || clean[k - 1] == ','))) {
      continue;
    }
    bool decimal = false;
    std::size_t end = spaced_groups_end(clean, k, decimal);
    if (end == k) continue;
    if (decimal || currency_sign_before(clean, k)) {
      for (std::size_t j = k; j < end && clean[j] != '.'; ++j) {
        if (clean[j] == ' ') clean[j] = ',';
      }
    }
    k = end;
  }
  return clean;
}

namespace {

// "approximately ~9x", "around ~40%": the writer said "about" twice; the word is read, the
// tilde after it not again ("approximately about nine times").
bool after_approximation(std::string_view out) {
  while (!out.empty() && out.back() == ' ') out.remove_suffix(1);
  std::size_t start = out.find_last_of(" (");
  std::string word = text::lower(out.substr(start == std::string_view::npos ? 0 : start + 1));
  return text::is_one_of(word, {"approximately", "approx.", "approx", "about", "around", "roughly", "circa", "ca.",
                                "nearly", "almost", "some"});
}

// "a ~41% margin", "the ~$4.20 they get", "its ~300 staff": after a determiner the tilde is
// an adverb of the amount's noun phrase ("a about", "the about four dollars" is no English):
// "roughly", which a consonant opens as "a" wants, and after "an" "approximately", which a
// vowel opens. Empty after any other word.
std::string_view tilde_after_determiner(std::string_view out) {
  while (!out.empty() && out.back() == ' ') out.remove_suffix(1);
  std::size_t start = out.find_last_of(" (");
  std::string_view word = out.substr(start == std::string_view::npos ? 0 : start + 1);
  if (!text::is_determiner(word)) return {};
  return text::is_one_of_lowered(word, {"an"}) ? "approximately " : "roughly ";
}

// "$27.6M", "\u00a34bn", "\u20b91,500", "A$5m", "R75m", "SEK 3.1m": a currency sign, its
// letters or its code, then a figure, at the start of `rest`. Left, the tilde before a code was
// said "tilde" and the code spelt, so the amount was heard as a sum of something else.
bool money_follows(std::string_view rest) {
  std::size_t k = 0;
  // A sign outside ASCII ("\u20b9", "\u20a6", "\u00a3"): one character of two to four bytes.
  if (!rest.empty() && static_cast<unsigned char>(rest[0]) >= 0xC0) {
    k = 1;
    while (k < rest.size() && (static_cast<unsigned char>(rest[k]) & 0xC0) == 0x80) ++k;
    return k < rest.size() && text::is_digit(rest[k]);
  }
  while (k < rest.size() && k < 3 && text::is_upper(rest[k])) ++k;
  std::size_t letters = k;
  bool dollar = k < rest.size() && rest[k] == '$';
  if (dollar) ++k;
  if (k == 0 || k >= rest.size()) return false;
  // A code of three capitals stands apart from its figure ("SEK 3.1m", "USD 5bn").
  if (letters == 3 && rest[k] == ' ' && k + 1 < rest.size()) ++k;
  if (!text::is_digit(rest[k])) return false;
  if (dollar || letters == 3) return true;
  // One or two letters glued to a figure ("R75m", "A1", "M25") are money only with money's
  // shape: grouped or decimal figures, or a scale letter after them; else a road or a model.
  std::size_t end = k;
  while (end < rest.size() && text::is_digit(rest[end])) ++end;
  if (end + 1 < rest.size() && (rest[end] == ',' || rest[end] == '.') && text::is_digit(rest[end + 1])) return true;
  std::size_t tail = end;
  while (tail < rest.size() && text::is_alpha(rest[tail])) ++tail;
  std::string_view scale = rest.substr(end, tail - end);
  return text::is_one_of(scale, {"m", "bn", "mn", "k", "tn"});
}

bool is_base_letter(char c) { return c == 'A' || c == 'C' || c == 'G' || c == 'T' || c == 'U'; }

// "c.1523G>A", "a G>A change": a DNA base changed to another, the sign between two bases'
// letters, said "to"; eSpeak NG said nothing for ">" and read the second base as the article.
bool is_base_change(std::string_view clean, std::size_t k) {
  if (clean[k] != '>' || k == 0 || k + 1 >= clean.size() || !is_base_letter(clean[k - 1]) ||
      !is_base_letter(clean[k + 1])) {
    return false;
  }
  bool opens = k == 1 || !text::is_alpha(clean[k - 2]);
  bool closes = k + 2 >= clean.size() || !text::is_alnum(clean[k + 2]);
  return opens && closes;
}

}  // namespace

// "an event >15%", "p <0.05", "p<0.05", "\u22652 doses": a comparison sign right before a figure is said
// in words; eSpeak NG says nothing for "<" and ">", which loses the comparison. A tilde is
// "about" ("~20 bps"), and so is "≈" ("≈4%"), so that the figure after it meets its unit's
// rule as a plain figure.
std::string spoken_comparisons(std::string clean) {
  if (clean.find_first_of("<>~\xE2") == std::string::npos) return clean;
  static constexpr std::pair<std::string_view, std::string_view> kSigns[] = {
      {">", "more than "}, {"<", "less than "}, {"\u2265", "at least "}, {"\u2264", "at most "}, {"~", "about "},
      {"\u2248", "about "}};
  std::string out;
  out.reserve(clean.size() + 16);
  for (std::size_t k = 0; k < clean.size(); ++k) {
    if (is_base_change(clean, k)) {
      out.append(" to ");
      continue;
    }
    bool replaced = false;
    bool starts_word = k == 0 || clean[k - 1] == ' ' || clean[k - 1] == '(';
    // "p<0.05", "n>500": a statistic's one-letter symbol glued to the sign.
    bool after_symbol = k > 0 && text::is_alpha(clean[k - 1]) && (k == 1 || clean[k - 2] == ' ' || clean[k - 2] == '(');
    for (const auto& [sign, spoken] : kSigns) {
      std::size_t after = k + sign.size();
      if ((!starts_word && !(after_symbol && sign != "~")) || after >= clean.size() || clean.compare(k, sign.size(), sign) != 0) continue;
      // "held at ≤37 °C": after "at" the sign's "at most" would double the word.
      std::string_view say = spoken;
      if ((sign == "\u2264" || sign == "\u2265") && (out.size() >= 3 && out.compare(out.size() - 3, 3, "at ") == 0) &&
          (out.size() == 3 || out[out.size() - 4] == ' ')) {
        say = sign == "\u2264" ? "no more than " : "no less than ";
      }
      bool figure = text::is_digit(clean[after]) ||
                    (clean[after] == '.' && after + 1 < clean.size() && text::is_digit(clean[after + 1]));
      // "\u2248$27.6M", ">\u00a310k": an amount after any of the signs; the money rule then reads
      // it whole (glued to the sign it was "dollar twenty seven point six M", the ">" unheard).
      figure = figure || money_follows(std::string_view(clean).substr(after));
      if (!figure) continue;
      if (after_symbol) out.push_back(' ');
      bool about = sign == "~" || sign == "\u2248";
      if (std::string_view adverb = about ? tilde_after_determiner(out) : ""; !adverb.empty()) {
        out.append(adverb);
      } else if (!about || !after_approximation(out)) {
        out.append(say);
      }
      k = after - 1;
      replaced = true;
      break;
    }
    if (!replaced) out.push_back(clean[k]);
  }
  return out;
}

// "R²=0.8", "E = mc²", "x³ + y³": a superscript two or three after a variable of one or two
// letters is "squared" or "cubed"; eSpeak NG said "R two" and "m c two". Only the letters that
// name variables in news copy (statistics, physics, algebra, a trait's heritability "h²"): after a unit ("m²", "km³") the
// measure rules say "square" and "cubic".
std::string spoken_powers(std::string clean) {
  if (clean.find("\xC2\xB2") == std::string::npos && clean.find("\xC2\xB3") == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size() + 16);
  for (std::size_t k = 0; k < clean.size(); ++k) {
    bool power = k + 1 < clean.size() && clean[k] == '\xC2' && (clean[k + 1] == '\xB2' || clean[k + 1] == '\xB3');
    std::size_t start = k;
    while (power && start > 0 && k - start < 3 && text::is_alpha(clean[start - 1])) --start;
    std::string_view letters = std::string_view(clean).substr(start, k - start);
    bool opens = start == 0 || clean[start - 1] == ' ' || clean[start - 1] == '(';
    bool closes = k + 2 >= clean.size() || !text::is_alnum(clean[k + 2]);
    if (!power || !opens || !closes || !text::is_one_of(letters, {"R", "r", "x", "y", "z", "n", "t", "a", "b", "c", "h", "mc"})) {
      out.push_back(clean[k]);
      continue;
    }
    out.append(clean[k + 1] == '\xB2' ? " squared" : " cubed");
    if (k + 2 < clean.size() && clean[k + 2] != ' ' && clean[k + 2] != ',' && clean[k + 2] != '.' && clean[k + 2] != ')') {
      out.push_back(' ');
    }
    ++k;
  }
  return out;
}

namespace {

// "the 5\u2032 UTR", "3\u2032 end": the prime after a lone 3 or 5 before a word of a strand's end
// names that end of DNA or RNA, said "five prime"; eSpeak NG said nothing for the mark.
bool strand_end(std::string_view clean, std::size_t k) {
  if (k == 0 || (clean[k - 1] != '3' && clean[k - 1] != '5') || (k >= 2 && text::is_alnum(clean[k - 2]))) return false;
  std::string_view rest = clean.substr(k + 3);
  if (rest.empty() || (rest[0] != ' ' && rest[0] != '-')) return false;
  rest.remove_prefix(1);
  for (std::string_view word : {"UTR", "end", "ends", "untranslated", "region", "cap", "terminus"}) {
    if (text::starts_with(rest, word) && (rest.size() == word.size() || !text::is_alnum(rest[word.size()]))) return true;
  }
  return false;
}

}  // namespace

// "a 6\u2010month survey", "555\u20120142": the Unicode hyphen (U+2010), the non-breaking hyphen
// (U+2011) and the figure dash (U+2012) that typeset text uses are the ASCII hyphen every rule
// reads; left as they are, the word around them was not read at all. The double prime (U+2033)
// is typeset text's inch mark ("a 5.9″ display") and becomes the ASCII one the inch rules read.
// "6′5″": the prime (U+2032) is a height's foot mark when one or two figures and a
// double prime follow it; elsewhere it may mark minutes ("Alvarez 17′") and stays.
std::string plain_hyphens(std::string clean) {
  static constexpr std::string_view kLead = "\xE2\x80";
  if (clean.find(kLead) == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size());
  for (std::size_t k = 0; k < clean.size(); ++k) {
    bool hyphen = k + 2 < clean.size() && clean.compare(k, 2, kLead) == 0 &&
                  (clean[k + 2] == '\x90' || clean[k + 2] == '\x91' || clean[k + 2] == '\x92');
    bool double_prime = k + 2 < clean.size() && clean.compare(k, 2, kLead) == 0 && clean[k + 2] == '\xB3';
    bool feet_mark = k + 2 < clean.size() && clean.compare(k, 2, kLead) == 0 && clean[k + 2] == '\xB2' &&
                     before_inches(clean, k + 3);
    if (k + 2 < clean.size() && clean.compare(k, 2, kLead) == 0 && clean[k + 2] == '\xB2' && strand_end(clean, k)) {
      out.append(" prime");
      k += 2;
    } else if (hyphen || double_prime || feet_mark) {
      out.push_back(hyphen ? '-' : double_prime ? '"' : '\'');
      k += 2;
    } else {
      out.push_back(clean[k]);
    }
  }
  return out;
}

// "L.A.&#039;s": a character reference that reached the text undecoded would be read out
// symbol by symbol. Numeric references and the five XML names are decoded; others stay.
std::string decoded_references(const std::string& s) {
  if (s.find('&') == std::string::npos) return s;
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
  std::string out;
  std::size_t k = 0;
  while (k < s.size()) {
    if (s[k] != '&') {
      out.push_back(s[k++]);
      continue;
    }
    bool done = false;
    for (const auto& [name, c] : kNamed) {
      if (s.compare(k, name.size(), name) == 0) {
        out.push_back(c);
        k += name.size();
        done = true;
        break;
      }
    }
    if (!done && k + 3 < s.size() && s[k + 1] == '#') {
      bool hex = s[k + 2] == 'x' || s[k + 2] == 'X';
      std::size_t d = k + (hex ? 3 : 2);
      unsigned long cp = 0;
      std::size_t digits = 0;
      while (d < s.size() && digits < 7 && (hex ? std::isxdigit(static_cast<unsigned char>(s[d])) : text::is_digit(s[d]))) {
        cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(std::stoul(std::string(1, s[d]), nullptr, 16));
        ++d;
        ++digits;
      }
      if (digits > 0 && d < s.size() && s[d] == ';' && cp >= 0x20 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        append_utf8(out, static_cast<char32_t>(cp));
        k = d + 1;
        done = true;
      }
    }
    if (!done) out.push_back(s[k++]);
  }
  return out;
}

}  // namespace briefcast::rules
