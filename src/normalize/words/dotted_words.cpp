// Dotted abbreviations whose period is no sentence's end: a comma, a lowercase word, a figure or a
// Roman numeral goes on after it, so the short form stands for its one word ("Esq.," ->
// "Esquire", "the Lagos Expwy. in" -> "Expressway", "Sta. 12+50" -> "Station", "a full yr.,"
// -> "year", "an opening wk.'s gross" -> "week's", "a 6-cyl. model" -> "six-cylinder"). Left as
// written, eSpeak NG said a stub ("ex p w y") and paused at the period as at a sentence's end.
// Before a Roman numeral, a label's numeral is a count ("Div. I-A" -> "Division one-A").
// Where the period does end the sentence, or a capital follows, the form is left to the other
// rules: "Sun." may be a newspaper, "Cat." the animal, "min." a minute after a figure.
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

using text::Said;

// Forms that are no other word, said in full when their period goes on.
constexpr std::array<Said, 10> kDottedWords = {{
    {"Esq", "Esquire"},
    {"Expwy", "Expressway"},
    {"Expy", "Expressway"},
    {"Sta", "Station"},
    {"Pres", "President"},
    {"wk", "week"},
    {"yr", "year"},
    {"Div", "Division"},
    {"cyl", "cylinder"},
    {"Coll", "Collection"},
}};

// Labels numbered by a Roman numeral as often as by a figure.
constexpr std::array<Said, 7> kNumeralLabels = {{
    {"Div", "Division"},
    {"Cat", "Category"},
    {"No", "Number"},
    {"Ch", "Chapter"},
    {"Vol", "Volume"},
    {"Pt", "Part"},
    {"Gp", "Group"},
}};

bool figure_or_lowercase(const Word& next) {
  std::string_view core = next.core;
  return !core.empty() && (text::is_digit(core[0]) || text::is_lower(core[0]));
}

// "III", "I-A", "IV": an upper-case numeral up to thirty nine, perhaps with a hyphened letter.
std::optional<std::string> numeral_count(std::string_view core) {
  std::size_t dash = core.find('-');
  std::string_view numeral = core.substr(0, dash);
  std::string_view tail = dash == std::string_view::npos ? std::string_view() : core.substr(dash + 1);
  if (numeral.empty() || numeral.size() > 6 || !text::all_upper(numeral) || !text::all_alpha(numeral)) return std::nullopt;
  auto value = lower_roman_value(text::lower(numeral));
  if (!value || *value > 39) return std::nullopt;
  if (!tail.empty() && !(tail.size() == 1 && text::is_upper(tail[0]))) return std::nullopt;
  std::string said = cardinal_words(std::to_string(*value));
  if (!tail.empty()) said += "-" + letter_names(tail);
  return said;
}

// "Div. I-A", "Cat. II", "No. III": a label's period before a Roman numeral.
std::optional<Match> label_and_numeral(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto label = text::said_for(kNumeralLabels, w.core);
  if (!label || w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  // After "No." a lone "I" may be the pronoun opening the next sentence (an answer: "No. I think").
  if (w.core == "No" && words[i + 1].core == "I" && i + 2 < words.size() && words[i + 1].suffix.empty() &&
      figure_or_lowercase(words[i + 2])) {
    return std::nullopt;
  }
  auto count = numeral_count(words[i + 1].core);
  if (!count) return std::nullopt;
  return Match{2, std::string(*label) + " " + *count, false};
}

// Whether the period of word i goes on into its sentence: a comma after it, or a lowercase word
// or a figure next.
bool period_goes_on(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix == ".,") return true;
  if (w.suffix != "." || i + 1 >= words.size()) return false;
  const Word& next = words[i + 1];
  if (next.prefix.empty()) return figure_or_lowercase(next);
  return false;
}

// "Min. for Finance": a minister's title before "for"; after a figure "min." is a minute and
// before "of" the ministry is as likely. "ph. (03) 9600 5512", "Ph. 0722 555 018": the phone
// before its number.
std::optional<Match> cued_stub(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || i + 1 >= words.size()) return std::nullopt;
  const Word& next = words[i + 1];
  if (w.core == "Min" && next.core == "for" && next.prefix.empty()) return Match{1, "Minister", true};
  bool number_next = !next.core.empty() && text::is_digit(next.core[0]) && (next.prefix.empty() || next.prefix == "(");
  if (text::is_one_of(w.core, {"ph", "Ph"}) && number_next) return Match{1, w.core == "ph" ? "phone" : "Phone", true};
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_dotted_word(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() && w.prefix != "(") return std::nullopt;
  if (auto numbered = label_and_numeral(words, i)) return numbered;
  // "an opening wk.'s gross": the possessive keeps the period inside the word.
  for (std::string_view mark : {std::string_view(".'s"), std::string_view(".\u2019s")}) {
    if (!text::ends_with(w.core, mark)) continue;
    auto said = text::said_for(kDottedWords, w.core.substr(0, w.core.size() - mark.size()));
    if (said && text::is_lower((*said)[0]) == text::is_lower(w.core[0])) return Match{1, std::string(*said) + "'s", false};
  }
  // "a 6-cyl. model": the figure's hyphen joins the stub as an adjective.
  std::size_t dash = w.core.rfind('-');
  if (dash != std::string_view::npos && dash > 0 && w.core.substr(dash + 1) == "cyl" &&
      text::all_digits(w.core.substr(0, dash)) && period_goes_on(words, i)) {
    return Match{1, cardinal_words(w.core.substr(0, dash)) + "-cylinder", true};
  }
  if (auto other = cued_stub(words, i)) return other;
  auto said = text::said_for(kDottedWords, w.core);
  // "ex Coll. Reuter": after "ex" (a provenance) the collection's owner follows, a capital.
  bool provenance = i > 0 && text::iequals(words[i - 1].core, "ex") && w.suffix == "." && i + 1 < words.size();
  if (w.core == "Coll" && !provenance) return std::nullopt;
  if (!said || !(provenance || period_goes_on(words, i))) return std::nullopt;
  std::string spoken(*said);
  if (w.core == "Coll") spoken = "collection";
  return Match{1, spoken, true};
}

}  // namespace briefcast::rules
