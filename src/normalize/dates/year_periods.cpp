// Periods of a year written as codes, as reports, trade papers and retailers print them:
//  - a quarter or a half with its year ("3Q24", "1Q2025", "4Q 2024", "2H26", "2H FY25", "H2
//    FY26"): "the third quarter of twenty twenty four"; the letters had been said as such
//    ("three Q twenty four");
//  - a quarter, half or run of months glued to a fiscal or calendar year ("4QFY2024", "H1FY25",
//    "9MFY24"): "the fourth quarter of fiscal year twenty twenty four";
//  - a calendar year ("CY2025", "CY25"): "calendar year twenty twenty five", as "FY" is the
//    fiscal year (report_terms.cpp);
//  - a season or a year across two calendar years with a slash ("2023/24", "2023/2024"):
//    "twenty twenty three to twenty four", as "2023-24" is read (range.cpp); the two years had
//    run together as one figure. Only a year and the next one: "2023/25" is no such span;
//  - a fashion season ("AW24", "SS25", "FW24"): "autumn-winter twenty four", "spring-summer
//    twenty five", only beside words of clothes and their trade, since "SS" names ships and
//    other things elsewhere.
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

std::string full_year(std::string_view two) { return (two < "40" ? "20" : "19") + std::string(two); }

// "24" or "2024" -> "twenty twenty four"; nullopt for other figures.
std::optional<std::string> year_of(std::string_view digits) {
  if (!text::all_digits(digits)) return std::nullopt;
  if (digits.size() == 2) return year_words(full_year(digits));
  if (digits.size() == 4 && is_context_free_year(digits)) return year_words(digits);
  return std::nullopt;
}

// "part 3Q24", "code SS25": a word before it that names a code.
bool after_code_word(const Words& words, std::size_t i) {
  return i > 0 && text::is_one_of_lowered(words[i - 1].core, {"code", "part", "model", "serial", "sku", "ref", "batch",
                                                               "item", "lot", "unit", "room", "seat", "gate", "flight"});
}

// "lasted", "runs", "took", "won", "clocked": a verb a length of time or a race time follows.
bool lasts_or_races(std::string_view core) {
  return text::is_one_of_lowered(core, {"lasted", "lasts", "last", "runs", "run", "ran", "takes", "take", "took",
                                        "won", "clocked", "finished", "timed"});
}

// "2H26", "1H2025": a half glued to a year, in a line of a company's figures (a strong word of
// them: revenue, guidance, FY; not sales or demand, which films and flights share). Elsewhere
// the same shape is hours and minutes ("lasted 2H35", "runs 2H26"), a train's headcode, a flat
// or a race time, so never after an article ("the 1H25 from Paddington"), a code's noun or a
// verb of lasting or racing ("took 1H15", "won ... in 2H21"). After "its" only before a noun of
// the company's figures ("its 2H25 outlook").
bool glued_half_year(const Words& words, std::size_t i) {
  if (!year_of(words[i].core.substr(2)) || !text::any_word(words, tells_of_company_figures)) return false;
  if (i == 0) return true;
  // "its 2H25 guidance": after "its" only before a noun of a company's figures; "its 1H25
  // departure" on a line that also tells of revenue is a train's.
  if (text::iequals(words[i - 1].core, "its")) {
    return i + 1 < words.size() && words[i].suffix.empty() &&
           text::is_one_of_lowered(words[i + 1].core, {"guidance", "outlook", "results", "revenue", "revenues", "sales",
                                                       "orders", "earnings", "margin", "margins", "profit", "profits",
                                                       "forecast", "target", "targets"});
  }
  if (text::is_one_of_lowered(words[i - 1].core, {"the", "a", "an", "this", "train", "service", "flat", "route",
                                                  "bus", "platform", "headcode", "room"}) ||
      lasts_or_races(words[i - 1].core)) {
    return false;
  }
  // "won the Paris marathon in 2H21": a verb of racing a few words before "in".
  if (!text::iequals(words[i - 1].core, "in")) return true;
  for (std::size_t b = i - 1; b > 0 && i - b < 6; --b) {
    if (lasts_or_races(words[b - 1].core)) return false;
  }
  return true;
}

// "3Q24 sales": before a lowercase noun the period qualifies it.
bool qualifies_noun(const Words& words, std::size_t last) {
  if (last + 1 >= words.size() || !words[last].suffix.empty() || !words[last + 1].prefix.empty()) return false;
  std::string_view next = words[last + 1].core;
  return !next.empty() && text::is_lower(next[0]) && text::all_alpha(next) && !text::is_function_word(next);
}

