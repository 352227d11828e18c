// Codes that are no quantities: a number to dial or text ("Text STOP to 78901", "dial 999"
// -> "seven eight nine zero one", "nine nine nine", never "seventy eight thousand ...") and a
// British postcode ("SW1A 2AA" -> "S.W one A, two A.A", a range of districts "BS1-BS8"), spelt
// as people say it before any figure rule can split it; and the long number of a record ("IMO 9321483", "case number
// 2021012345", "bug 1845432", "FRB 121102"), said figure by figure as any reference is, never
// as billions.
#include "normalize/codes/codes.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

bool is_text_verb(std::string_view w) {
  return text::is_one_of_lowered(w, {"text", "texting", "texted", "texts", "txt", "sms"});
}

bool is_dial_verb(std::string_view w) {
  return text::is_one_of_lowered(w, {"dial", "dialled", "dialed", "dialling", "dialing"});
}

bool is_call_verb(std::string_view w) {
  return text::is_one_of_lowered(w, {"call", "called", "calling", "calls", "ring", "rang", "rings", "ringing",
                                          "phone", "phoned", "phones", "phoning", "contact", "contacting"});
}

// Three-figure service numbers that are dialled, in the countries whose news is read here.
bool is_service_number(std::string_view digits) {
  return text::is_one_of(digits, {"999", "911", "112", "111", "101", "988", "211", "311", "000", "116", "105"});
}

namespace {

// "Report it to police on 101", "NHS 111 on 111": a line about police or health care, where a
// service number after "on" is one to dial even without a calling verb.
bool is_service_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"police", "nhs", "ambulance", "emergency", "crimestoppers", "gp", "paramedics",
                                          "coastguard", "non-emergency", "officers", "medical", "healthline"});
}

// "Call 1737 any time", "ring 0845 now": any number of four to six figures after a present
// calling verb is one to dial when the clause ends with it or goes on as a call does. After
// "called" a figure is as often a name ("a film called 1917"), and after any of them a count
// may follow ("call 2000 voters"), so the words after it are asked.
bool calls_a_number(const Words& words, std::size_t i) {
  const Word& verb = words[i - 1];
  if (!text::is_one_of_lowered(verb.core, {"call", "ring", "phone", "calls", "rings", "phones"})) return false;
  if (words[i].core.size() < 4) return false;
  bool clause_ends = !words[i].suffix.empty() || i + 1 == words.size();
  return clause_ends || text::is_one_of_lowered(words[i + 1].core,
                                        {"for", "now", "today", "tonight", "anytime", "any", "at", "from", "or", "if",
                                         "free", "day", "between", "during", "to"});
}

// "text a reminder to 20000 voters", "text 300 000 people": the figure ending at `last` counts
// the things the plural after it names, so it is no code (a short word such as "as" or "is" is
// no such noun: "call 13 11 14 as soon as you can").
bool counts_things(const Words& words, std::size_t last) {
  if (last + 1 >= words.size() || !words[last].suffix.empty()) return false;
  const std::string_view next = words[last + 1].core;
  return next.size() > 2 && text::all_alpha(next) && text::is_lower(next[0]) && (next.back() == 's' || next == "people");
}

// "dial 13 11 14", "phone 131 444", "call 116 123": a short number written in spaced groups of
// two to four figures after a word of dialling, which the telephone rule does not take. Groups
// of two are said as numbers ("thirteen eleven fourteen", as such lines are announced), longer
// ones figure by figure. Returns nothing for a single group.
std::optional<Match> spaced_short_number(const Words& words, std::size_t i) {
  std::size_t k = i;
  std::size_t figures = 0;
  std::string spoken;
  bool paired = false;  // every group so far is a pair said as a number
  while (k < words.size() && k < i + 4 && words[k].prefix.empty() && words[k].core.size() >= 2 &&
         words[k].core.size() <= 4 && text::all_digits(words[k].core)) {
    std::string_view group = words[k].core;
    figures += group.size();
    // "thirteen eleven fourteen" runs on as one number; figure by figure, groups are parted.
    bool pair = group.size() == 2 && group[0] != '0';
    bool first = spoken.empty();
    if (!first) spoken += pair && paired ? " " : ", ";
    paired = pair && (first || paired);
    spoken += pair ? cardinal_words(group) : digit_words(group);
    ++k;
    if (!words[k - 1].suffix.empty()) break;
  }
  if (k - i < 2 || figures < 5 || figures > 10) return std::nullopt;
  // "text 300 000 people": a count with its thousands spaced.
  if (counts_things(words, k - 1)) return std::nullopt;
  return Match{k - i, spoken, false};
}

