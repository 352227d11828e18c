// The letter "A" of a code said before its figures ("the A one", "Airbus A three eighty"):
// eSpeak NG reads a lone capital "A" as the article ("uh one"), and the article rule then made
// "A eighty" into "An eighty". Joined to the first number word by a hyphen ("A-one") it is
// said as the letter. Only inside a sentence, after a word in lower case or a capitalised name
// after one ("the Airbus A"): at a sentence's start, after a colon or a quote, and in a title
// in capitals ("Wins A Two-Year Fight") the "A" is the article. After a noun it labels
// ("Schedule A to", "straight A stars") it is the letter before any word. After the article
// "an" a capital "A" is always the letter ("an A grade", "an A CinemaScore"), as nobody writes
// "an a"; said alone it was "an uh" and the grade was lost.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_number_word(std::string_view token) {
  std::string_view first = token.substr(0, token.find_first_of("-,.;:!?)"));
  return text::is_one_of(first, {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                 "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                 "eighty", "ninety"});
}

// A token after which a sentence or a quoted phrase may begin.
bool opens_phrase(std::string_view token) {
  if (token.empty()) return true;
  char last = token.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' || last == '(' ||
         last == '\'' || static_cast<unsigned char>(last) >= 0x80 || token == "-";
}

bool starts_lower(std::string_view token) { return !token.empty() && text::is_lower(token[0]); }

// Nouns whose label a capital "A" is ("Schedule A", "straight A", "Class A drugs", "Series A
// round"): after them the "A" is the letter whatever follows, never an article.
bool labels_a(std::string_view word) {
  return text::is_one_of_lowered(word, {"schedule", "plan", "type", "grade", "exhibit", "group", "class", "category",
                                        "appendix", "annex", "part", "section", "block", "gate", "zone", "wing", "pool",
                                        "division", "tier", "series", "vitamin", "straight", "table", "figure", "platform",
                                        "terminal", "hall", "row", "ward", "bay", "stand", "option", "question", "team",
                                        "side", "list", "league", "band", "blood", "hepatitis", "influenza", "flu"});
}

// Labels as often a verb or a plain noun before the article ("To Arm A Generation", "Building A
// Better Future", "Cat" a name): the letter only where no title's word follows the "A". "Cat A"
// (a car's permit, a prisoner) only with its capital: "the cat A dog" has lost a stop. Not
// "point": "At that point A spokesman".
bool labels_a_outside_titles(std::string_view word) {
  if (word == "Cat" || word == "CAT") return true;
  return text::is_one_of_lowered(word, {"model", "building", "tower", "arm", "cohort", "batch", "variant", "strain",
                                        "lane"});
}

// "Page A8" of a paper's first section, "Exit A2", "Room A12", "size A4": nouns before a
// lettered figure, after which the "A" is its letter though a capitalised word stands before
// the noun ("Re the story, Page A8"); before a word it may be the article ("the floor A man").
// "(File A3-14)", "Form A2", "case A-7": files, forms and cases are lettered as well; a bracket
// before the noun does not make it a word of its own.
bool labels_a_figure(std::string_view word) {
  if (!word.empty() && word[0] == '(') word.remove_prefix(1);
  return text::is_one_of_lowered(word, {"page", "exit", "level", "floor", "room", "seat", "lot", "unit", "suite",
                                        "pier", "size", "route", "gate", "platform", "terminal", "section", "file",
                                        "form", "docket", "sheet"});
}

// A word of a title after "A": capitalised with small letters after ("Better"), or capitals
// left whole, which by now are a headline's words ("BETTER"); an initialism is spelt by then
// ("Type A R.C.D"), the labelled thing.
bool title_word_after(std::string_view next) {
  if (next.size() < 2 || !text::is_upper(next[0])) return false;
  return text::is_lower(next[1]) || text::all_alpha(next);
}

// The word after "A" that it can be joined to: a plain word, which the hyphen keeps whole.
bool joinable(std::string_view token) { return !token.empty() && text::is_alpha(token[0]); }

// eSpeak NG joins these words with a following "a" as one phrase ("of a", "for a"), and then
// reads a spelled "A.I" after them as "of a dot I". Found by trying every frequent word of the
// pages at hand before "A.I": only these seven do it.
bool joins_article(std::string_view word) {
  return text::is_one_of_lowered(word, {"of", "for", "at", "that", "was", "not", "than"});
}

// "A.I" after such a word: the first letter written "Eh" apart, the rest as it was; a single
// letter left before "'s" loses its period, which eSpeak NG would say as "dot".
std::string letter_a_apart(std::string_view token) {
  std::string rest(token.substr(2));
  if (rest.size() >= 3 && text::is_alpha(rest[0]) && rest[1] == '.' && rest[2] == '\'') rest.erase(1, 1);
  return "Eh " + rest;
}

bool spelled_from_a(std::string_view token) {
  return token.size() >= 3 && token[0] == 'A' && token[1] == '.' && text::is_upper(token[2]);
}

// A lone letter said as its name, perhaps with a mark after it: "R", "B,", "C.".
bool is_lone_capital(std::string_view token) {
  if (token.empty() || !text::is_upper(token[0])) return false;
  return token.find_first_not_of(",.;:!?)", 1) == std::string_view::npos;
}

// "Q and A", "A and E", "A slash B slash seventy": letters joined by "and" (an "&" as written) or
// by a said slash are names of letters, so the "A" among them is too; eSpeak NG read it as the
// article ("Q and uh"), and hyphens cannot join it to a word that is no figure. Written "Eh".
bool letter_a_among_letters(const std::vector<std::string_view>& tokens, std::size_t k) {
  if (!is_lone_capital(tokens[k]) || tokens[k][0] != 'A') return false;
  bool after_and = k >= 2 && tokens[k - 1] == "and" && is_lone_capital(tokens[k - 2]);
  bool before_and = k + 2 < tokens.size() && tokens[k] == "A" && tokens[k + 1] == "and" && is_lone_capital(tokens[k + 2]);
  bool after_slash = k >= 1 && tokens[k - 1] == "slash";
  bool before_slash = k + 2 < tokens.size() && tokens[k] == "A" && tokens[k + 1] == "slash" &&
                      (is_lone_capital(tokens[k + 2]) || is_number_word(tokens[k + 2]));
  return after_and || before_and || after_slash || before_slash;
}

// "grade one A rejection", "three A stars": a lone "A" after a number word and before a word in
// lower case, where a rule said a code's letter (letter_a_after_numbers). Last in its clause ("or
// nine A.") it is said as the letter already; before a number word the hyphen joins it
// ("A-twenty"); before a capital it may open a title ("Part two A New Dawn").
bool letter_a_after_number(const std::vector<std::string_view>& tokens, std::size_t k) {
  // "A-two A absorbs": the number word may close a code the hyphen joined.
  std::string_view before = k > 0 ? tokens[k - 1].substr(tokens[k - 1].rfind('-') + 1) : std::string_view();
  return k > 0 && k + 1 < tokens.size() && tokens[k] == "A" && is_number_word(before) &&
         tokens[k - 1].find_first_of(",.;:!?)") == std::string_view::npos && starts_lower(tokens[k + 1]) &&
         !is_number_word(tokens[k + 1]);
}

}  // namespace

std::string stressed_letter_a(std::string spoken) {
  std::vector<std::string_view> tokens = text::split(spoken, ' ');
  std::string out;
  out.reserve(spoken.size() + 8);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0 && spelled_from_a(tokens[k]) && joins_article(tokens[k - 1])) {
      out.append(letter_a_apart(tokens[k]));
    } else if (letter_a_among_letters(tokens, k)) {
      out.append("Eh").append(tokens[k].substr(1));
    } else {
      out.append(tokens[k]);
    }
    if (k + 1 == tokens.size()) break;
    bool join = false;
    if (tokens[k] == "A" && k > 0 && is_number_word(tokens[k + 1]) && !opens_phrase(tokens[k - 1])) {
      std::string_view before = tokens[k - 1];
      std::string_view two_before = k > 1 ? tokens[k - 2] : std::string_view();
      // "The A1 reopened": after a determiner the "A" is no second article.
      bool determiner = text::is_one_of(before, {"The", "This", "That", "Its", "Their", "Our", "His", "Her"});
      join = starts_lower(before) || determiner ||
             (text::is_capitalized(before) && !text::all_upper(before) && !opens_phrase(two_before) &&
              (starts_lower(two_before) || two_before == "The"));
    }
    join = join || (tokens[k] == "A" && k > 0 && labels_a_figure(tokens[k - 1]) && is_number_word(tokens[k + 1]));
    // "an ASHRAE A one envelope", "the FIA A two licence": after an initialism inside a sentence
    // the "A" is a code's letter too. A headline in capitals has a capitalised word before the
    // initialism, never one in lower case.
    join = join || (tokens[k] == "A" && k > 1 && is_number_word(tokens[k + 1]) && tokens[k - 1].size() >= 2 &&
                    text::all_alpha(tokens[k - 1]) && text::all_upper(tokens[k - 1]) && starts_lower(tokens[k - 2]));
    // "Schedule A to Form ...", "straight A stars": the label's letter.
    // After the labels that are as often verbs, a title's word after the "A" ("Building A Better
    // Future", "BUILDING A BETTER") makes it the article, as the guard above keeps it.
    join = join || (tokens[k] == "A" && k > 0 && labels_a(tokens[k - 1]) && joinable(tokens[k + 1]));
    join = join || (tokens[k] == "A" && k > 0 && labels_a_outside_titles(tokens[k - 1]) && joinable(tokens[k + 1]) &&
                    !title_word_after(tokens[k + 1]));
    // "an A grade": the letter; "an A or B" keeps the choice apart.
    join = join || (tokens[k] == "A" && k > 0 && text::is_one_of(tokens[k - 1], {"an", "An"}) &&
                    joinable(tokens[k + 1]) && !text::is_one_of(tokens[k + 1], {"or", "and", "to"}));
    out.push_back(join ? '-' : ' ');
  }
  return out;
}

std::string letter_a_after_numbers(std::string spoken) {
  std::vector<std::string_view> tokens = text::split(spoken, ' ');
  std::string out;
  out.reserve(spoken.size() + 8);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0) out.push_back(' ');
    out.append(letter_a_after_number(tokens, k) ? std::string_view("Eh") : tokens[k]);
  }
  return out;
}

}  // namespace briefcast::rules
