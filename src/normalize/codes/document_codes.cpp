// A document's number in two zero-padded parts after its series' capitals: "HBN 04-01",
// "ABC 03-02" -> "A B C oh three oh two". The padding marks a catalogue number, not a span, so
// it is one code said figure by figure; read as a range ("zero three to zero two") it named
// several documents. Without the capitals label ("on 01-05", "won 03-01") the pair is left to
// the date and score rules, and a month's or a day's short name is no series label.
// A standard's name in the same shape, "NI 43-101", "XYZ 12-345": a short figure, a dash and
// three more that no range would end on (no round figure, more than twice the first, so a
// score of "99-101" stays a score) are one name, "forty three one oh one"; read as a range it
// was "forty three to one hundred one".
// A product's lot or batch code with a dash, "lot 24-117B", "batch 07-3310": after the label
// of one lot, batch, code or part, or with letters after a three-figure second group that is
// more than twice the first (a range of sizes or teeth, "11-36T", "36R-46R", climbs less
// steeply), the groups are one code, said group by group ("twenty four, one seventeen B");
// read as a range it was "twenty four to one hundred seventeen B". A small rising pair after
// the label ("lot 5-8") may still be a range of lots and keeps that reading.
// After such a label, a reference padded with zeros or holding a group of capitals ("SKU
// 004512", "item 0512-30-07", "ref. KX-2024/0091", "LOT 31-208-C") is a code too: each group
// is said on its own, a padded one figure by figure ("oh oh four five one two"), so no zero
// is lost; a slash between groups is said. "LOT" and "BATCH" in capitals are the words.
#include <algorithm>

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/numbers/numbers.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

bool is_lot_label_word(std::string_view core) {
  // Not "style" nor "pack": "won in style 2-1" is a score.
  // "case C-533-944", "docket 22-1456": a trade or court case's number is such a code too.
  return text::is_one_of_lowered(core, {"lot", "batch", "code", "ref", "part", "item", "sku", "serial", "catalogue",
                                        "catalog", "reference", "article", "art", "b/l", "case", "docket"});
}

bool labels_a_number(std::string_view label, std::string_view before) {
  if (!is_lot_label_word(label)) return false;
  // "won a lot 2-1", "quite a lot": after an article or a quantifier "lot" is an amount.
  if (text::iequals(label, "lot")) return !text::is_one_of_lowered(before, {"a", "an", "the", "whole", "quite", "such"});
  // "in any case", "in which case": the phrase, never a court's case ("in case C-533-944" is one).
  if (text::iequals(label, "case")) {
    return !text::is_one_of_lowered(before, {"any", "this", "that", "which", "each", "every", "either", "such"});
  }
  return true;
}

namespace {

bool is_series_label(const Word& w) {
  std::string_view s = w.core;
  if (s.size() < 2 || s.size() > 6 || !w.suffix.empty() || !text::all_upper(s)) return false;
  return !text::is_one_of_lowered(s, {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
                                      "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "on", "at", "by",
                                      "to", "from", "since", "until", "no"});
}

bool padded_pair_part(std::string_view s) { return s.size() == 2 && text::all_digits(s) && s[0] == '0'; }

// "43-101": one or two figures, a dash, three figures not ending in zero and more than twice
// the first. Said as the trade says it: the first whole, the rest in pairs.
std::optional<std::string> named_standard(std::string_view core) {
  std::size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 2 || core.size() != dash + 4) return std::nullopt;
  std::string_view left = core.substr(0, dash);
  std::string_view right = core.substr(dash + 1);
  if (!text::all_digits(left) || !text::all_digits(right) || left[0] == '0' || right[0] == '0' || right[2] == '0') {
    return std::nullopt;
  }
  if (std::stoi(std::string(right)) <= 2 * std::stoi(std::string(left))) return std::nullopt;
  return cardinal_words(left) + " " + paired_digit_words(right);
}

// "lot", "Batch", "ref.": the label of one lot, batch, code or part.
bool is_lot_label(const Word& w) {
  return (w.suffix.empty() || w.suffix == "." || w.suffix == ":") && is_lot_label_word(w.core);
}

bool is_court_label(const Word& w) { return text::is_one_of_lowered(w.core, {"case", "docket"}); }

// "2024-25", "1998-1999": a year of this or the last century, a dash and the next year's last
// two or all four figures, a span of years ("the base case 2024-25 growth"), never a docket.
bool span_of_years(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  if (!sides || !is_year(sides->before)) return false;
  if (!text::starts_with(sides->before, "19") && !text::starts_with(sides->before, "20")) return false;
  std::string_view next = sides->after;
  if (!text::all_digits(next) || (next.size() != 2 && next.size() != 4)) return false;
  int year = std::stoi(std::string(sides->before));
  int modulus = next.size() == 2 ? 100 : 10000;
  return std::stoi(std::string(next)) == (year + 1) % modulus;
}

