// Two days joined by a slash before a month's name: "the night of 12/13 Aug.", "over the
// weekend of 5/6 July 2025". The pair is two days of that month (a night across them, or a
// weekend), said "the twelfth to thirteenth of August"; read as one all-figure date it had
// been "December thirteenth August". Days that follow one another are said with "to", others
// with "and" ("on 3/10 May" -> "the third and tenth of May").
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"

namespace briefcast::rules {

namespace {

std::optional<std::pair<int, int>> slashed_days(std::string_view core) {
  std::size_t slash = core.find('/');
  if (core.size() > 5 || slash == std::string_view::npos) return std::nullopt;
  std::string_view first = core.substr(0, slash);
  std::string_view second = core.substr(slash + 1);
  if (!text::all_digits(first) || !text::all_digits(second)) return std::nullopt;
  auto from = day_number(first);
  auto to = day_number(second);
  if (!from || !to || *from >= *to) return std::nullopt;
  return std::pair{*from, *to};
}

// Words after which a date is due: "effective 18/04", "from 03/05", "until 30/06".
bool leads_to_date(std::string_view w) {
  return text::is_one_of_lowered(w, {"effective", "from", "on", "until", "till", "since", "by", "dated", "starting",
                                     "before", "after", "due", "expires", "ends", "begins", "opens", "closes"});
}

// "effective 18/04", "from 4/23": a day and a month with a slash and no year, after a word that
// leads to a date. The figure over twelve tells the order ("18/04" is day first, "4/23" month
// first); two figures of twelve or under, both written with two digits ("03/05"), are read the
// way the piece writes its dates (date_order.cpp). Read as a fraction it was "eighteen quarters".
std::optional<Match> yearless_date(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto pair = text::figure_pair(w.core, '/', 2);
  if (i == 0 || !pair || !w.prefix.empty() || !words[i - 1].suffix.empty() || !leads_to_date(words[i - 1].core)) {
    return std::nullopt;
  }
  // "from 18/04 to": a share or a figure after it is no date's ("on 12/20 of the votes").
  // "on 12/24 V": a unit after the figures makes them two values of it.
  if (w.suffix.empty() && i + 1 < words.size() &&
      (text::is_one_of_lowered(words[i + 1].core, {"of", "in", "per"}) || find_unit(words[i + 1].core) ||
       words[i + 1].core.empty() || !text::is_lower(words[i + 1].core[0]))) {
    return std::nullopt;
  }
  // "drifted from 15/8 to 5/2" in a line about betting: a price's move (sport_figures.cpp).
  if (round_the_clock(words, i) || from_price_to_price(words, i)) return std::nullopt;
  int first = std::stoi(std::string(pair->left));
  int second = std::stoi(std::string(pair->right));
  if (first < 1 || second < 1 || first > 31 || second > 31) return std::nullopt;
  bool day_first;
  if (first > 12 && second <= 12) {
    day_first = true;
  } else if (second > 12 && first <= 12) {
    day_first = false;
  } else if (first <= 12 && second <= 12 && pair->left.size() == 2 && pair->right.size() == 2) {
    day_first = day_first_context(words);
  } else {
    return std::nullopt;
  }
  int day = day_first ? first : second;
  int month = day_first ? second : first;
  if (day_first) return Match{1, "the " + ordinal_words(std::to_string(day)) + " of " + month_name(month), false};
  return Match{1, month_name(month) + " " + ordinal_words(std::to_string(day)), false};
}

}  // namespace

bool round_the_clock(const Words& words, std::size_t i) {
  return words[i].core == "24/7" && words[i].suffix.empty() && i + 1 < words.size() &&
         !text::is_function_word(words[i + 1].core);
}

std::optional<Match> match_slashed_day_pair(const Words& words, std::size_t i) {
  if (auto date = yearless_date(words, i)) return date;
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& pair = words[i];
  const Word& month_word = words[i + 1];
  if (!pair.prefix.empty() || !pair.suffix.empty() || !month_word.prefix.empty()) return std::nullopt;
  auto days = slashed_days(pair.core);
  // A month in capitals of its own ("Aug.", "August"); "may" in lower case is the verb.
  if (!days || !text::is_capitalized(month_word.core)) return std::nullopt;
  auto month = month_number(month_word.core, false);
  if (!month) return std::nullopt;
  bool article = i > 0 && words[i - 1].suffix.empty() && text::iequals(words[i - 1].core, "the");
  std::string joiner = days->second == days->first + 1 ? " to " : " and ";
  std::string spoken = (article ? "" : "the ") + ordinal_words(std::to_string(days->first)) + joiner +
                       ordinal_words(std::to_string(days->second)) + " of " + month_name(*month);
  // "12/13 Aug. 2026": a year after the month, with or without a comma.
  bool open = month_word.suffix.empty() || month_word.suffix == "," || month_word.suffix == ".";
  if (open && i + 2 < words.size() && is_year(words[i + 2].core) && words[i + 2].prefix.empty()) {
    return Match{3, spoken + " " + year_words(words[i + 2].core), false};
  }
  // "12/13 Aug. when": the period of a short month's name that ends no sentence is dropped.
  return Match{2, spoken, month_period_goes_on(words, i + 1)};
}

}  // namespace briefcast::rules