// "Text HOME to 85258": "to" after a texting verb and at most two words (the keyword).
bool follows_text_verb(const Words& words, std::size_t i) {
  for (std::size_t k = i - 1; k > 0 && k + 3 >= i; --k) {
    if (is_text_verb(words[k - 1].core)) return true;
  }
  return false;
}

// "Report it to police on 101": a service number after "on" in a line about a service, unless a
// capitalised name follows ("arrested on 101 Main Street" is a house number).
bool service_on(const Words& words, std::size_t i) {
  const bool named_after = i + 1 < words.size() && words[i].suffix.empty() && text::is_capitalized(words[i + 1].core);
  return is_service_number(words[i].core) && !named_after && text::any_word(words, is_service_word);
}

// "call the police on 101", "ring Crimestoppers on 0800 ...": a number after "on", a few words
// after a calling verb (not right after it: "called on 300 firms" urges them).
bool follows_call_verb(const Words& words, std::size_t i) {
  if (i < 3) return false;
  for (std::size_t k = i - 2; k > 0 && k + 7 > i; --k) {
    if (k + 2 < i && is_call_verb(words[k - 1].core) && words[k - 1].suffix.empty()) return true;
  }
  return false;
}

bool is_helpline(std::string_view w) { return text::is_one_of_lowered(w, {"hotline", "helpline", "textline"}); }

// "our non-emergency number 101", "the line 111": the word for a number before a service number.
bool is_number_word(std::string_view w) { return text::is_one_of_lowered(w, {"number", "line"}); }

// "dial 999 or 112", "call 101 or 111": a second number joined to one after the verb.
bool joined_to_dialled(const Words& words, std::size_t i) {
  if (i < 3 || !text::is_one_of_lowered(words[i - 1].core, {"or", "and"})) return false;
  const Word& first = words[i - 2];
  const Word& verb = words[i - 3];
  if (!first.suffix.empty() || !text::all_digits(first.core) || !verb.suffix.empty()) return false;
  return is_dial_verb(verb.core) || is_text_verb(verb.core) || (is_call_verb(verb.core) && is_service_number(first.core));
}

// "receive code 7932", "enter PIN 0418": a code keyed in, said figure by figure. A code of law
// before its section ("penal code 302") is no such code.
bool keyed_code(const Words& words, std::size_t i) {
  const Word& before = words[i - 1];
  if (!before.suffix.empty() || words[i].core.size() < 4 || !text::is_one_of_lowered(before.core, {"code", "pin", "passcode", "otp"})) {
    return false;
  }
  // "the Insolvency and Bankruptcy Code 2016": a code named in capitals is a law, its figure a year.
  std::string_view figure = words[i].core;
  bool year = figure.size() == 4 && text::all_digits(figure) && (text::starts_with(figure, "19") || text::starts_with(figure, "20"));
  if (before.core == "Code" && year && i >= 2 && text::is_capitalized(words[i - 2].core)) return false;
  return i < 2 || !text::is_one_of_lowered(words[i - 2].core, {"penal", "criminal", "civil", "tax", "building", "labor",
                                                                   "labour", "highway", "traffic", "zoning", "health"});
}