// A docket's number: a group of three figures or more, a group of letters, or more than two
// groups ("22-1234", "23-719", "C-533-944"); "5-4", "9-0" and "2-1" have none of these. Figures
// alone around a slash ("case 2023/0098") are a file's number, file_numbers.cpp's.
bool docket_shaped(std::string_view core) {
  if (span_of_years(core)) return false;
  std::size_t groups = 0;
  bool long_group = false;
  bool letters = false;
  for (std::size_t start = 0; start <= core.size(); ++groups) {
    std::size_t end = std::min(core.find_first_of("-/", start), core.size());
    std::string_view group = core.substr(start, end - start);
    letters = letters || !text::all_digits(group);
    long_group = long_group || group.size() >= 3;
    start = end + 1;
  }
  if (!letters && core.find('/') != std::string_view::npos) return false;
  return letters || long_group || groups > 2;
}

// "lot 24-117B", "batch no. 24-117B": the label right before, or before "no."/"number".
// Returns the label's position.
std::optional<std::size_t> lot_label_before(const Words& words, std::size_t i) {
  if (i == 0) return std::nullopt;
  std::size_t k = i - 1;
  if (k > 0 && text::is_one_of_lowered(words[k].core, {"no", "number", "nr"}) &&
      (words[k].suffix.empty() || words[k].suffix == ".")) {
    --k;
  }
  if (!is_lot_label(words[k])) return std::nullopt;
  // After a court's label two small figures are a vote split or a score ("decided the case
  // 6-3", "in any case 2-0 would do"), said "six to three"; only a docket's shape is its number.
  if (is_court_label(words[k]) && !docket_shaped(words[i].core)) return std::nullopt;
  if (k > 0 && !labels_a_number(words[k].core, words[k - 1].core)) return std::nullopt;
  return k;
}

std::optional<Match> lot_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty() || core.size() > 12) return std::nullopt;
  auto sides = text::split_at_range_dash(core);
  if (!sides || sides->before.empty() || sides->before.size() > 4 || !text::all_digits(sides->before)) return std::nullopt;
  std::string_view right = sides->after;
  std::size_t figures = text::digit_run_end(right, 0);
  std::string_view digits = right.substr(0, figures);
  std::string_view letters = right.substr(figures);
  if (figures == 0 || figures > 5 || letters.size() > 2 ||
      (!letters.empty() && (!text::all_upper(letters) || find_unit(letters)))) {
    return std::nullopt;
  }
  int low = std::stoi(std::string(sides->before));
  int high = std::stoi(std::string(digits));
  bool steep = figures >= 3 && sides->before.size() < figures && high > 2 * low;
  auto label = lot_label_before(words, i);
  // "played its part 2-1": after "part" or "item" a falling pair of like figures is a score; a
  // code's second group there is larger, carries a letter or is far shorter ("part 614-2").
  bool role_word = label && text::is_one_of_lowered(words[*label].core, {"part", "item"});
  bool falls_as_code = high <= low && label && (!role_word || sides->before.size() > figures + 1);
  // "07-3310", "24-01": a group padded with a zero; a lone "0" is a score's nil.
  bool padded = (sides->before.size() > 1 && sides->before[0] == '0') || (figures > 1 && digits[0] == '0');
  bool labelled = label && (steep || !letters.empty() || falls_as_code || padded);
  if (!labelled && !(steep && !letters.empty())) return std::nullopt;
  std::string said = code_group_words(sides->before) + ", " + code_group_words(digits);
  if (!letters.empty()) said += " " + spelled_letters(letters);
  return Match{1, said, false};
}

// One group of a labelled reference: capitals spelt, figures as code_group_words says them.
std::optional<std::string> reference_group(std::string_view group) {
  if (group.empty() || group.size() > 6) return std::nullopt;
  if (text::all_digits(group)) return code_group_words(group);
  if (text::all_upper(group) && group.size() <= 4) return spelled_letters(group);
  return std::nullopt;
}

// "004512", "0512-30-07", "KX-2024/0091", "31-208-C": groups of figures or capitals joined by
// hyphens or slashes, one of them padded with a zero or made of capitals, and one of figures.
std::optional<std::string> padded_reference(std::string_view core) {
  if (core.size() < 3 || core.size() > 20) return std::nullopt;
  std::string said;
  bool figures = false;
  bool marked = false;
  std::size_t groups = 0;
  bool letters_before = false;
  for (std::size_t start = 0; start <= core.size(); ++groups) {
    std::size_t end = std::min(core.find_first_of("-/", start), core.size());
    std::string_view group = core.substr(start, end - start);
    auto words = reference_group(group);
    if (!words) return std::nullopt;
    bool digits = text::all_digits(group);
    figures = figures || digits;
    marked = marked || !digits || (group.size() > 1 && group[0] == '0');
    // After a group of capitals the figures follow as its number, with no pause ("C five thirty three").
    if (start > 0) said += core[start - 1] == '/' ? " slash " : letters_before ? " " : ", ";
    letters_before = !digits;
    said += *words;
    start = end + 1;
  }
  // A lone group must be a padded figure of three or more ("SKU 004512"), never "ref 07".
  bool lone_ok = groups > 1 || (text::all_digits(core) && core[0] == '0' && core.size() >= 3);
  if (!figures || !marked || !lone_ok) return std::nullopt;
  return said;
}

