// A document's number in two zero-padded parts after its series' capitals: "HBN 04-01",
// "ABC 03-02" -> "A B C oh three oh two". The padding marks a catalogue number, not a span, so
// it is one code said figure by figure; read as a range ("zero three to zero two") it named
// several documents. Without the capitals label ("on 01-05", "won 03-01") the pair is left to
// the date and score rules, and a month's or a day's short name is no series label.
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

}  // namespace

std::optional<Match> match_document_code(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (i == 0 || core.size() != 5 || core[2] != '-' || !words[i].prefix.empty()) return std::nullopt;
  std::string_view left = core.substr(0, 2);
  std::string_view right = core.substr(3);
  if (!padded_pair_part(left) || !text::all_digits(right) || !is_series_label(words[i - 1])) return std::nullopt;
  return Match{1, digit_words(left, "oh") + " " + digit_words(right, "oh"), false};
}

}  // namespace briefcast::rules
