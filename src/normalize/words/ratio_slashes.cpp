// A slash between measures of a company's books is a ratio or a rate, never a choice:
//  - "debt/EBITDA", "loan/deposit", "book/bill": one measure over another, said "debt to
//    EBITDA", as analysts say a leverage or a coverage ratio. Left to the pair rules the slash
//    was lost ("net debt Ebitda") or said "or";
//  - "EBIT/kg", "revenue/share", "cost/tonne": a measure of money per a unit or a thing counted,
//    said "EBIT per kilogram" ("Ebit or kg" before).
// Both sides must be words of the books (or the unit), so "debt/deficit" stays a choice and
// "km/h" stays the measure rules'.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Measures of a company's books that stand on either side of a ratio.
bool is_book_measure(std::string_view w) {
  return text::is_one_of(w, {"EBITDA", "EBITDAR", "EBIT", "EV", "NAV", "NOI", "FFO", "AFFO", "FCF", "OCF", "capex",
                             "Capex", "CAPEX", "LTV"}) ||
         text::is_one_of_lowered(w, {"debt", "equity", "assets", "asset", "liabilities", "capital", "book", "bill",
                                     "loan", "loans", "deposit", "deposits", "cost", "costs", "income", "revenue",
                                     "revenues", "sales", "earnings", "interest", "price", "value", "cash"});
}

// Measures of money a rate is counted for: "EBIT/kg", "revenue/share".
bool is_money_measure(std::string_view w) {
  return text::is_one_of(w, {"EBITDA", "EBIT", "FCF", "NAV", "RevPAR", "ADR"}) ||
         text::is_one_of_lowered(w, {"revenue", "revenues", "cost", "costs", "price", "prices", "profit", "earnings",
                                     "sales", "margin", "income", "rent", "capex", "dividend", "dividends", "value"});
}

// What a measure of money is counted per, besides a unit of measure: a share, a head, a room.
bool is_counted_thing(std::string_view w) {
  return text::is_one_of(w, {"share", "head", "capita", "room", "unit", "barrel", "tonne", "ton", "kilo", "hectare",
                             "acre", "employee", "customer", "user", "subscriber", "passenger", "seat", "bed"});
}

// A ratio of two lower-case words of the books opens with the measure a ratio is taken of
// ("debt/equity", "cost/income"); "sales/revenue" is more often a choice of words.
bool leads_ratio(std::string_view w) {
  return text::is_one_of_lowered(w, {"debt", "loan", "loans", "book", "cost", "costs", "price"});
}

// One side said as it is alone in a sentence: "EBITDA" a word, "GDP" left for the engine to spell.
std::string said_part(std::string_view part) {
  if (auto acronym = speak_acronym(part)) return *acronym;
  return speak_word(part);
}

}  // namespace

std::optional<Match> match_ratio_slash(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (!words[i].prefix.empty() || slash == std::string_view::npos || slash == 0 || slash + 1 == core.size() ||
      core.find('/', slash + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (!text::all_alpha(left) || left.size() < 2) return std::nullopt;
  if (is_book_measure(left) && is_book_measure(right) && !text::iequals(left, right) &&
      (text::all_upper(left) || text::all_upper(right) || leads_ratio(left))) {
    return Match{1, said_part(left) + " to " + said_part(right), false};
  }
  if (!is_money_measure(left)) return std::nullopt;
  if (auto unit = find_unit(right); unit && text::all_alpha(right) && right.size() >= 2) {
    return Match{1, said_part(left) + " per " + unit->one, false};
  }
  if (is_counted_thing(right)) return Match{1, said_part(left) + " per " + std::string(right), false};
  return std::nullopt;
}

}  // namespace briefcast::rules