// "Text STOP to 78901", "dial 999", "text 988", "texting GIVE to 70085".
std::optional<Match> dialled_code(const Words& words, std::size_t i) {
  std::string_view digits = words[i].core;
  if (digits.size() < 2 || digits.size() > 6 || !text::all_digits(digits) || i == 0) return std::nullopt;
  const Word& before = words[i - 1];
  if (!before.suffix.empty() && before.suffix != ",") return std::nullopt;
  const Word* after = i + 1 < words.size() ? &words[i + 1] : nullptr;
  bool grouped = after && words[i].suffix.empty() && text::all_digits(after->core) && after->prefix.empty();
  bool dialling = before.suffix.empty() && (is_text_verb(before.core) || is_dial_verb(before.core) || is_call_verb(before.core));
  // "call the hotline at 6225 5632", "ring the office on 9321 4470": a number reached after a
  // helpline's name or a calling verb a word or two back.
  bool reached = false;
  if (before.suffix.empty() && text::is_one_of_lowered(before.core, {"at", "on"}) && i >= 2) {
    reached = is_helpline(words[i - 2].core) || is_number_word(words[i - 2].core);
    for (std::size_t back = 3; back <= 4 && back <= i && !reached; ++back) reached = is_call_verb(words[i - back].core);
  }
  if (grouped && (dialling || reached)) {
    // "text 07911 246810": a telephone number, which the telephone rule reads whole.
    if (match_telephone(words, i)) return std::nullopt;
    return spaced_short_number(words, i);
  }
  if (digits.size() < 3) return std::nullopt;
  bool direct = before.suffix.empty() && (is_text_verb(before.core) || is_dial_verb(before.core) ||
                                          (is_call_verb(before.core) && (is_service_number(digits) || calls_a_number(words, i))));
  const bool on = text::lower(before.core) == "on" && before.suffix.empty();
  const bool numbered =
      before.suffix.empty() && (is_helpline(before.core) || (is_service_number(digits) && is_number_word(before.core)));
  const bool texted_to = before.suffix.empty() && text::lower(before.core) == "to" && follows_text_verb(words, i);
  const bool called_on = on && (service_on(words, i) || follows_call_verb(words, i));
  const bool joined = before.suffix.empty() && joined_to_dialled(words, i);
  if (!direct && !texted_to && !called_on && !numbered && !joined && !keyed_code(words, i)) return std::nullopt;
  // A helpline's name says any figure after it is dialled ("the helpline 1737 offers support").
  if (counts_things(words, i) && !is_helpline(before.core)) return std::nullopt;
  // "text 07911 246810": the first group of a telephone number, which the telephone rule reads whole.
  if (grouped) return std::nullopt;
  // A service number is said as people say it: "one oh one", "triple zero" (Australia).
  if (is_service_number(digits)) return Match{1, digits == "000" ? std::string("triple zero") : digit_words(digits, "oh"), false};
  return Match{1, digit_words(digits), false};
}

// "SW1A", "LS6", "CF10", "M1": a postcode's outward part, a postal area (one of the eight
// one-letter areas, or two letters as the Royal Mail assigns them), a district of one or two
// figures, perhaps a letter. The area letters keep model names ("X1", "A4", "F1") out.
struct Outward {
  std::string_view area;
  std::string_view district;
  std::string_view letter;
};

std::optional<Outward> outward(std::string_view s) {
  std::size_t letters = 0;
  while (letters < s.size() && text::is_upper(s[letters])) ++letters;
  std::size_t digits = letters;
  digits = text::digit_run_end(s, digits);
  std::string_view area = s.substr(0, letters);
  std::string_view district = s.substr(letters, digits - letters);
  std::string_view letter = s.substr(digits);
  if (district.empty() || district.size() + letter.size() > 2 || letter.size() > 1) return std::nullopt;
  if (!letter.empty() && std::string_view("ABCDEFGHJKMNPRSTUVWXY").find(letter[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  bool one = area.size() == 1 && std::string_view("BEGLMNSW").find(area[0]) != std::string_view::npos;
  bool two = area.size() == 2 && std::string_view("QVX").find(area[0]) == std::string_view::npos &&
             std::string_view("IJZ").find(area[1]) == std::string_view::npos;
  if (!one && !two) return std::nullopt;
  return Outward{area, district, letter};
}

// "2AA", "3NQ": the inward part, a figure and two letters, never C, I, K, M, O or V; nor a
// size of memory ("M2 8GB" is a chip and its memory).
bool is_inward(std::string_view s) {
  if (s.size() != 3 || !text::is_digit(s[0])) return false;
  for (char c : s.substr(1)) {
    if (!text::is_upper(c) || std::string_view("CIKMOV").find(c) != std::string_view::npos) return false;
  }
  return !text::is_one_of(s.substr(1), {"GB", "TB", "PB"});
}

// eSpeak NG reads a postcode as written as words ("SW3" "swuh three", "4ND" "four and"), so
// it is spelt as people say it: the area's letters, the district as a number, the sector's
// figure and the unit's letters, "S.W three, four N.D". Letters are joined by periods, as
// every spelt initialism is written for the engine.
std::optional<Match> postcode(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto out = outward(words[i].core);
  std::string_view in = words[i + 1].core;
  if (!out || !is_inward(in)) return std::nullopt;
  std::string spoken = spelled_letters(out->area) + " " + cardinal_words(out->district);
  if (!out->letter.empty()) spoken += " " + std::string(out->letter);
  spoken += ", " + std::string(digit_word(in[0])) + " " + spelled_letters(in.substr(1));
  return Match{2, spoken, false};
}

// "BS1-BS8", "LS6–LS9": a range of districts of one postal area, said "B.S one to B.S eight";
// the dash said nothing, and "BS one BS eight" sounded like two districts. A one-letter area
// ("M1-M6" are motorways, "B1-B12" vitamins) needs the line to speak of postcodes.
bool names_postcodes(std::string_view core) {
  return text::is_one_of_lowered(core, {"postcode", "postcodes", "postal"});
}

std::optional<Match> postcode_range(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty() || core.size() > 11) return std::nullopt;
  for (std::string_view dash : {std::string_view("-"), std::string_view("\u2013")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos) continue;
    auto from = outward(core.substr(0, at));
    auto to = outward(core.substr(at + dash.size()));
    if (!from || !to || from->area != to->area || !from->letter.empty() || !to->letter.empty()) return std::nullopt;
    if (std::stoi(std::string(from->district)) >= std::stoi(std::string(to->district))) return std::nullopt;
    if (from->area.size() == 1 && !text::any_word(words, names_postcodes)) return std::nullopt;
    std::string area = speak_word(from->area);
    return Match{1, area + " " + cardinal_words(from->district) + " to " + area + " " + cardinal_words(to->district), false};
  }
  return std::nullopt;
}

// Words that name a record by its number whatever stands between: a ship's IMO and MMSI, a
// book's ISBN, a reference.
bool is_record_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"imo", "mmsi", "isbn", "issn", "ref", "reference", "serial", "tracking",
                                          "passport", "registration", "licence", "license", "patent", "docket",
                                          // A product's codes in trade and recall notices ("NDC 12345-678-90").
                                          "ndc", "upc", "ean", "gtin", "sku", "nsn", "mpn",
                                          // A paper's index numbers in a reference list ("[PMID: 24055351]").
                                          "pmid", "pmcid"});
}

