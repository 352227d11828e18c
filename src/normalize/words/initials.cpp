// Dotted initials and state abbreviations. eSpeak NG takes the period of "U.S." or "N.Y."
// before a capitalised word as the end of a sentence and pauses there, so no such period
// survives inside a line: "U.S." -> "U.S" (inner periods only, which the engine spells with
// one stress and no pause), "P.J. Fleck" -> "P.J Fleck", "ALBANY, N.Y. —" -> "ALBANY, New York —",
// "Sen. Smith (D-Ill.)" -> "(Democrat of Illinois)".
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

struct State {
  std::string_view ap;      // the AP style abbreviation, without its final period
  std::string_view postal;  // the two-letter postal code
  std::string_view name;
  bool is_word;  // the abbreviation is also an English word or title ("Ill.", "Miss.", "Pa.")
};

constexpr std::array<State, 50> kStates = {{
    {"Ala", "AL", "Alabama", false},        {"Alaska", "AK", "Alaska", false},
    {"Ariz", "AZ", "Arizona", false},       {"Ark", "AR", "Arkansas", true},
    {"Calif", "CA", "California", false},   {"Colo", "CO", "Colorado", false},
    {"Conn", "CT", "Connecticut", false},   {"Del", "DE", "Delaware", true},
    {"Fla", "FL", "Florida", false},        {"Ga", "GA", "Georgia", true},
    {"Hawaii", "HI", "Hawaii", false},      {"Idaho", "ID", "Idaho", false},
    {"Ill", "IL", "Illinois", true},        {"Ind", "IN", "Indiana", true},
    {"Iowa", "IA", "Iowa", false},          {"Kan", "KS", "Kansas", true},
    {"Ky", "KY", "Kentucky", true},         {"La", "LA", "Louisiana", true},
    {"Maine", "ME", "Maine", false},        {"Md", "MD", "Maryland", true},
    {"Mass", "MA", "Massachusetts", true},  {"Mich", "MI", "Michigan", false},
    {"Minn", "MN", "Minnesota", false},     {"Miss", "MS", "Mississippi", true},
    {"Mo", "MO", "Missouri", true},         {"Mont", "MT", "Montana", true},
    {"Neb", "NE", "Nebraska", false},       {"Nev", "NV", "Nevada", false},
    {"N.H", "NH", "New Hampshire", false},  {"N.J", "NJ", "New Jersey", false},
    {"N.M", "NM", "New Mexico", false},     {"N.Y", "NY", "New York", false},
    {"N.C", "NC", "North Carolina", false}, {"N.D", "ND", "North Dakota", false},
    {"Ohio", "OH", "Ohio", false},          {"Okla", "OK", "Oklahoma", false},
    {"Ore", "OR", "Oregon", true},          {"Pa", "PA", "Pennsylvania", true},
    {"R.I", "RI", "Rhode Island", false},   {"S.C", "SC", "South Carolina", false},
    {"S.D", "SD", "South Dakota", false},   {"Tenn", "TN", "Tennessee", false},
    {"Texas", "TX", "Texas", false},        {"Utah", "UT", "Utah", false},
    {"Vt", "VT", "Vermont", true},          {"Va", "VA", "Virginia", true},
    {"Wash", "WA", "Washington", true},     {"W.Va", "WV", "West Virginia", false},
    {"Wis", "WI", "Wisconsin", false},      {"Wyo", "WY", "Wyoming", false},
}};

// Abbreviations outside AP style that copy still uses, and Canada's provinces as the Canadian
// Press abbreviates them ("Stanstead, Que.").
constexpr std::array<State, 13> kOtherPlaces = {{
    {"Tex", "", "Texas", false},       {"Wisc", "", "Wisconsin", false},     {"Nebr", "", "Nebraska", false},
    {"Oreg", "", "Oregon", false},     {"Ont", "", "Ontario", false},        {"Que", "", "Quebec", true},
    {"Alta", "", "Alberta", true},     {"Sask", "", "Saskatchewan", false},  {"Man", "", "Manitoba", true},
    {"B.C", "", "British Columbia", true}, {"N.S", "", "Nova Scotia", true}, {"N.B", "", "New Brunswick", true},
    {"Nfld", "", "Newfoundland", false},
}};

const State* ap_state(std::string_view core) {
  for (const State& s : kStates) {
    if (core == s.ap) return &s;
  }
  for (const State& s : kOtherPlaces) {
    if (core == s.ap) return &s;
  }
  return nullptr;
}

// The state whose two-letter postal code `core` is, whatever word or title shares it.
const State* state_by_postal(std::string_view core) {
  for (const State& s : kStates) {
    if (core == s.postal) return &s;
  }
  return nullptr;
}

