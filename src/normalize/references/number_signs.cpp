// The lower-case number sign after a noun: "report no. 25-0417", "lot no. 7D", "case no. HC
// 12/2019", "issue no. 1", "the no. of seats". eSpeak NG says "no." as the answer "no", a
// negation; here it is "number" ("nos." "numbers") and the code after it is said as one.
// The capitalised sign ("No. 4", "No 10 said", "No 1272/2008") and the sign glued to its figure
// ("no.7") are read here too, at abbreviation.cpp's place in the order.
#include <algorithm>

#include "normalize/codes/codes.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// A word after which a lower-case "no." is the negation or an answer ("she said no. 3 of
// them ..."), not the number sign.
bool answers_no(std::string_view w) {
  return text::is_one_of_lowered(w, {"said", "say", "says", "saying", "answered", "answer", "replied", "voted", "vote",
                                     "was", "is", "were", "simply", "just", "emphatically", "definitely", "probably",
                                     "certainly", "means", "meant", "and", "or", "but"});
}

bool has_figure(std::string_view core) { return core.find_first_of("0123456789") != std::string_view::npos; }

// "25-0417", "5520-314-17": figure groups joined by hyphens, said figure by figure group by
// group as a part's number is; read alone they were a range ("twenty five to zero four ...").
std::optional<std::string> hyphened_groups(std::string_view code) {
  if (code.find('-') == std::string_view::npos || code.size() > 16) return std::nullopt;
  std::string spoken;
  for (std::string_view group : text::split(code, '-')) {
    if (group.empty() || group.size() > 4 || !text::all_digits(group)) return std::nullopt;
    spoken += (spoken.empty() ? "" : ", ") + digit_words(group);
  }
  return spoken;
}

// "7D" -> "seven D": up to four figures and one or two capitals after them, the number's own
// letter, never a unit's or a scale's ("billion", "degrees Celsius").
std::optional<std::string> lettered_figure(std::string_view core) {
  std::size_t figures = text::digit_run_end(core, 0);
  std::string_view letters = core.substr(figures);
  if (figures == 0 || figures > 4 || letters.empty() || letters.size() > 2 || !text::all_upper(letters) ||
      !text::all_alpha(letters)) {
    return std::nullopt;
  }
  return code_group_words(core.substr(0, figures)) + " " + spelled_letters(letters);
}

// "47/2023": a case's number within its year, said "forty seven of twenty twenty three"; read
// as a date, "12/2019" was "December twenty nineteen".
std::optional<std::string> number_within_year(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 4 || core[0] == '0') return std::nullopt;
  std::string_view number = core.substr(0, slash);
  std::string_view year = core.substr(slash + 1);
  if (!text::all_digits(number) || !is_context_free_year(year)) return std::nullopt;
  return cardinal_words(number) + " of " + year_words(year);
}

// "HC 12/2019", "CV 88/2021": a court's or a register's two to four capitals as a word of their
// own, then its number, perhaps within its year.
std::optional<Match> register_and_number(const Words& words, std::size_t i, const std::string& said) {
  if (i + 2 >= words.size()) return std::nullopt;
  const Word& letters = words[i + 1];
  if (letters.core.size() < 2 || letters.core.size() > 4 || !text::all_alpha(letters.core) ||
      !text::all_upper(letters.core) || !letters.suffix.empty() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  if (auto within = number_within_year(words[i + 2].core)) {
    return Match{3, said + " " + spelled_letters(letters.core) + " " + *within, false};
  }
  // "QB 88": the figures after the capitals are other rules'.
  if (has_figure(words[i + 2].core)) return Match{1, said, true};
  return std::nullopt;
}

// After a noun naming what is numbered ("report", "lot", "title", "flight"): the code after the
// sign, whatever its shape, as long as it has a figure in it or is a register's capitals
// before one. After any other word ("a firm no.", "voters chose no.") the sign is the answer
// ending a sentence, and the code after it ("2016-17 was ...", "G7 leaders ...") opens the
// next one.
std::optional<Match> after_numbered_noun(const Words& words, std::size_t i, const std::string& said) {
  std::string_view next = words[i + 1].core;
  if (auto groups = hyphened_groups(next)) return Match{2, said + " " + *groups, false};
  if (auto lettered = lettered_figure(next)) return Match{2, said + " " + *lettered, false};
  if (auto registered = register_and_number(words, i, said)) return registered;
  // The figures themselves are other rules' ("SK123456", "19V-204", "2024/117").
  if (has_figure(next)) return Match{1, said, true};
  return std::nullopt;
}

// "issue no. 1", "registered charity no. 1089464": after any noun but an answer's word, before a
// whole figure. A long figure is a register's number, said digit by digit.
std::optional<Match> before_whole_figure(const Words& words, std::size_t i, const std::string& said) {
  std::string_view figure = words[i + 1].core;
  if (answers_no(words[i - 1].core) || figure.size() > 10) return std::nullopt;
  if (figure.size() >= 5) return Match{2, said + " " + digit_words(figure), false};
  return Match{1, said, true};
}

// "1924/2006", "2019/1020": figures joined by a slash to a year, as an act or an order is
// numbered within its year; a count is never written so.
bool is_numbered_in_year(std::string_view core) {
  auto parts = text::split(core, '/');
  if (parts.size() != 2 || core.size() > 10) return false;
  bool year = false;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 4 || !text::all_digits(part)) return false;
    year = year || (part.size() == 4 && (part[0] == '1' || part[0] == '2'));
  }
  return year;
}

