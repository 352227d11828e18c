// The number of a published standard after its body's letters: "EN 81-20", "EN 12464-1",
// "ISO 14001:2015", "BS EN 1090-2", "IEC 60601-1". It is a name, not a quantity or a range:
// the part after its dash is said "dash twenty" (it was read as a range, "eighty one to
// twenty", or as a lone minus), the year after its colon is a year ("twenty fifteen"; it was
// left as written), and four figures are said in pairs, as the trade says "ninety oh one".
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_standards_body(std::string_view w) {
  return text::is_one_of(w, {"ISO", "EN", "BS", "IEC", "DIN", "ASTM", "ANSI", "NZS", "UL", "CSA", "ISO/IEC", "BSI", "NFPA", "SAE", "JIS", "GB/T"});
}

std::string standard_figure(std::string_view digits) {
  return digits.size() == 4 ? paired_digit_words(digits) : cardinal_words(digits);
}

}  // namespace

namespace {

// The number at word i after its body's letters, said; nothing when it is no standard's.
std::optional<std::string> standard_after_body(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || !words[i - 1].suffix.empty() || !is_standards_body(words[i - 1].core)) return std::nullopt;
  std::string_view core = w.core;
  std::size_t main_end = 0;
  while (main_end < core.size() && text::is_digit(core[main_end])) ++main_end;
  if (main_end < 2 || main_end > 5 || core[0] == '0') return std::nullopt;
  std::string said = standard_figure(core.substr(0, main_end));
  std::string_view rest = core.substr(main_end);
  bool marked = false;
  // "-1", "-20": a part; only one, of up to three figures.
  if (rest.size() >= 2 && rest[0] == '-') {
    std::size_t end = 1;
    while (end < rest.size() && end <= 3 && text::is_digit(rest[end])) ++end;
    // "EN 81-20" has a part below its number; "BS 18-20" with a larger second figure is a
    // range of pages.
    if (end == 1 || rest[1] == '0' || std::stoi(std::string(rest.substr(1, end - 1))) >= std::stoi(std::string(core.substr(0, main_end)))) {
      return std::nullopt;
    }
    said += " dash " + cardinal_words(rest.substr(1, end - 1));
    rest = rest.substr(end);
    marked = true;
  }
  // ":2015": the edition's year.
  if (rest.size() == 5 && rest[0] == ':' && text::all_digits(rest.substr(1)) && (rest[1] == '1' || rest[1] == '2')) {
    said += " " + year_words(rest.substr(1));
    rest = {};
    marked = true;
  }
  if (!rest.empty() || (!marked && main_end != 5)) return std::nullopt;
  return said;
}

}  // namespace

// Matched at the body's letters too: other rules read a pair of capitals and a figure ("EN
// 115-1") as a code of their own, figure by figure.
std::optional<Match> match_standard_number(const Words& words, std::size_t i) {
  if (i + 1 < words.size() && words[i].prefix.empty() && words[i].suffix.empty() && is_standards_body(words[i].core)) {
    std::string_view body = words[i].core;
    // Spelt as the capitals alone would be ("I.S.O").
    std::string letters = body.find('/') == std::string_view::npos ? spelled_letters(body) : speak_word(body);
    if (auto said = standard_after_body(words, i + 1)) return Match{2, letters + " " + *said, false};
  }
  if (auto said = standard_after_body(words, i)) return Match{1, *said, false};
  return std::nullopt;
}

}  // namespace briefcast::rules
