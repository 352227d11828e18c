// Dates written short, as reports and tables print them:
//  - a month or a quarter with an apostrophe year glued on ("Sept'21", "Q3'24"), read as
//    date.cpp reads "March '22": the short year as written ("September twenty one", "May oh
//    seven");
//  - a month's abbreviation with two figures glued on ("Oct23"), said with the year in full;
//  - a half of a year before its year ("in 1H 2024", "H2 2023"): "the first half of twenty
//    twenty four";
//  - a day-first dotted date with a two-figure year ("on 28.12.22"), after a word that places
//    a date, read as the same date with its year in full, as "11/30/07" is. A two-figure year
//    is this century's up to 39 and the last century's from 40, the span in which news text
//    writes years (see is_context_free_year).
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_apostrophe(std::string_view s) { return s == "'" || s == "\u2019" || s == "\u2018"; }

std::string full_year(std::string_view two) { return (two < "40" ? "20" : "19") + std::string(two); }

// "'98" -> "ninety eight", "'07" -> "oh seven".
std::string short_year(std::string_view two) {
  return two[0] == '0' ? "oh " + cardinal_words(two.substr(1)) : cardinal_words(two);
}

// "Sept", "March": a month's name, whose short year may be heard as a day.
bool names_a_month(std::string_view name) { return month_number(name, true).has_value(); }

bool two_figures(std::string_view s) { return s.size() == 2 && text::all_digits(s); }

// "Sept'21" -> {"Sept", "21"}: a word, an apostrophe and two figures in one core.
std::optional<std::pair<std::string_view, std::string_view>> joined_year(std::string_view core) {
  for (std::string_view mark : {"'", "\u2019"}) {
    std::size_t at = core.find(mark);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view year = core.substr(at + mark.size());
    if (two_figures(year)) return std::make_pair(core.substr(0, at), year);
  }
  return std::nullopt;
}

// "Sept", "March", "Q3", "H1": the period the year belongs to, said.
std::optional<std::string> period_words(std::string_view name) {
  if (auto month = month_number(name, true)) return month_name(*month);
  if (name.size() == 2 && (name[0] == 'Q' || name[0] == 'H') && name[1] >= '1' && name[1] <= (name[0] == 'Q' ? '4' : '2')) {
    return std::string(1, name[0]) + " " + cardinal_words(name.substr(1));
  }
  return std::nullopt;
}

std::optional<Match> apostrophe_year(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto joined = joined_year(w.core)) {
    if (auto period = period_words(joined->first)) {
      std::string year = names_a_month(joined->first) ? month_short_year(joined->second) : short_year(joined->second);
      return Match{1, *period + " " + year, false};
    }
  }
  // "Sept '21": the apostrophe opens the next word.
  if (i + 1 >= words.size() || !(w.suffix.empty() || w.suffix == ".")) return std::nullopt;
  const Word& next = words[i + 1];
  if (!is_apostrophe(next.prefix) || !two_figures(next.core)) return std::nullopt;
  auto period = period_words(w.core);
  if (!period) return std::nullopt;
  return Match{2, *period + " " + (names_a_month(w.core) ? month_short_year(next.core) : short_year(next.core)), false};
}

// "code DEC25", "Password: JUL99", "order ref MAR21": a word before it that names a code.
bool names_a_code(const Words& words, std::size_t i) {
  if (i == 0) return false;
  return text::is_one_of_lowered(words[i - 1].core,
                         {"code", "codes", "number", "no", "ref", "reference", "serial", "sku", "flight", "password",
                          "part", "batch", "tail", "room", "order", "item", "model", "promo", "voucher", "coupon",
                          "gate", "seat", "booking", "id", "pin", "lot", "unit"});
}

// Words of a market that trades months: a contract month is written "DEC24" there.
bool is_contract_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"contract", "contracts", "futures", "future", "options", "delivery",
                                             "expiry", "expiring", "settlement", "settled", "traded", "trading"});
}

// "Oct23", "Sept22", "DEC24": a month's abbreviation with two figures glued on, as market
// reports and tables write a month and its year (a contract month, "since Oct23"). Without the
// apostrophe the short year is no spoken form, so the year is said in full ("October twenty
// twenty three"); a day would be written apart ("Oct 23"). Only abbreviations: "May22" or
// "June5" may be a day with its space lost.
std::optional<Match> glued_month_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core.size() > 6 || !text::is_capitalized(core)) return std::nullopt;
  std::string_view name = core.substr(0, core.size() - 2);
  std::string_view year = core.substr(core.size() - 2);
  if (!two_figures(year) || !text::all_alpha(name) || (name.size() == 4 && text::lower(name) != "sept")) return std::nullopt;
  // "Oct" or "OCT", never "OCt".
  bool lower_rest = text::lower(name.substr(1)) == name.substr(1);
  if (!text::all_upper(name) && !lower_rest) return std::nullopt;
  auto month = month_number(name, true);
  if (!month || text::iequals(name, "may") || names_a_code(words, i)) return std::nullopt;
  // In capitals the same shape is as often a code ("flight AUG12", "batch MAR23"); only a
  // word of a market settles it as a contract month ("the DEC24 contract", "FEB23 futures").
  if (text::all_upper(name) && !text::any_word(words, is_contract_word)) return std::nullopt;
  return Match{1, month_name(*month) + " " + year_words(full_year(year)), false};
}