// "No 2 days are alike", "No 10 people came", "No 2019/20 accounts were filed": a plural noun
// right after the figure, which "No" then counts as the negation.
bool plural_follows_figure(const Words& words, std::size_t i) {
  if (!words[i + 1].suffix.empty() || i + 2 >= words.size() || !words[i + 2].prefix.empty()) return false;
  std::string_view after = words[i + 2].core;
  return (after.size() > 2 && text::is_lower(after[0]) && after.back() == 's' && !text::ends_with(after, "ss") &&
          !text::is_function_word(after)) ||
         text::is_one_of(after, {"people", "children", "men", "women"});
}

// "Regulation (EC) No 1272/2008", "Order No 57/2019": the act's name before the sign, so a verb
// after the figure ("lists") is no plural noun.
bool follows_act_name(const Words& words, std::size_t i) {
  return i > 0 && (text::is_capitalized(words[i - 1].core) || text::starts_with(words[i - 1].suffix, ")"));
}

// "No 10 said", "the world No 1", "the No 3 seed", "Regulation (EC) No 1924/2006": British and
// European copy writes the number sign without its period. Before a whole figure it is "number",
// unless a plural noun follows the figure: then "No" is the negation.
std::optional<Match> undotted_number_sign(const Words& words, std::size_t i) {
  const Word& next = words[i + 1];
  if (!words[i].suffix.empty() || !next.prefix.empty()) return std::nullopt;
  bool counts = plural_follows_figure(words, i);
  if (is_numbered_in_year(next.core) && (!counts || follows_act_name(words, i))) return Match{1, "number", true};
  if (counts || next.core.empty() || next.core.size() > 4 || !text::all_digits(next.core)) return std::nullopt;
  // "Yes 412, No 388": a tally of a vote, where "No" is the side.
  if (text::any_word(words, [](std::string_view core) { return core == "Yes" || core == "YES"; })) return std::nullopt;
  return Match{1, "number", true};
}

// "flight No. 2264", "the flight, No. 2264", "flight (No. 2264)", "Flight number 217": a flight's
// number, after its noun (a comma or a bracket between them), is said in pairs as flight numbers
// are ("thirty eight seventeen"), never as an amount.
std::optional<Match> flight_number(const Words& words, std::size_t i) {
  const Word& sign = words[i];
  bool dotted_no = text::iequals(sign.core, "no") && sign.suffix == ".";
  bool number = text::iequals(sign.core, "number") && sign.suffix.empty();
  if (i == 0 || i + 1 >= words.size() || !(dotted_no || number)) return std::nullopt;
  const Word& noun = words[i - 1];
  bool set_off = (noun.suffix.empty() && (sign.prefix.empty() || sign.prefix == "(")) ||
                 (noun.suffix == "," && sign.prefix.empty());
  if (!text::iequals(noun.core, "flight") || !set_off) return std::nullopt;
  const Word& figure = words[i + 1];
  if (!figure.prefix.empty() || figure.core.size() < 3 || figure.core.size() > 4 || figure.core[0] == '0' ||
      !text::all_digits(figure.core)) {
    return std::nullopt;
  }
  return Match{2, "number " + paired_digit_words(figure.core), false};
}

