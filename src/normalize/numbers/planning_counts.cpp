// "7 No dwellings", "12 No. units", "4no. flats": British planning and tender documents write
// "No" (number) between a count and the plural noun it counts. A newsreader says the count and
// the noun ("seven dwellings"); left in, eSpeak NG says the word "no", which turns the count
// into a negation. Only the capitalised "No", or "no" with its abbreviation's period or glued to
// the figure, between a plain count and a lower-case word qualifies: "12 no new cases" (the
// negation) stays, and "No. 10" (a number sign before a figure) is the abbreviation rule's.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// A plain count: "7", "12", "1,200"; no leading zero, no decimals.
bool is_count(std::string_view s) {
  auto number = text::parse_number(s);
  return number && !number->has_point && !number->negative && !number->integer.empty() && number->integer[0] != '0' &&
         number->integer.size() <= 5;
}

// The counted noun: a lower-case word ("dwellings") or a size before it ("3-bed", "two-storey").
// In a referendum "No" is a side ("1,200 No votes", "the No campaign"), and stays a word.
bool starts_counted_noun(const Word& w, bool glued) {
  if (!w.prefix.empty() || w.core.empty()) return false;
  // Glued to its figure ("5Nr lamp posts") the abbreviation is no word: any noun is counted.
  if (glued && text::is_lower(w.core[0])) return !text::is_one_of(w.core, {"of", "more", "less"});
  // Only a plural noun is counted: "Item 6 No longer applies", "Clause 4 No person may" and
  // "7 No and 5 Yes" are the word "no".
  if (text::is_lower(w.core[0])) {
    bool plural = w.core.size() > 3 && w.core.back() == 's' && !text::ends_with(w.core, "ss");
    return plural && !text::is_one_of(w.core, {"votes", "voters", "campaigners", "supporters", "balls", "thanks"});
  }
  std::size_t dash = w.core.find('-');
  return dash != std::string_view::npos && dash > 0 && text::all_digits(w.core.substr(0, dash)) && dash + 1 < w.core.size() &&
         text::is_lower(w.core[dash + 1]);
}

// "No", "No.", "no.", "Nr", "Nr.", "nr.": the planning "number" (the bare lower-case "no" is a negation).
bool is_number_word(const Word& w) {
  bool dotted = text::has_period(w) && w.suffix.size() == 1;
  if (w.core == "No" || w.core == "Nr") return w.suffix.empty() || dotted;
  return (w.core == "no" || w.core == "nr") && dotted;
}

// "Exhibit 9 No fingerprints", "Plot 3 No access", "In 2 No cases": after a label or a
// capitalised word the figure is a label's number or opens a sentence, and "No" is the word.
bool after_a_label(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  bool capitalised_name = !before.empty() && text::is_upper(before[0]) && !text::is_function_word(text::lower(before));
  return capitalised_name ||
         text::is_one_of_lowered(before, {"item", "rule", "clause", "question", "step", "exhibit", "plot", "section",
                                               "article", "part", "paragraph", "page", "chapter", "phase", "stage",
                                               "level", "room", "gate", "platform", "lot", "unit", "point", "answer"});
}

}  // namespace

std::optional<Match> match_planning_count(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || (!words[i].prefix.empty() && words[i].prefix != "(")) return std::nullopt;
  if (after_a_label(words, i)) return std::nullopt;
  std::string_view core = words[i].core;
  // "4no. flats", "6No dwellings": the abbreviation glued to its count.
  for (std::string_view glued : {std::string_view("No"), std::string_view("no"), std::string_view("Nr"), std::string_view("nr")}) {
    if (core.size() <= glued.size() || !text::ends_with(core, glued)) continue;
    std::string_view figure = core.substr(0, core.size() - glued.size());
    bool dotted = text::has_period(words[i]) && words[i].suffix.size() == 1;
    bool accepted = dotted || (words[i].suffix.empty() && glued != "no");
    if (!is_count(figure) || !accepted || !starts_counted_noun(words[i + 1], true)) return std::nullopt;
    return Match{1, number_words(*text::parse_number(figure), false), true};
  }
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !is_count(core)) return std::nullopt;
  if (!words[i + 1].prefix.empty() || !is_number_word(words[i + 1]) || !starts_counted_noun(words[i + 2], false)) return std::nullopt;
  return Match{2, number_words(*text::parse_number(core), false), true};
}

}  // namespace briefcast::rules