// "1H 2024", "H2 2023", "1H'24": a half of a year and its year.
std::optional<Match> half_of_year(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::string_view year;
  std::size_t count = 1;
  if (auto joined = joined_year(core)) {
    core = joined->first;
    year = joined->second;
  }
  bool first = core == "1H" || core == "H1";
  bool second = core == "2H" || core == "H2";
  if (!first && !second) return std::nullopt;
  std::string said;
  if (!year.empty()) {
    said = short_year(year);
  } else if (i + 1 < words.size() && w.suffix.empty() && words[i + 1].prefix.empty() && is_context_free_year(words[i + 1].core)) {
    said = year_words(words[i + 1].core);
    count = 2;
  } else {
    return std::nullopt;
  }
  // "the 1H 2023 loss": before a noun the half qualifies it, and is read as written. After a
  // preposition it is the time something happened, whatever follows ("in H1 2024 rose").
  const Word& last = words[i + count - 1];
  bool after_preposition = i > 0 && words[i - 1].suffix.empty() &&
                           text::is_one_of_lowered(words[i - 1].core, {"in", "during", "over", "since", "through",
                                                                            "throughout", "until", "from", "across"});
  if (!after_preposition && i + count < words.size() && last.suffix.empty()) {
    std::string_view after = words[i + count].core;
    if (!after.empty() && text::is_lower(after[0]) && text::all_alpha(after) && !text::is_function_word(text::lower(after))) {
      return std::nullopt;
    }
  }
  bool the_before = i > 0 && text::iequals(words[i - 1].core, "the") && words[i - 1].suffix.empty();
  return Match{count, std::string(the_before ? "" : "the ") + (first ? "first" : "second") + " half of " + said, false};
}

// "upgrade to 10.11.20", "updated from 12.04.19": software moves between versions, and a
// version may have the shape of a dotted date; a date is reached with other verbs.
bool moves_software(const Words& words, std::size_t i) {
  if (i < 2 || !words[i - 2].suffix.empty()) return false;
  return text::is_one_of_lowered(words[i - 2].core, {"upgrade", "upgraded", "upgrades", "upgrading", "update", "updated",
                                                          "updates", "updating", "downgrade", "downgraded", "patched",
                                                          "migrate", "migrated", "version", "versions", "firmware"});
}

// "on 28.12.22": day, month and a two-figure year, each of two figures, after a word that
// places a date. Without such a word "10.12.14" may be a version.
std::optional<Match> dotted_short_date(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 8 || core[2] != '.' || core[5] != '.' || i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view day = core.substr(0, 2);
  std::string_view month = core.substr(3, 2);
  std::string_view year = core.substr(6, 2);
  if (!two_figures(day) || !two_figures(month) || !two_figures(year)) return std::nullopt;
  int d = (day[0] - '0') * 10 + (day[1] - '0');
  int m = (month[0] - '0') * 10 + (month[1] - '0');
  if (d < 1 || d > 31 || m < 1 || m > 12) return std::nullopt;
  if (!text::is_one_of_lowered(words[i - 1].core, {"on", "dated", "from", "since", "until", "till", "by", "before",
                                                        "after", "of", "to", "and", "between"})) {
    return std::nullopt;
  }
  if (moves_software(words, i)) return std::nullopt;
  auto said = speak_date(std::string(day) + "." + std::string(month) + "." + full_year(year));
  if (!said) return std::nullopt;
  return Match{1, text::starts_with(*said, "the ") ? *said : "the " + *said, false};
}

}  // namespace

std::optional<Match> match_written_date(const Words& words, std::size_t i) {
  if (auto m = half_of_year(words, i)) return m;
  if (auto m = apostrophe_year(words, i)) return m;
  if (auto m = glued_month_year(words, i)) return m;
  return dotted_short_date(words, i);
}

// After a month a short year of 10 to 31 is said in full ("Jan. '22": "January twenty twenty
// two"): said as written it is a day of that month ("January twenty two"). Others keep the
// short form, which no day shares ("March ninety eight", "June oh seven").
std::string month_short_year(std::string_view two) {
  if (two >= "10" && two <= "31") return year_words(full_year(two));
  return short_year(two);
}

}  // namespace briefcast::rules
