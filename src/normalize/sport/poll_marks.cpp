// The shorthand of poll tables and rates in news copy:
//  - party names abbreviated before their share, "Lab 42% Con 24% LD 11%" -> "Labour forty two
//    percent, Conservative ...": eSpeak NG said "lab" and "con", and the party was lost;
//  - "pts" after a signed figure ("±3 pts", "+2 pts"), which the unit rules do not reach
//    because the sign is read first, or after a figure and the name of a table ("1,030 Race to
//    Dubai pts", "85 ranking pts"), where the unit rules see no figure right before it;
//  - "(nc)" after a share in a table of changes ("Reform 19% (nc)"): "no change", not "N C";
//  - the plus-minus statistic named ("a +/- of +24"), not the sign of a margin;
//  - a period after an amount ("£325k p/w", "£900 p.m.", "£1,800 pa"): said "per week", "per
//    month", "per annum", never as letters or a time of day; before a noun after an article
//    ("a £1,800 pa service charge", "a $385/mo. fee") one compound adjective,
//    "a one-thousand-eight-hundred-pound-a-year service charge".
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The share right after the word: "42%", "42.5%".
bool share_follows(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty()) return false;
  std::string_view core = words[j].core;
  return core.size() >= 2 && core.back() == '%' && text::is_digit(core[0]);
}

std::optional<Match> party_share(const Words& words, std::size_t i) {
  struct Party {
    std::string_view written;
    std::string_view spoken;
  };
  static constexpr Party kParties[] = {
      {"Lab", "Labour"}, {"Con", "Conservative"}, {"LD", "Lib Dem"}, {"LDem", "Lib Dem"}, {"Grn", "Green"},
      {"Ref", "Reform"}, {"Dem", "Democrat"}, {"Rep", "Republican"},
  };
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || !share_follows(words, i + 1)) return std::nullopt;
  for (const Party& p : kParties) {
    if (w.core == p.written) return Match{1, std::string(p.spoken), false};
  }
  return std::nullopt;
}

// "±3 pts", "+2 pts", "-4 pts": points after a signed figure.
std::optional<Match> signed_points(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view next = words[i + 1].core;
  if (next != "pts" && next != "pt") return std::nullopt;
  std::string_view figure = w.core;
  std::string sign;
  if (text::starts_with(figure, "\u00b1")) {
    sign = "plus or minus ";
    figure.remove_prefix(2);
  } else if (text::starts_with(figure, "+/-")) {
    sign = "plus or minus ";
    figure.remove_prefix(3);
  } else if (!figure.empty() && (figure[0] == '+' || figure[0] == '-')) {
    sign = figure[0] == '+' ? "plus " : "minus ";
    figure.remove_prefix(1);
  } else {
    return std::nullopt;
  }
  auto number = text::parse_number(figure);
  if (!number || number->negative || figure.empty() || !text::is_digit(figure[0])) return std::nullopt;
  bool one = figure == "1";
  return Match{2, sign + number_words(*number, false) + (one ? " point" : " points"), false};
}

// "612 FedEx Cup pts", "85 ranking pts": points after a figure and up to three words that name
// what they count (a name's words with "to" or "of", or lowercase nouns), no punctuation between.
std::optional<Match> named_points(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "pts" || !w.prefix.empty() || i < 2 ||
      text::is_one_of(words[i - 1].core, {"to", "of"})) {
    return std::nullopt;
  }
  for (std::size_t k = i - 1, between = 0; k > 0 && between < 3; --k, ++between) {
    const Word& name = words[k];
    if (!name.prefix.empty() || !name.suffix.empty() || name.core.empty() || !text::all_alpha(name.core)) break;
    if (text::is_function_word(text::lower(name.core)) && name.core != "to" && name.core != "of") break;
    const Word& before = words[k - 1];
    if (before.suffix.empty() && text::parse_number(before.core)) {
      bool dotted = text::has_period(w);
      return Match{1, "points", dotted && !period_ends_sentence(words, i)};
    }
  }
  return std::nullopt;
}

