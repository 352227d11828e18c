// "from 0600 to 2100", "between 0900 and 1700", "0800-1800 GMT": warnings, notices and
// timetables write the 24-hour clock without its colon. A span of two such readings, one with
// its leading zero (no year has one) or followed by a time zone, is a span of the
// day: its readings get their colons ("06:00 to 21:00"), and the clock rules read them as any
// such span ("six AM to nine PM"). Spans of years ("from 2010 to 2020") have no leading zero.
#include <array>
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/typeset_text.h"

namespace briefcast::rules {

namespace {

struct Token {
  std::size_t start = 0;
  std::size_t size = 0;  // without trailing punctuation
};

std::vector<Token> tokens_of(std::string_view s) {
  std::vector<Token> found;
  std::size_t k = 0;
  while (k < s.size()) {
    while (k < s.size() && s[k] == ' ') ++k;
    std::size_t start = k;
    while (k < s.size() && s[k] != ' ') ++k;
    std::size_t end = k;
    while (end > start && (s[end - 1] == ',' || s[end - 1] == '.' || s[end - 1] == ';' || s[end - 1] == ')')) --end;
    if (end > start) found.push_back(Token{start, end - start});
  }
  return found;
}

// Four figures that read as a time of day: "0600", "2100", "2359".
bool is_hhmm(std::string_view t) {
  if (t.size() != 4 || !text::all_digits(t)) return false;
  int hour = (t[0] - '0') * 10 + (t[1] - '0');
  int minute = (t[2] - '0') * 10 + (t[3] - '0');
  return hour <= 23 && minute <= 59;
}

std::string lowered(std::string_view s, const Token& t) { return text::lower(s.substr(t.start, t.size)); }

bool is_zone(std::string_view w) {
  return text::is_one_of(w, {"gmt", "utc", "bst", "local", "cet", "cest", "est", "et", "pt", "edt", "pdt"});
}

}  // namespace

std::string colonless_clock_spans(std::string line) {
  if (line.find_first_of("0123456789") == std::string::npos) return line;
  const std::vector<Token> tokens = tokens_of(line);
  // Where a colon goes (two figures into a reading), gathered first and written in one pass.
  std::vector<std::size_t> colons;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::string_view word = std::string_view(line).substr(tokens[k].start, tokens[k].size);
    std::size_t first_start = 0;
    std::size_t second_start = 0;
    // "ISSN 0028-0836": a serial's number, said by its figures (codes/registry_numbers.cpp).
    // "certificate No. 0147-2024", "ref. 0912-0330": after the word for a number, a document's
    // number and its year, never a span of the day. Only "No." with its period: a bare "no" is
    // the word ("no 0900-1700 cover", "No 0800-1000 trains ran").
    bool serial = k > 0 && text::is_one_of(lowered(line, tokens[k - 1]),
                                           {"issn", "issn:", "eissn", "e-issn", "number", "#", "cert", "patent"});
    serial = serial || (k > 0 && text::is_one_of(lowered(line, tokens[k - 1]), {"no", "nos"}) &&
                        line[tokens[k - 1].start + tokens[k - 1].size] == '.');
    // "Case 2023-0456", "lot 2311-0042": after a lot's or a case's label, its number.
    serial = serial || (k > 0 && is_lot_label_word(lowered(line, tokens[k - 1])) &&
                        (k < 2 || labels_a_number(lowered(line, tokens[k - 1]), lowered(line, tokens[k - 2]))));
    if (word.size() == 9 && word[4] == '-' && !serial) {  // "0800-1800"
      first_start = tokens[k].start;
      second_start = tokens[k].start + 5;
    } else if (k >= 2 && text::is_one_of(lowered(line, tokens[k - 1]), {"to", "until", "till", "and", "-", "\u2013"})) {
      first_start = tokens[k - 2].start;
      second_start = tokens[k].start;
      if (tokens[k - 2].size != 4 || tokens[k].size != 4) continue;
    } else {
      continue;
    }
    std::string_view first = std::string_view(line).substr(first_start, 4);
    std::string_view second = std::string_view(line).substr(second_start, 4);
    if (!is_hhmm(first) || !is_hhmm(second)) continue;
    bool zoned = k + 1 < tokens.size() && is_zone(lowered(line, tokens[k + 1]));
    if (first[0] != '0' && second[0] != '0' && !zoned) continue;
    if (colons.empty() || colons.back() != first_start + 2) colons.push_back(first_start + 2);
    colons.push_back(second_start + 2);
  }
  if (colons.empty()) return line;
  std::string out;
  out.reserve(line.size() + colons.size());
  std::size_t from = 0;
  for (std::size_t at : colons) {
    out.append(line, from, at - from).push_back(':');
    from = at;
  }
  return out.append(line, from, std::string::npos);
}

}  // namespace briefcast::rules