// "Charleston, SC", "Tampa, FL": a postal code after a place and its comma. Codes that are
// also words ("Fine, OK") need a firmer place (see worded_postal_place); those that are also
// degrees or titles after a name ("Dr. Li, MD") are left alone.
const State* postal_state(std::string_view core, bool firm_place) {
  for (std::string_view taken : {"MD", "PA", "MA", "MS", "DC"}) {
    if (core == taken) return nullptr;
  }
  for (std::string_view word : {"OK", "IN", "OR", "ME", "HI", "ID", "OH", "DE", "CO", "LA", "AL"}) {
    if (core == word && !firm_place) return nullptr;
  }
  return state_by_postal(core);
}

// "in CA and TX", "NY, NJ and PA": postal codes in a list of two or more, joined by commas,
// "and" or "or", name states whatever stands before them, where at least two members are codes
// no word or title shares ("IN and OR" may be words, "MD and PA" degrees and a title). Spelt,
// "C A and T X" is a code a listener must decode; a newsreader says the states.
bool in_list_of_states(const Words& words, std::size_t i) {
  auto member = [&](std::size_t k) { return words[k].prefix.empty() && text::all_upper(words[k].core) &&
                                            words[k].core.size() == 2 && state_by_postal(words[k].core) != nullptr; };
  auto joined = [&](std::size_t left) {  // words[left] and the next member are joined
    std::string_view mark = words[left].suffix;
    if (mark == ",") return std::size_t{1};
    bool word = mark.empty() && left + 2 < words.size() && text::is_one_of(words[left + 1].core, {"and", "or"}) &&
                words[left + 1].suffix.empty();
    return word ? std::size_t{2} : std::size_t{0};
  };
  if (!member(i)) return false;
  std::size_t first = i;
  while (true) {
    bool found = false;
    for (std::size_t gap : {std::size_t{1}, std::size_t{2}}) {
      if (first >= gap && member(first - gap) && joined(first - gap) == gap) {
        first -= gap;
        found = true;
        break;
      }
    }
    if (!found) break;
  }
  std::size_t members = 0;
  std::size_t plain = 0;
  for (std::size_t k = first; k < words.size();) {
    if (!member(k)) break;
    ++members;
    if (postal_state(words[k].core, false) != nullptr) ++plain;
    std::size_t gap = joined(k);
    if (gap == 0 || k + gap >= words.size()) break;
    k += gap;
  }
  return members >= 2 && plain >= 2;
}

// "ALBANY, N.Y." or "Springfield, Ill.": the abbreviation follows a place name and its comma.
bool after_place(const Words& words, std::size_t i) {
  return i > 0 && text::is_capitalized(words[i - 1].core) && words[i - 1].suffix == ",";
}

// "Rand Paul (Ky.)": a state in parentheses after a lawmaker's name.
bool in_parentheses(const Word& w) { return w.prefix == "(" && text::starts_with(w.suffix, ".)"); }

// The postal code ends the place: a mark, the line's end, a ZIP code, a bracket or a
// lower-case word after it.
bool ends_place(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 == words.size() || words[i + 1].prefix == "(") return true;
  std::string_view next = words[i + 1].core;
  return !next.empty() && (text::is_lower(next[0]) || (next.size() == 5 && text::all_digits(next)));
}

// "Tulsa, OK." and "Honolulu, HI;": a code that is also a word is a state only when the place
// is a name inside the sentence (not its first word, as "Fine, OK" is), written in mixed case,
// and the code closes the phrase with a mark or a bracket after it.
bool worded_postal_place(const Words& words, std::size_t i) {
  if (i < 2 || !after_place(words, i)) return false;
  std::string_view place = words[i - 1].core;
  std::string_view mark = words[i - 2].suffix;
  bool opens_sentence = !mark.empty() && (mark.back() == '.' || mark.back() == '!' || mark.back() == '?' || mark.back() == ':');
  bool closes = (!words[i].suffix.empty() && words[i].suffix[0] != '-') || i + 1 == words.size() ||
                words[i + 1].prefix == "(";
  return !opens_sentence && !text::all_upper(place) && closes;
}

// "Calif.-based", "Minn.-born": a state abbreviation joined to what follows by a hyphen.
std::optional<std::string> state_compound(std::string_view core) {
  std::size_t joint = core.find(".-");
  if (joint == std::string_view::npos || joint + 2 >= core.size()) return std::nullopt;
  std::string_view rest = core.substr(joint + 2);
  const State* s = ap_state(core.substr(0, joint));
  if (!s || !text::all_alpha(rest) || !text::is_lower(rest[0])) return std::nullopt;
  return std::string(s->name) + "-" + std::string(rest);
}