// "4Q", "Q3", "1H", "H2", "9M", "12M": the part of a year a report's period code opens with, as
// said after "of" ("the fourth quarter", "the first half", "the first nine months"); nullopt else.
std::optional<std::string> period_of_year(std::string_view code) {
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};
  if (code.size() < 2 || code.size() > 3) return std::nullopt;
  bool digits_first = text::is_digit(code[0]);
  std::string_view digits = digits_first ? code.substr(0, code.size() - 1) : code.substr(1);
  char letter = digits_first ? code.back() : code[0];
  if (!text::all_digits(digits) || digits[0] == '0') return std::nullopt;
  // "9MFY24", "12MFY24": months are counted from the year's start, the figure written first.
  if (letter == 'M' && digits_first && (digits.size() == 1 || digits <= "12")) {
    return digits == "1" ? std::string("the first month") : "the first " + cardinal_words(digits) + " months";
  }
  if (digits.size() != 1) return std::nullopt;
  char digit = digits[0];
  if (letter == 'Q' && digit <= '4') return "the " + std::string(kOrdinals[digit - '1']) + " quarter";
  if (letter == 'H' && digit <= '2') return "the " + std::string(kOrdinals[digit - '1']) + " half";
  return std::nullopt;
}

// "FY25", "CY2025", "2026": the year word after a spaced period code, as said after "of"
// ("fiscal year twenty twenty five"); nullopt for other words.
std::optional<std::string> year_after_period(std::string_view core) {
  if (core.size() == 4 && text::all_digits(core)) return year_of(core);
  if (core.size() < 4 || (!text::starts_with(core, "FY") && !text::starts_with(core, "CY"))) return std::nullopt;
  auto year = year_of(core.substr(2));
  if (!year) return std::nullopt;
  return (core[0] == 'F' ? "fiscal year " : "calendar year ") + *year;
}

// "3Q24", "1Q2025", "4Q 2024", "2H26", "1H2025", "2H FY25", "H2 FY26": a quarter or a half and
// its year, "the second half of twenty twenty six". The half goes the quarter's way: its letters
// had been spelled ("two H twenty six"), and a listener did not hear a date.
std::optional<Match> quarter_and_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || after_code_word(words, i)) return std::nullopt;
  bool digit_first = text::is_digit(core[0]);
  // A half before a spaced year ("H2 2026", "2H 2026") is the written dates' (written_dates.cpp);
  // here only before a fiscal or calendar year. "Q3 2026" stays as said, "Q three".
  if (!digit_first && core[0] != 'H') return std::nullopt;
  if (digit_first && core[1] != 'Q' && core[1] != 'H') return std::nullopt;
  auto period = period_of_year(core.substr(0, 2));
  if (!period) return std::nullopt;
  if (digit_first && core[1] == 'H' && core.size() > 2 && !glued_half_year(words, i)) return std::nullopt;
  std::optional<std::string> year = digit_first ? year_of(core.substr(2)) : std::nullopt;
  std::size_t count = 1;
  if (core.size() == 2 && i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty()) {
    std::string_view next = words[i + 1].core;
    bool coded_year = !text::all_digits(next);
    if (!coded_year && (!digit_first || core[1] == 'H')) return std::nullopt;
    year = year_after_period(next);
    count = 2;
  }
  if (!year) return std::nullopt;
  std::string part = period->substr(4);
  bool the_before = i > 0 && words[i - 1].suffix.empty() &&
                    (text::iequals(words[i - 1].core, "the") || text::is_possessive(words[i - 1].core));
  // "H2 FY26 revenue is ...": a period code opening the line is the subject, not a qualifier of
  // the noun after it, so it keeps its "of".
  if (i == 0 && !digit_first) return Match{count, part + " of " + *year, false};
  if (qualifies_noun(words, i + count - 1)) return Match{count, part + " " + *year, false};
  return Match{count, (the_before ? "" : "the ") + part + " of " + *year, false};
}

// "CY2025", "CY25", "CY 2025": a calendar year.
std::optional<Match> calendar_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "CY")) return std::nullopt;
  if (core.size() > 2) {
    auto year = year_of(core.substr(2));
    return year ? std::optional<Match>(Match{1, "calendar year " + *year, false}) : std::nullopt;
  }
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty() ||
      words[i + 1].core.size() != 4) {
    return std::nullopt;
  }
  auto year = year_of(words[i + 1].core);
  return year ? std::optional<Match>(Match{2, "calendar year " + *year, false}) : std::nullopt;
}

// "2023/24", "1999/00", "2023/2024": a year and the next, said as "2023-24" is.
std::optional<Match> split_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if ((core.size() != 7 && core.size() != 9) || core[4] != '/' || !is_context_free_year(core.substr(0, 4))) {
    return std::nullopt;
  }
  std::string_view end = core.substr(5);
  if (!text::all_digits(end)) return std::nullopt;
  int start = std::stoi(std::string(core.substr(0, 4)));
  int next = std::stoi(std::string(end));
  bool follows = end.size() == 4 ? next == start + 1 : next == (start + 1) % 100;
  if (!follows) return std::nullopt;
  std::string said = year_words(core.substr(0, 4)) + " to ";
  // "1999/00": the end year turns the century and is said whole.
  if (end.size() == 4 || end == "00") return Match{1, said + year_words(std::to_string(start + 1)), false};
  return Match{1, said + (end[0] == '0' ? "oh " + std::string(digit_word(end[1])) : cardinal_words(end)), false};
}