// "a £1,800 pa service charge", "a $385/mo. fee": before its noun, after an article, an amount
// and its period are one compound adjective with the currency in the singular,
// "a one-thousand-eight-hundred-pound-a-year service charge".
std::optional<std::string> amount_period_adjective(const Words& words, std::size_t i, std::size_t last,
                                                   const std::string& amount, std::string_view said) {
  if (i == 0 || !text::is_one_of_lowered(words[i - 1].core, {"a", "an"}) || !words[i - 1].suffix.empty() ||
      !noun_follows(words, last)) {
    return std::nullopt;
  }
  if (!text::ends_with(amount, " pounds") && !text::ends_with(amount, " dollars") && !text::ends_with(amount, " euros")) {
    return std::nullopt;
  }
  std::string_view a_period = said == "per annum" || said == "per year" ? " a year"
                              : said == "per week"                      ? " a week"
                                                                        : " a month";
  return text::hyphenated(amount.substr(0, amount.size() - 1) + std::string(a_period));
}

// "£325k p/w", "£1,800 pa", "£900 p.m.": an amount and the period it is paid in; after an
// amount "p.m." is per month, never a time of day.
std::optional<Match> amount_period(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view period = words[i + 1].core;
  std::string_view said;
  if (is_per_annum_mark(period)) said = "per annum";
  else if (text::is_one_of(period, {"pw", "p.w", "p/w"})) said = "per week";
  else if (text::is_one_of(period, {"pcm", "p/m"})) said = "per calendar month";
  else if (period == "p.m" && text::has_period(words[i + 1])) said = "per month";
  else return std::nullopt;
  auto amount = speak_money(w.core);
  if (!amount) return std::nullopt;
  bool dotted = text::has_period(words[i + 1]);
  if (auto adjective = amount_period_adjective(words, i, i + 1, *amount, said)) return Match{2, *adjective, dotted};
  return Match{2, *amount + " " + std::string(said), dotted && !period_ends_sentence(words, i + 1)};
}

// "$385/mo.", "a $385/mo. fee": an amount per a period written short after a slash keeps the
// abbreviation's period out of the speech unless it ends the sentence, and before its noun is
// a compound adjective as above.
std::optional<Match> slashed_period(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t slash = w.core.rfind('/');
  if (slash == std::string_view::npos || slash == 0 || !text::has_period(w)) return std::nullopt;
  std::string_view per = w.core.substr(slash + 1);
  std::string_view said;
  if (text::is_one_of_lowered(per, {"mo", "mth", "mos"})) said = "per month";
  else if (text::is_one_of_lowered(per, {"yr", "ann"})) said = "per year";
  else if (text::is_one_of_lowered(per, {"wk"})) said = "per week";
  else return std::nullopt;
  auto amount = speak_money(w.core.substr(0, slash));
  if (!amount || !text::ends_with(speak_money(w.core).value_or(""), said)) {
    return std::nullopt;
  }
  if (auto adjective = amount_period_adjective(words, i, i, *amount, said)) return Match{1, *adjective, true};
  return Match{1, *amount + " " + std::string(said), !period_ends_sentence(words, i)};
}

// "a +/- of +24", "his +/- rating": the plus-minus statistic named, not the sign of a margin
// ("+/- 3 points", which stays "plus or minus").
std::optional<Match> plus_minus_statistic(const Words& words, std::size_t i) {
  if (words[i].core != "+/-" && words[i].core != "\u00b1") return std::nullopt;
  bool named = i > 0 && words[i - 1].suffix.empty() &&
               text::is_one_of_lowered(words[i - 1].core, {"a", "the", "his", "her", "their", "its", "best"});
  bool followed = i + 1 < words.size() && words[i].suffix.empty() &&
                  text::is_one_of_lowered(words[i + 1].core, {"of", "rating", "mark", "record"});
  if (!named && !followed) return std::nullopt;
  if (i + 1 < words.size() && !words[i + 1].core.empty() && text::is_digit(words[i + 1].core[0])) return std::nullopt;
  return Match{1, "plus-minus", false};
}

// "Reform 19% (nc)", "Greens 8% (n/c)": a share that has not moved since the last poll.
std::optional<Match> unchanged_share(const Words& words, std::size_t i) {
  const Word& w = words[i];
  // Lower case only: "51% (NC)" may be a state's share in North Carolina.
  if (i == 0 || w.prefix != "(" || !text::is_one_of(w.core, {"nc", "n/c"})) return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (!words[i - 1].suffix.empty() || before.size() < 2 || before.back() != '%') return std::nullopt;
  return Match{1, "no change", false};
}

}  // namespace

std::optional<Match> match_poll_mark(const Words& words, std::size_t i) {
  for (auto rule : {party_share, signed_points, named_points, amount_period, slashed_period, plus_minus_statistic, unchanged_share}) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