// "U.S", "P.J", "D.C" (the final period is the word's suffix): capitals each followed by a
// period, at least two of them.
bool dotted_capitals(std::string_view core) {
  if (core.size() < 3 || core.size() % 2 == 0) return false;
  for (std::size_t k = 0; k < core.size(); ++k) {
    if (k % 2 == 0 ? !text::is_upper(core[k]) : core[k] != '.') return false;
  }
  return true;
}

// "Ph.D", "M.Sc": each group of a degree opens with a capital. "A.x" and "b.py" are names in
// code (a field of an object, a file), not letters to spell.
bool dotted_groups(std::string_view core) {
  std::size_t groups = 0;
  std::size_t run = 0;
  for (std::size_t k = 0; k <= core.size(); ++k) {
    if (k == core.size() || core[k] == '.') {
      if (run == 0 || run > 2) return false;
      ++groups;
      run = 0;
    } else if (text::is_alpha(core[k])) {
      if (run == 0 && !text::is_upper(core[k])) return false;
      ++run;
    } else {
      return false;
    }
  }
  return groups >= 2;
}

std::string text_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (text::is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}


// "D-Ill" -> "Democrat" and "Ill": a party's letter and what follows its hyphen or en dash.
struct PartyTag {
  std::string_view party;
  std::string_view place;
};

std::optional<PartyTag> party_tag(std::string_view core) {
  std::string_view party = core.empty() ? "" : core[0] == 'D' ? "Democrat" : core[0] == 'R' ? "Republican" : core[0] == 'I' ? "independent" : "";
  if (party.empty()) return std::nullopt;
  for (std::string_view dash : {"-", "\u2013"}) {
    if (core.size() > dash.size() + 2 && core.substr(1, dash.size()) == dash) return PartyTag{party, core.substr(1 + dash.size())};
  }
  return std::nullopt;
}

// "D-Ill", "R-N.Y", "I-Vt", "R\u2013Texas": a party and a state after a lawmaker's name.
std::optional<std::string> party_label(std::string_view core) {
  auto tag = party_tag(core);
  if (!tag) return std::nullopt;
  for (const State& s : kStates) {
    if (tag->place == s.ap || tag->place == s.postal || tag->place == s.name) {
      return std::string(tag->party) + " of " + std::string(s.name);
    }
  }
  return std::nullopt;
}

// "Sen. Ann Roe (R-Fresno)", "(D-San Mateo)": a state legislator's tag names the home town, in
// brackets right after the name; up to three capitalised words, the last closing the bracket.
std::optional<Match> party_and_town(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.prefix != "(" || i == 0 || !words[i - 1].suffix.empty() || !text::is_capitalized(words[i - 1].core)) {
    return std::nullopt;
  }
  auto tag = party_tag(w.core);
  if (!tag || tag->place.size() < 3 || tag->place == "Day" || !text::all_alpha(tag->place) || !text::is_capitalized(tag->place) ||
      text::all_upper(tag->place)) {
    return std::nullopt;
  }
  std::string spoken = std::string(tag->party) + " of " + std::string(tag->place);
  for (std::size_t k = i; k < words.size() && k < i + 3; ++k) {
    const Word& part = words[k];
    if (k > i) {
      if (!part.prefix.empty() || !text::is_capitalized(part.core) || !text::all_alpha(part.core)) return std::nullopt;
      spoken += " " + std::string(part.core);
    }
    if (text::starts_with(part.suffix, ")")) return Match{k - i + 1, spoken, false};
    if (!part.suffix.empty()) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

namespace {

// eSpeak NG takes a chain that opens with "e.g." or "a.k.a." and goes on as that abbreviation
// ("E.G.C.C" is "for example C C"; every other opening of two or three letters was checked and
// is spelled). One hyphen inside the opening breaks the match and keeps the letter names.
void break_abbreviation_opening(std::string& chain) {
  auto opens_with = [&chain](std::string_view opening) {
    if (chain.size() <= opening.size()) return false;
    for (std::size_t k = 0; k < opening.size(); ++k) {
      char c = chain[k];
      if ((text::is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c) != opening[k]) return false;
    }
    return true;
  };
  if (opens_with("e.g.")) chain[1] = '-';
  if (opens_with("a.k.a.")) chain[3] = '-';
}

}  // namespace

// eSpeak NG spells letters joined by periods ("E.A.G") as letter names, the A included, and
// does not pause inside them; with hyphens ("E-A-G") it reads the A as the article.
std::string spelled_letters(std::string_view core, bool keep_digits) {
  std::string out;
  for (char c : core) {
    if (!text::is_alpha(c) && !(keep_digits && text::is_digit(c))) continue;
    if (!out.empty()) out.push_back('.');
    out.push_back(c);
  }
  break_abbreviation_opening(out);
  return out;
}

std::string letter_names(std::string_view letters) {
  return letters == "A" ? std::string("Eh") : spelled_letters(letters);
}

namespace {

// "Walter A. Reed": a lone "A." is a middle initial only after a given name; in "the grade
// was A. Then..." it is the letter at a sentence end, and keeps its period.
bool after_given_name(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core) &&
         text::all_alpha(words[i - 1].core);
}

// "Ann I. Moss": a lone "I." is a middle initial between a given name and a surname. After a
// ruler's title ("King Louis I. Between ...") it is a regnal number ending a sentence, and a
// function word after it ("... I. The") opens the next sentence.
bool middle_i(const Words& words, std::size_t i) {
  if (!after_given_name(words, i)) return false;
  if (i >= 2 && text::is_one_of(words[i - 2].core, {"King", "Queen", "Pope", "Emperor", "Tsar", "Czar", "Prince",
                                                    "Princess", "Duke", "Sultan", "Shah", "Pharaoh", "Kaiser"})) {
    return false;
  }
  return i + 1 < words.size() && !text::is_function_word(text::lower(words[i + 1].core));
}

// "Lorenz M, Wozel G, Schmitt J. Title": in a reference's list of authors (surname, then
// initials without periods, then a comma) the last author's initial carries the period that
// ends the list, and the title follows as a new sentence.
bool ends_author_list(const Words& words, std::size_t i) {
  if (i < 2 || !words[i - 1].suffix.empty() || !text::is_capitalized(words[i - 1].core)) return false;
  const Word& before = words[i - 2];
  if (before.suffix != "," || before.core.size() > 2 || !text::all_upper(before.core) || !text::all_alpha(before.core)) {
    return false;
  }
  // The initials before the comma follow a surname of their own ("Wozel G,"): "in the US,
  // Kamala D. Harris" is no list.
  return i >= 3 && words[i - 3].suffix.empty() && text::is_capitalized(words[i - 3].core) &&
         !text::all_upper(words[i - 3].core);
}

}  // namespace

