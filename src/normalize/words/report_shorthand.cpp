// Shorthand of reports that eSpeak NG said as a syllable: "fleet nos. 2201–2248" ("noss",
// and its period a sentence's pause) is "numbers"; "the govt." ("guvt") is "the government";
// "div. 7.d" before a figure is "division", and the sub-division's letter after a point
// ("7.d") is "seven D", never "seven dot d". A month shortened without its period ("between
// Feb and May", "in Sept 2024") is the month when a preposition leads it and another month or
// a year stands beside it; alone "Jan" may be a name.
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "Government" for "Govt", "government" for "govt".
std::string cased(std::string_view written, std::string said) {
  if (!written.empty() && text::is_upper(written[0])) said[0] = static_cast<char>(said[0] - 'a' + 'A');
  return said;
}

bool starts_with_digit(const Words& words, std::size_t j) {
  return j < words.size() && words[j].prefix.empty() && !words[j].core.empty() && text::is_digit(words[j].core[0]);
}

// "7.d", "4.b": an area's number and its sub-division's letter.
std::optional<std::string> lettered_division(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 != core.size() || !text::all_digits(core.substr(0, dot)) ||
      !text::is_lower(core.back())) {
    return std::nullopt;
  }
  return integer_words(core.substr(0, dot), false, false) + " " + std::string(1, static_cast<char>(core.back() - 'a' + 'A'));
}

std::optional<Match> division(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"div", "Div"}) || !text::has_period(w) || w.suffix.size() != 1 || !starts_with_digit(words, i + 1)) {
    return std::nullopt;
  }
  std::string said = cased(w.core, "division");
  if (auto lettered = lettered_division(words[i + 1].core)) return Match{2, said + " " + *lettered, false};
  return Match{1, said, true};
}

constexpr std::array<text::Said, 12> kMonths = {{
    {"Jan", "January"}, {"Feb", "February"}, {"Mar", "March"}, {"Apr", "April"}, {"Jun", "June"}, {"Jul", "July"},
    {"Aug", "August"}, {"Sep", "September"}, {"Sept", "September"}, {"Oct", "October"}, {"Nov", "November"},
    {"Dec", "December"},
}};

bool is_month(std::string_view core) {
  return text::said_for(kMonths, core).has_value() ||
         text::is_one_of(core, {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"});
}

// "between Feb and May", "from Sept to Nov", "in Feb 2024".
std::optional<Match> bare_month(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto month = text::said_for(kMonths, w.core);
  if (!month || !w.prefix.empty() || i == 0) return std::nullopt;
  const Word& before = words[i - 1];
  bool led = before.suffix.empty() &&
             text::is_one_of_lowered(before.core, {"between", "in", "from", "since", "until", "till", "through", "by",
                                                   "before", "after", "during", "and", "to"});
  if (!led) return std::nullopt;
  bool year = w.suffix.empty() && i + 1 < words.size() && words[i + 1].core.size() == 4 &&
              text::all_digits(words[i + 1].core);
  bool paired = (i + 2 < words.size() && w.suffix.empty() && text::is_one_of(words[i + 1].core, {"and", "to"}) &&
                 is_month(words[i + 2].core)) ||
                (i >= 2 && text::is_one_of(before.core, {"and", "to"}) && is_month(words[i - 2].core));
  if (!year && !paired) return std::nullopt;
  return Match{1, std::string(*month), false};
}

}  // namespace

std::optional<Match> match_report_shorthand(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto m = division(words, i)) return m;
  if (auto m = bare_month(words, i)) return m;
  if (!w.prefix.empty()) return std::nullopt;
  bool dotted = text::has_period(w);
  bool keep_period = dotted && period_ends_sentence(words, i);
  // "nos." with its period: the plural of "no.", never a word of English.
  if (text::is_one_of(w.core, {"nos", "Nos"}) && dotted) return Match{1, cased(w.core, "numbers"), !keep_period};
  if (text::is_one_of(w.core, {"govt", "Govt", "govts", "Govts"})) {
    return Match{1, cased(w.core, w.core.back() == 's' ? "governments" : "government"), dotted && !keep_period};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
