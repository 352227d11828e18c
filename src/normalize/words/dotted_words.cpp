// Dotted abbreviations whose period is no sentence's end: a comma, a lowercase word, a figure or a
// Roman numeral goes on after it, so the short form stands for its one word ("Esq.," ->
// "Esquire", "the Lagos Expwy. in" -> "Expressway", "Sta. 12+50" -> "Station", "a full yr.,"
// -> "year", "an opening wk.'s gross" -> "week's", "a 6-cyl. model" -> "six-cylinder"). Left as
// written, eSpeak NG said a stub ("ex p w y") and paused at the period as at a sentence's end.
// Before a Roman numeral, a label's numeral is a count ("Div. I-A" -> "Division one-A").
// Where the period does end the sentence, or a capital follows, the form is left to the other
// rules: "Sun." may be a newspaper, "Cat." the animal, "min." a minute after a figure. Stubs
// that are other words as well ("Min.", "ph.") are read only with their cue.
#include <algorithm>
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

using text::Said;

// Forms that are no other word, said in full when their period goes on.
// "Pres." ("First Pres." for a Presbyterian church) and "Div." (a dividend's yield) are other
// words too: the title before a name and the numbered division are read by their own rules.
constexpr std::array<Said, 8> kDottedWords = {{
    {"Esq", "Esquire"},
    {"Expwy", "Expressway"},
    {"Expy", "Expressway"},
    {"Sta", "Station"},
    {"wk", "week"},
    {"yr", "year"},
    {"cyl", "cylinder"},
    {"Coll", "Collection"},
}};

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
  auto label = short_label_word(w.core);
  if (!label || w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  // After "No." a lone "I" is as often the pronoun opening the next sentence, an answer ("No. I
  // think", "No. I, for one"), whatever follows it.
  if (words[i + 1].core == "I" && lone_i_stays_pronoun_after(w.core)) return std::nullopt;
  auto count = numeral_count(words[i + 1].core);
  if (!count) return std::nullopt;
  return Match{2, std::string(*label) + " " + *count, false};
}

// "(03) 9600 5512", "0722 555 018": a phone number's shape after the stub, a bracketed area code
// or seven figures and more across the groups that follow; "Ph. 7" (a phase, a pH) has neither.
bool phone_number_after(const Words& words, std::size_t i) {
  if (i + 1 < words.size() && words[i + 1].prefix == "(" && !words[i + 1].core.empty() &&
      text::all_digits(words[i + 1].core)) {
    return true;
  }
  std::size_t figures = 0;
  for (std::size_t j = i + 1; j < words.size() && j < i + 5; ++j) {
    std::string_view core = words[j].core;
    if (core.empty() || !(words[j].prefix.empty() || words[j].prefix == "(")) break;
    // A group holds figures, perhaps hyphened or closing the bracket ("03)", "555-0142").
    if (!text::is_digit(core[0]) || core.find_first_not_of("0123456789-) ") != std::string_view::npos) break;
    figures += static_cast<std::size_t>(std::count_if(core.begin(), core.end(), [](char c) { return text::is_digit(c); }));
    if (!words[j].suffix.empty() && words[j].suffix != ")") break;
  }
  return figures >= 7;
}

// "Cal. Penal Code", "Cal. Civ. Proc. Code", "Cal. Health & Safety Code": one to three
// capitalised words of a code's name (or "&") and then "Code", within four words. Anything else
// after "Cal." ("to Cal. Health officials", "Cal. Code of conduct") may open a new sentence
// after the university's short name, so the period stays.
bool names_a_code(const Words& words, std::size_t first) {
  for (std::size_t k = first; k < words.size() && k < first + 4; ++k) {
    const Word& word = words[k];
    if (!word.prefix.empty()) return false;
    if (k > first && word.core == "Code") return true;
    if (word.core != "&" && !text::is_capitalized(word.core)) return false;
    if (!word.suffix.empty() && word.suffix != ".") return false;
  }
  return false;
}

// "Min. for Trade": a minister's title before "for" and a capitalised portfolio; "Min. for the
// night" is a minimum. "temp. of 38": the temperature before "of" or a figure. "Cal. Penal
// Code": California before a code's name. "ph. (02) 8123 4467": the phone before a phone
// number's shape.
std::optional<Match> cued_stub(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix != "." || i + 1 >= words.size()) return std::nullopt;
  const Word& next = words[i + 1];
  if (w.core == "Min" && next.core == "for" && next.prefix.empty() && next.suffix.empty() && starts_name(words, i + 2) &&
      !text::is_function_word(text::lower(words[i + 2].core))) {
    return Match{1, "Minister", true};
  }
  // "a core temp. of 38", "body temp. 39C": the temperature of a reading, before "of" or a figure;
  // "the temp. agency" is a worker's.
  if (w.core == "temp" && (next.core == "of" || (!next.core.empty() && text::is_digit(next.core[0])))) {
    return Match{1, "temperature", true};
  }
  if (w.core == "Cal" && names_a_code(words, i + 1)) return Match{1, "California", true};
  if (text::is_one_of(w.core, {"ph", "Ph"}) && phone_number_after(words, i)) {
    return Match{1, w.core == "ph" ? "phone" : "Phone", true};
  }
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
