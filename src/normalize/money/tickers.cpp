// Stock tickers after their exchange, as business wires print them: "(TSX:SU)",
// "(OTCPK:NCMGF)", "(NYSE: IBM)", "(TSX:BBD.B)". Both codes are spelt letter by
// letter, as a newsreader reads a ticker; a ticker that looks like a word
// ("FIRE") is still a code. Asian exchanges number their listings ("(TSE: 7794)", "(HKEX: 0700)",
// "(KRX: 005930)"): that code is said figure by figure, never a count. "ICE" in a line about a commodity market is the exchange's name.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_exchange(std::string_view s) {
  return text::is_one_of(
      s, {"NYSE",  "NASDAQ", "Nasdaq", "TSX", "TSXV", "TSX-V", "CVE", "ASX", "LSE", "LON", "OTC",      "OTCPK",
          "OTCQX", "OTCQB",  "AMEX",   "CSE", "HKEX", "SGX",   "JSE", "NZX", "NSE", "BSE", "NYSEARCA", "AIM",
          "TSE", "TYO", "KRX", "KOSDAQ", "SSE", "SZSE", "TWSE", "TPE", "SEHK"});
}

// "SU", "BBD.B", "ATD.B": capitals (a digit allowed after the first), then an
// optional class letter after a period.
bool is_ticker(std::string_view s) {
  if (s.size() >= 4 && s.size() <= 6 && text::all_digits(s)) return true;
  std::size_t dot = s.find('.');
  std::string_view base = s.substr(0, dot);
  if (base.empty() || base.size() > 6 || !text::is_upper(base[0])) return false;
  for (char c : base) {
    if (!text::is_upper(c) && !text::is_digit(c)) return false;
  }
  if (dot == std::string_view::npos) return true;
  std::string_view share_class = s.substr(dot + 1);
  return !share_class.empty() && share_class.size() <= 2 && text::all_upper(share_class);
}

std::string spell_code(std::string_view code) {
  if (code == "Nasdaq" || code == "NASDAQ") return "Nasdaq";
  if (text::all_digits(code)) return digit_words(code);
  return spelled_letters(code, true);
}

// Words of a commodity market: with one of them in the line, "ICE" is the Intercontinental
// Exchange, which traders say as the word "ice"; elsewhere it may be the German train or the
// US immigration agency, and stays spelt.
bool is_market_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"futures", "exchange", "contract", "contracts", "traded", "trading", "brent",
                                             "arabica", "robusta", "cocoa", "sugar", "cotton", "settled", "commodity"});
}

}  // namespace

std::optional<Match> match_ticker(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core == "ICE" && text::any_word(words, is_market_word)) return Match{1, "Ice", false};
  std::size_t colon = core.find(':');
  if (colon != std::string_view::npos) {
    std::string_view exchange = core.substr(0, colon);
    std::string_view ticker = core.substr(colon + 1);
    if (!is_exchange(exchange) || !is_ticker(ticker)) return std::nullopt;
    return Match{1, spell_code(exchange) + ": " + spell_code(ticker), false};
  }
  // "(NYSE: IBM)": the colon is the exchange's trailing punctuation.
  if (words[i].suffix == ":" && is_exchange(core) && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      is_ticker(words[i + 1].core) && !words[i].prefix.empty()) {
    return Match{2, spell_code(core) + ": " + spell_code(words[i + 1].core), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
