// A document's number in two zero-padded parts after its series' capitals: "HBN 04-01",
// "ABC 03-02" -> "A B C oh three oh two". The padding marks a catalogue number, not a span, so
// it is one code said figure by figure; read as a range ("zero three to zero two") it named
// several documents. Without the capitals label ("on 01-05", "won 03-01") the pair is left to
// the date and score rules, and a month's or a day's short name is no series label.
// A standard's name in the same shape, "NI 43-101", "XYZ 12-345": a short figure, a dash and
// three more that no range would end on (no round figure, more than twice the first, so a
// score of "99-101" stays a score) are one name, "forty three one oh one"; read as a range it
// was "forty three to one hundred one".
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

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

}  // namespace

std::optional<Match> match_document_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
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