// "03/2024-Tax", "117/2023": an order's or a notice's number within its year after the sign,
// a leading zero and all, and perhaps its series joined by a hyphen ("three of twenty twenty
// four, Tax"); read alone it was a fraction or a month.
std::optional<std::string> notice_within_year(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 4) return std::nullopt;
  std::string_view number = core.substr(0, slash);
  std::string_view year = core.substr(slash + 1, 4);
  std::string_view series = core.substr(std::min(core.size(), slash + 5));
  if (!text::all_digits(number) || number.find_first_not_of('0') == std::string_view::npos ||
      !is_context_free_year(year)) {
    return std::nullopt;
  }
  std::string said = cardinal_words(number.substr(number.find_first_not_of('0'))) + " of " + year_words(year);
  if (series.empty()) return said;
  if (series.size() < 3 || series[0] != '-' || !text::is_capitalized(series.substr(1)) ||
      !text::all_alpha(series.substr(1))) {
    return std::nullopt;
  }
  return said + ", " + std::string(series.substr(1));
}

// "BW-2024-008117", "RT-88-A4": a register's code of capitals, figures and hyphens, opening with
// capitals, after the sign that a noun before it makes "number" ("licence No. KX-2025-0091").
// After a mark or an answer's word the sign is the word "no" ("She said No. F-35 jets ...").
bool register_code_after_noun(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !text::all_alpha(words[i - 1].core) ||
      answers_no(words[i - 1].core) || text::is_function_word(text::lower(words[i - 1].core))) {
    return false;
  }
  std::string_view code = words[i + 1].core;
  std::size_t capitals = 0;
  while (capitals < code.size() && text::is_upper(code[capitals])) ++capitals;
  if (capitals == 0 || code.size() > 24 || code.find('-') == std::string_view::npos || !has_figure(code)) return false;
  for (char c : code) {
    if (!text::is_upper(c) && !text::is_digit(c) && c != '-') return false;
  }
  return true;
}

}  // namespace

// "No. 4", "No. of runs": the number sign, only capitalised and before a figure, or a table's
// or list's "number of"; the bare word "no" would say the opposite.
std::optional<Match> capital_number_sign(const Words& words, std::size_t i, bool dotted) {
  if (i + 1 >= words.size()) return std::nullopt;
  if (words[i].core != "No") return std::nullopt;
  if (!dotted) return undotted_number_sign(words, i);
  if (auto flight = flight_number(words, i)) return flight;
  const Word& next = words[i + 1];
  if (next.prefix.empty()) {
    if (auto notice = notice_within_year(next.core)) return Match{2, "number " + *notice, false};
    if (register_code_after_noun(words, i)) return Match{1, "number", true};
  }
  // "No. 1-ranked", "No. 3A", "No. 2s": any figure after it.
  if (next.prefix.empty() && !next.core.empty() && text::is_digit(next.core[0])) return Match{1, "number", true};
  if (next.core == "of" && next.prefix.empty()) return Match{1, "number", true};
  return std::nullopt;
}

// "the no.7 seed", "No.4": the number sign written against its figure.
std::optional<Match> glued_number_sign(std::string_view core) {
  if (core.size() > 3 && (core[0] == 'N' || core[0] == 'n') && core.substr(1, 2) == "o." &&
      text::all_digits(core.substr(3)) && core.size() <= 6) {
    return Match{1, "number " + cardinal_words(core.substr(3), false), false};
  }
  return std::nullopt;
}


std::optional<Match> match_number_sign(const Words& words, std::size_t i) {
  if (auto flight = flight_number(words, i)) return flight;
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"no", "nos"}) || w.suffix != "." || !w.prefix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty() || words[i + 1].core.empty()) {
    return std::nullopt;
  }
  std::string said = w.core == "no" ? "number" : "numbers";
  // "the no. of centres": a table's or list's "number of", after any word.
  if (words[i + 1].core == "of") return Match{1, said, true};
  if (i == 0 || !words[i - 1].suffix.empty() || !text::all_alpha(words[i - 1].core)) return std::nullopt;
  if (text::all_digits(words[i + 1].core)) return before_whole_figure(words, i, said);
  if (numbered_noun(words[i - 1].core)) return after_numbered_noun(words, i, said);
  return std::nullopt;
}

}  // namespace briefcast::rules