// Words of clothes, shoes and the trade in them, whose seasons are written "AW24" and "SS25".
bool tells_of_fashion(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"fashion", "collection", "collections", "range", "ranges", "womenswear", "menswear", "childrenswear",
             "knitwear", "footwear", "outerwear", "apparel", "clothing", "garments", "catwalk", "runway", "lookbook",
             "retailer", "retailers", "retail", "buyers", "orders", "order", "wholesale", "designer", "designers",
             "couture", "ready-to-wear", "season", "seasons", "stores", "markdowns", "showroom", "textiles"});
}

// "AW24", "SS25", "FW2024", "SS 25": a fashion season and its year, in a line about that trade.
std::optional<Match> fashion_season(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2) return std::nullopt;
  std::string_view letters = core.substr(0, 2);
  std::string_view season = letters == "AW" ? "autumn-winter" : letters == "SS" ? "spring-summer"
                            : letters == "FW" ? "fall-winter" : "";
  if (season.empty() || after_code_word(words, i)) return std::nullopt;
  std::string_view digits = core.substr(2);
  std::size_t count = 1;
  if (digits.empty() && i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty()) {
    digits = words[i + 1].core;
    count = 2;
  }
  if ((digits.size() != 2 && digits.size() != 4) || !text::all_digits(digits)) return std::nullopt;
  if (digits.size() == 4 && !is_context_free_year(digits)) return std::nullopt;
  if (!text::any_word_near(words, i, 12, tells_of_fashion)) return std::nullopt;
  // The season's year is said as the trade says it: "twenty four", or the year in full.
  std::string year = digits.size() == 4 ? year_words(digits)
                                        : digits[0] == '0' ? "oh " + std::string(digit_word(digits[1])) : cardinal_words(digits);
  return Match{count, std::string(season) + " " + year, false};
}

// "FY2024–28", "FY24-28", "FY2024–2028": fiscal years over more than one year, said "fiscal
// years twenty twenty four to twenty eight". eSpeak NG had said the dash as nothing, and the
// span ran into one figure. One year and the next ("FY2023-24") is one fiscal year
// (money/report_terms.cpp).
std::optional<Match> fiscal_year_span(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "FY") || core.size() > 16) return std::nullopt;
  std::string_view digits = core.substr(2);
  std::size_t dash = digits.find("\u2013");
  std::size_t width = 3;
  if (dash == std::string_view::npos) {
    dash = digits.find('-');
    width = 1;
  }
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view first = digits.substr(0, dash);
  std::string_view last = digits.substr(dash + width);
  auto start = year_of(first);
  if (!start || (last.size() != 2 && last.size() != 4) || !text::all_digits(last)) return std::nullopt;
  std::string full_start = first.size() == 2 ? full_year(first) : std::string(first);
  std::string full_end = last.size() == 2 ? full_start.substr(0, 2) + std::string(last) : std::string(last);
  int from = std::stoi(full_start);
  int to = std::stoi(full_end);
  if (to <= from + 1 || to > from + 20) return std::nullopt;
  std::string end = last.size() == 4 ? year_words(last) : cardinal_words(last);
  return Match{1, "fiscal years " + *start + " to " + end, false};
}

// Word k owns what follows, so no "the" opens it: an article, "its", "their", "Tata's",
// "Infosys'".
bool owns_what_follows(const Words& words, std::size_t k) {
  std::string_view before = words[k].core;
  if (!words[k].suffix.empty() && words[k].suffix != "'") return false;
  bool plural_possessive = words[k].suffix == "'" || (text::ends_with(before, "'") && before.size() > 1);
  return plural_possessive || text::is_determiner(before) || text::is_possessive(before);
}

// "4QFY2024", "H1FY25", "9MFY24", "Q3CY2025": a part of a fiscal or calendar year glued to it,
// "the fourth quarter of fiscal year twenty twenty four"; spelt, the letters ran together.
std::optional<Match> period_of_coded_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 6 || after_code_word(words, i)) return std::nullopt;
  std::size_t kind_at = core.find_first_of("FC", 2);
  if (kind_at == std::string_view::npos || kind_at > 3 || kind_at + 2 >= core.size()) return std::nullopt;
  auto period = period_of_year(core.substr(0, kind_at));
  std::string_view kind = core.substr(kind_at, 2);
  if (!period || (kind != "FY" && kind != "CY")) return std::nullopt;
  auto year = year_of(core.substr(kind_at + 2));
  if (!year) return std::nullopt;
  std::string said = *period + " of " + (kind == "FY" ? "fiscal" : "calendar") + " year " + *year;
  if (i > 0 && owns_what_follows(words, i - 1)) said = said.substr(4);
  return Match{1, said, false};
}

}  // namespace

std::optional<Match> match_year_period(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  if (auto m = fiscal_year_span(words, i)) return m;
  if (auto m = period_of_coded_year(words, i)) return m;
  if (auto m = quarter_and_year(words, i)) return m;
  if (auto m = calendar_year(words, i)) return m;
  if (auto m = split_year(words, i)) return m;
  return fashion_season(words, i);
}

}  // namespace briefcast::rules