std::optional<Match> match_initials(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool last = i + 1 == words.size();
  // The period is kept only where the line ends: there it also ends the sentence.
  bool eat = text::has_period(w) && !last;
  if (auto label = party_label(w.core)) return Match{1, *label, text::has_period(w)};
  if (auto town = party_and_town(words, i)) return town;
  if (text::has_period(w)) {
    if (const State* s = ap_state(w.core); s && (!s->is_word || after_place(words, i) || in_parentheses(w))) {
      return Match{1, std::string(s->name), eat};
    }
  }
  if (auto compound = state_compound(w.core)) return Match{1, *compound, false};
  if (const State* s = postal_state(w.core, worded_postal_place(words, i));
      s && w.prefix.empty() && after_place(words, i) && ends_place(words, i)) {
    return Match{1, std::string(s->name), false};
  }
  if (in_list_of_states(words, i)) return Match{1, std::string(state_by_postal(w.core)->name), false};
  if (dotted_capitals(w.core) && text::has_period(w)) return Match{1, spelled_letters(w.core), eat};
  // "Ph.D.", "M.Sc.": a degree, letters in dotted groups of one or two with a capital.
  if (text::has_period(w) && dotted_groups(w.core)) return Match{1, spelled_letters(text_upper(w.core)), eat};
  // "L.A.'s", "U.S.'": a possessive after dotted capitals.
  for (std::string_view tail : {"'s", "\u2019s", "'"}) {
    if (text::ends_with(w.core, tail) && w.core.size() > tail.size() + 1 && w.core[w.core.size() - tail.size() - 1] == '.') {
      std::string_view letters = w.core.substr(0, w.core.size() - tail.size() - 1);
      if (dotted_capitals(letters)) return Match{1, spelled_letters(letters) + (tail == "'" ? ".'" : ".'s"), false};
    }
  }
  // "C. Dobkin", "John F. Kennedy": a single initial before a name; a lone "I." only after a
  // given name ("Ann I. Moss"), since elsewhere it is the pronoun ending a sentence.
  if (w.core.size() == 1 && text::is_upper(w.core[0]) && w.suffix == "." && !last && (w.core != "I" || middle_i(words, i)) &&
      text::is_capitalized(words[i + 1].core) && words[i + 1].prefix.empty() && !text::opens_sentence(words[i + 1].core) &&
      (w.core != "A" || after_given_name(words, i)) && !ends_author_list(words, i)) {
    // Without its period a lone "A" is the article to eSpeak NG ("Walter A Reed" says "uh").
    return Match{1, letter_names(w.core), true};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
