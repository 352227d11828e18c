// A currency named by its letters where no figure stands against them, and the letters of a
// country before a currency's word:
//  - "per USD spent", "the EUR weakened", "paid in GBP": an ISO code used as the currency's
//    noun is said by its name ("per US dollar spent", "paid in pounds"); spelt, "U S D" was
//    heard as letters only. A figure beside the code is an amount, currency_codes.cpp's.
//  - "68.2 HK cents", "NZ dollars": the country's letters are its name ("Hong Kong cents").
//  - "1,000 F CFA", "2.5 billion FCFA": West and Central Africa's franc written as the banks
//    print it is said "one thousand CFA francs"; read as letters it was "F C F A".
#include <array>
#include <utility>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// The US dollar named alone is said with its country, as the markets say it; other codes by
// the names their amounts are read with.
std::pair<std::string, std::string> code_names(std::string_view code, const Currency& c) {
  if (code == "USD") return {"US dollar", "US dollars"};
  return {std::string(c.one), std::string(c.many)};
}

bool is_figure(const Word& w) { return !w.core.empty() && (text::is_digit(w.core[0]) || speak_scale(w.core)); }

std::optional<Match> code_as_noun(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() != 3 || !text::all_upper(w.core) || i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  const Currency* c = currency_of_code(w.core);
  // Codes that are also other things' initials stay letters: "in CAD" is design software as
  // often, "the ARS" a society, "RMB" is said by its letters.
  if (c == nullptr || is_figure(words[i - 1]) || text::is_one_of(w.core, {"CAD", "ILS", "ARS", "MOP", "RMB", "BTC", "ISK"})) {
    return std::nullopt;
  }
  // "the UAH dataset", "the RON number": initials as often, the currency only where named.
  if ((c->use & currency_use::kInitials) != 0 && !names_currency(words, *c)) return std::nullopt;
  if (i + 1 < words.size() && w.suffix.empty() && is_figure(words[i + 1])) return std::nullopt;
  std::string before = text::lower(words[i - 1].core);
  auto [one, many] = code_names(w.core, *c);
  // "per USD", "the USD", "a weaker USD": one of it; "in USD", "into EUR": the money in it.
  if (text::is_one_of(before, {"per", "each", "every", "the", "a", "one", "weaker", "stronger"})) {
    return Match{1, one, false};
  }
  // "in favour of GBP calls": before a noun the code qualifies it and stays letters.
  bool noun_after = i + 1 < words.size() && w.suffix.empty() && !words[i + 1].core.empty() &&
                    text::is_lower(words[i + 1].core[0]) && !text::is_function_word(text::lower(words[i + 1].core));
  if (text::is_one_of(before, {"in", "into", "of"}) && !noun_after) return Match{1, many, false};
  return std::nullopt;
}

// "HK", "NZ": a country's letters before its currency's word.
std::optional<Match> country_before_currency_word(const Words& words, std::size_t i) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kCountries = {{
      {"HK", "Hong Kong"}, {"NZ", "New Zealand"}, {"SG", "Singapore"}, {"AU", "Australian"},
      {"NT", "New Taiwan"}, {"TT", "Trinidad and Tobago"}}};
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty() ||
      !text::is_one_of(words[i + 1].core, {"cent", "cents", "dollar", "dollars"})) {
    return std::nullopt;
  }
  for (const auto& [letters, name] : kCountries) {
    if (w.core == letters) return Match{1, std::string(name), false};
  }
  return std::nullopt;
}

// "on a stronger A$", "the NZ$ slid", "quoted in US$": a country's dollar sign with no figure
// after it is the currency's name, said as its amounts name it ("a stronger Australian
// dollar"); spelt, "A$" was heard "a dollar" and the country lost. A figure after the sign
// ("A$ 40") makes an amount, money.cpp's; the bare "$" is no country's name.
std::optional<Match> sign_as_noun(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() < 2 || w.core.back() != '$' || !text::is_upper(w.core[0])) return std::nullopt;
  const Currency* c = currency_written(w.core, currency_use::kSign);
  if (c == nullptr || (i + 1 < words.size() && w.suffix.empty() && is_figure(words[i + 1]))) return std::nullopt;
  // "priced in A$", "paid in NZ$": the money in it, as "in EUR" is said.
  bool in = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"in", "into"});
  bool noun_after = i + 1 < words.size() && w.suffix.empty() && !words[i + 1].core.empty() &&
                    text::is_lower(words[i + 1].core[0]) && !text::is_function_word(text::lower(words[i + 1].core));
  return Match{1, std::string(in && !noun_after ? c->many : c->one), false};
}

// "1,000 F CFA", "3 million FCFA", "1,800 CFA francs": the figure, any scale word, then the
// franc, said as "XOF 1,800" is ("one thousand eight hundred CFA francs").
std::optional<Match> cfa_franc(const Words& words, std::size_t i) {
  auto number = text::parse_number(words[i].core);
  if (!number || number->negative || !words[i].suffix.empty()) return std::nullopt;
  std::size_t k = i + 1;
  std::string scale;
  if (k < words.size() && words[k].suffix.empty()) {
    if (auto word = speak_scale(words[k].core)) {
      scale = " " + *word;
      ++k;
    }
  }
  if (k >= words.size()) return std::nullopt;
  std::size_t count = 0;
  if (words[k].core == "FCFA") {
    count = k + 1 - i;
  } else if (words[k].core == "F" && words[k].suffix.empty() && k + 1 < words.size() && words[k + 1].core == "CFA") {
    count = k + 2 - i;
  } else if (words[k].core == "CFA" && words[k].suffix.empty() && k + 1 < words.size() &&
             text::is_one_of(words[k + 1].core, {"franc", "francs"})) {
    count = k + 2 - i;
  }
  if (count == 0) return std::nullopt;
  const Currency* franc = currency_of_code("XOF");
  if (scale.empty() && franc != nullptr) return Match{count, speak_amount(*number, *franc), false};
  bool one = scale.empty() && !number->has_point && number->integer == "1";
  return Match{count, number_words(*number) + scale + (one ? " CFA franc" : " CFA francs"), false};
}

}  // namespace

std::optional<Match> match_currency_word(const Words& words, std::size_t i) {
  if (auto noun = code_as_noun(words, i)) return noun;
  if (auto country = country_before_currency_word(words, i)) return country;
  if (auto sign = sign_as_noun(words, i)) return sign;
  return cfa_franc(words, i);
}

}  // namespace briefcast::rules