// Words that name a record only with "number" after them: "case number 2021012345", not "in
// case 12345 people come".
bool is_numbered_record_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"case", "account", "policy", "incident", "log", "ticket", "claim", "application",
                                          "invoice", "booking", "membership", "customer", "crime", "order",
                                          "part", "cat", "catalog", "catalogue", "model", "item", "product", "stock"});
}

// "IMO 9321483", "crime reference number 45230012345", "its MMSI number is 235012345": a
// plain figure of five or more after a word that names a record, "number", "No." or "is" between
// them at most, is a reference and is said figure by figure.
}  // namespace

std::optional<std::string> grouped_reference(std::string_view core) {
  if (core.find('-') == std::string_view::npos || core.front() == '-' || core.back() == '-') return std::nullopt;
  std::vector<std::string> groups;
  std::size_t figures = 0;
  for (std::string_view group : text::split(core, '-')) {
    // The last group may end in a check digit of ten, "X" ("0-19-852663-X", "85266X").
    const bool last = group.data() + group.size() == core.data() + core.size();
    const bool check_x = last && !group.empty() && group.back() == 'X';
    std::string_view digits = check_x ? group.substr(0, group.size() - 1) : group;
    if (digits.empty() ? !check_x : !text::all_digits(digits)) return std::nullopt;
    figures += group.size();
    groups.push_back(digits.empty() ? "X" : digit_words(digits) + (check_x ? " X" : ""));
  }
  if (figures < 5 || figures > 20) return std::nullopt;
  return text::joined(groups, ", ");
}

namespace {

// Words that label one thing of many by its number, as a tracker, a register or a catalogue
// does: "bug 1845432", "project 233535", "ticket 650112".
bool is_label_word(std::string_view w) {
  return is_numbered_record_word(w) ||
         text::is_one_of_lowered(w, {"bug", "issue", "project", "build", "job", "request", "item", "lot", "file",
                                     "permit", "petition", "grant", "contract", "tender", "batch", "exhibit",
                                     "specimen", "sample", "catalogue", "catalog", "accession", "id"});
}

// "FRB 121102", "HD 189733": a catalogue's or a register's capitals before their entry's number.
// Not a currency's code ("USD 250000" is an amount), nor a word of a headline in capitals
// ("SALES TOP 250000"), whose neighbours are capitals too.
bool is_capital_code(const Words& words, std::size_t k) {
  std::string_view w = words[k].core;
  if (!text::is_capitals_word(w) || w.size() > 5 || text::is_function_word(text::lower(w))) return false;
  bool shouted = (k > 0 && text::is_capitals_word(words[k - 1].core)) ||
                 (k + 2 < words.size() && text::is_capitals_word(words[k + 2].core));
  return !shouted && !match_currency_code(words, k);
}

// "project 233535", "FRB 121102": a figure of six or more written without separators right after
// a label or a capitalised code names the entry, unless a counted noun follows ("project
// 250000 homes", "lot 120000 square feet"); a count of that size is written "233,535" as often as not, an entry never.
bool labelled_entry(const Words& words, std::size_t i) {
  const Word& before = words[i - 1];
  if (words[i].core.size() < 6 || !text::all_digits(words[i].core) || !before.suffix.empty()) return false;
  if (!is_label_word(before.core) && !is_capital_code(words, i - 1)) return false;
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return true;
  const std::string_view next = words[i + 1].core;
  return !(is_counted_thing(next) || (is_plural_noun(next) && !text::is_function_word(next)) || is_unit_name(next) ||
           find_unit(next) || text::is_one_of_lowered(next, {"square", "cubic", "feet", "foot"}));
}

// "2401234/2023": a tribunal's or a court's case number with the year it was filed after a
// slash, said "two four zero one two three four of twenty twenty-three"; read as one figure the
// slash had made it a fraction ("... two thousand twenty thirds").
std::optional<std::string> reference_of_year(std::string_view core) {
  const std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash < 5 || core.size() - slash - 1 != 4) return std::nullopt;
  std::string_view figures = core.substr(0, slash);
  std::string_view year = core.substr(slash + 1);
  if (!text::all_digits(figures) || !text::all_digits(year) || !(year[0] == '1' || year[0] == '2')) return std::nullopt;
  return digit_words(figures) + " of " + year_words(year);
}