std::optional<Match> labelled_reference(const Words& words, std::size_t i) {
  auto label = lot_label_before(words, i);
  // After "code" four figures are as often a time or a date code, read by their own rules.
  if (!words[i].prefix.empty() || !label || text::iequals(words[*label].core, "code")) return std::nullopt;
  auto said = padded_reference(words[i].core);
  if (!said) return std::nullopt;
  return Match{1, *said, false};
}

// "LOT 24-117-B", "BATCH 0093": the label in capitals before its code is the word, not L.O.T.
std::optional<Match> capitals_lot_label(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"LOT", "BATCH"}) || !w.suffix.empty() || i + 1 >= words.size() ||
      !text::any_word_near(words, i, 4, text::starts_in_lower_case)) {
    return std::nullopt;
  }
  // Only a code with a letter or a padded group: "LOT 787-9" is the airline's aircraft.
  std::string_view written = words[i + 1].core;
  bool letter = std::any_of(written.begin(), written.end(), [](char c) { return text::is_upper(c); });
  if (!letter && written.find("-0") == std::string_view::npos && !text::starts_with(written, "0")) return std::nullopt;
  auto code = lot_code(words, i + 1);
  if (!code) code = labelled_reference(words, i + 1);
  if (!code) return std::nullopt;
  return Match{2, text::lower(w.core) + " " + code->spoken, false};
}

// Systems whose codes are said in groups ("HS code 8517", "ZIP code 9021"), unlike a code one
// keys in ("PIN code", "access code", "door code"), said figure by figure.
bool names_grouped_code_system(std::string_view word) {
  return text::is_one_of_lowered(word, {"cn", "hs", "sic", "naics", "iso", "un", "zip", "nace", "hts", "tariff",
                                        "customs", "date", "dot", "commodity", "cpv", "nuts"});
}

bool is_pair_group(const Word& w) { return w.prefix.empty() && w.core.size() == 2 && text::all_digits(w.core); }

// "HS code 8517 62 00", "a date code of 3419": four figures after the code of a named system
// (or with a tariff line's groups after them) are an identifier, said in pairs ("eighty five
// seventeen"), each later two-figure group on its own ("sixty two, oh oh"); as a cardinal they
// were "eight thousand five hundred seventeen". A bare "code of" numbers a count ("a code of 1250
// articles"). After a named system a year's shape is its code too ("HS code 2009", "twenty oh
// nine"); after a bare "code" a year ("code of 2024") is left to the year rules.
std::optional<Match> coded_figures(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || w.core.size() != 4 || !text::all_digits(w.core) || w.core[0] == '0') {
    return std::nullopt;
  }
  std::size_t k = i - 1;
  bool of = k > 0 && words[k].core == "of" && words[k].suffix.empty();
  if (of) --k;
  if (!text::iequals(words[k].core, "code") || !words[k].suffix.empty()) return std::nullopt;
  // A code one keys in ("enter code 4821", "area code 0207") is said figure by figure, by
  // another rule; a kind of code named before it ("CN code", "date code") or its groups after
  // it make it a catalogue's identifier.
  bool kind_named = k > 0 && words[k - 1].suffix.empty() && names_grouped_code_system(words[k - 1].core);
  bool grouped = w.suffix.empty() && i + 1 < words.size() && is_pair_group(words[i + 1]);
  if (!kind_named && (!grouped || is_context_free_year(w.core))) return std::nullopt;
  std::string said = code_group_words(w.core);
  std::size_t count = 1;
  while (count < 4 && words[i + count - 1].suffix.empty() && i + count < words.size() &&
         is_pair_group(words[i + count])) {
    said += ", " + code_group_words(words[i + count].core);
    ++count;
  }
  return Match{count, said, false};
}

}  // namespace

std::string code_group_words(std::string_view digits) {
  if (digits[0] == '0') return digit_words(digits, "oh");
  if (digits.size() <= 2) return cardinal_words(digits);
  return digits.size() <= 4 ? paired_digit_words(digits) : digit_words(digits);
}

std::optional<Match> match_document_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (auto code = coded_figures(words, i)) return code;
  if (auto code = lot_code(words, i)) return code;
  if (auto code = labelled_reference(words, i)) return code;
  if (auto code = capitals_lot_label(words, i)) return code;
  // A lower-case word near: a headline in capitals names no standard.
  if (i > 0 && words[i].prefix.empty() && is_series_label(words[i - 1]) &&
      text::any_word_near(words, i, 4, text::starts_in_lower_case)) {
    bool unit_after = i + 1 < words.size() && find_unit(words[i + 1].core);
    if (auto said = named_standard(core); said && !unit_after) return Match{1, *said, false};
  }
  if (i == 0 || core.size() != 5 || core[2] != '-' || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = core.substr(0, 2);
  std::string_view right = core.substr(3);
  if (!padded_pair_part(left) || !text::all_digits(right) || !is_series_label(words[i - 1])) return std::nullopt;
  return Match{1, digit_words(left, "oh") + " " + digit_words(right, "oh"), false};
}

}  // namespace briefcast::rules