std::optional<Match> record_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // A reference broken by hyphens ("0-19-852663-X") or slashed to its year ("2401234/2023") has a
  // reading of its own; a plain figure has none.
  auto separated_reading = grouped_reference(core);
  if (!separated_reading) separated_reading = reference_of_year(core);
  if (core.size() < 5 || core.size() > 24 || !(text::all_digits(core) || separated_reading) || !words[i].prefix.empty() ||
      i == 0) {
    return std::nullopt;
  }
  if (labelled_entry(words, i)) return Match{1, digit_words(core), false};
  std::size_t k = i;
  while (k > 0 && i - k < 2 && (words[k - 1].suffix.empty() || words[k - 1].suffix == ".") &&
         text::is_one_of_lowered(words[k - 1].core, {"number", "no", "is", "nos"})) {
    --k;
  }
  bool numbered = k < i && text::is_one_of_lowered(words[k].core, {"number", "no", "nos"});
  // "cat. no.", "pt. no.": the record's word may be shortened before "no." too.
  bool shortened = numbered && k > 0 && words[k - 1].suffix == ".";
  if (k == 0 || !(words[k - 1].suffix.empty() || words[k - 1].suffix == ":" || shortened)) return std::nullopt;
  if (!is_record_word(words[k - 1].core) && !(numbered && is_numbered_record_word(words[k - 1].core))) {
    return std::nullopt;
  }
  return Match{1, separated_reading ? *separated_reading : digit_words(core), false};
}

}  // namespace

namespace {

// "a 999 call", "the 911 dispatcher", "a 111 operator": a service number before one call, caller or
// line of it names the number dialled, said figure by figure; "took 999 calls" counts them.
std::optional<Match> service_line(const Words& words, std::size_t i) {
  if (!is_service_number(words[i].core) || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i + 1].core, {"call", "caller", "operator", "line", "service", "number", "system",
                                                   "centre", "center", "dispatcher", "handler", "hotline"})) {
    return std::nullopt;
  }
  return Match{1, digit_words(words[i].core), false};
}

}  // namespace

std::optional<Match> match_code(const Words& words, std::size_t i) {
  if (auto m = postcode(words, i)) return m;
  if (auto m = postcode_range(words, i)) return m;
  if (auto m = service_line(words, i)) return m;
  if (auto m = record_number(words, i)) return m;
  // "Dial 999": taken from the capitalised verb on, before a name rule can pair it with the figure.
  if (i + 1 < words.size() && text::is_capitalized(words[i].core)) {
    if (auto code = dialled_code(words, i + 1)) return Match{1 + code->count, std::string(words[i].core) + " " + code->spoken, false};
    // "Call 1300 655 506": a number in spaced groups after the verb, for the same reason.
    if (auto number = match_telephone(words, i + 1); number && words[i].suffix.empty() && text::all_alpha(words[i].core) &&
                                                     number->count > 1) {
      return Match{1 + number->count, std::string(words[i].core) + " " + number->spoken, false};
    }
  }
  return dialled_code(words, i);
}

bool asks_to_dial(std::string_view w) { return is_text_verb(w) || is_dial_verb(w) || is_call_verb(w); }

}  // namespace briefcast::rules
