// A library call number: a class mark of capitals and figures, then one or two "Cutter" marks
// set with a leading point ("G1019 .T45", "QA76.73 .P98", "PR6045 .O72"). Librarians say the
// point ("G ten nineteen dot T forty five"); left alone, the point opened a word of its own and
// eSpeak NG paused there as at a sentence's end. Only after a class mark, so a market code
// after a name (".N225") and a calibre (".45") are not read here. Roads, planes and groups are
// named so too ("A1", "B52", "G7"), and a typing slip or a market's code may follow them
// ("the G7 .N225"): a short class mark of one or two figures needs a word of libraries in the
// line; one of three figures or more ("G1019", "PS3552") or with a point ("QA76.73") does not.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "G1019" -> {"G", "1019", ""}, "QA76.73" -> {"QA", "76", "73"}: capitals, figures and any
// decimal figures; nothing for another shape.
struct Mark {
  std::string_view letters;
  std::string_view figures;
  std::string_view decimals;
};

std::optional<Mark> split_mark(std::string_view core, std::size_t max_letters) {
  std::size_t k = 0;
  while (k < core.size() && text::is_upper(core[k])) ++k;
  std::size_t end = text::digit_run_end(core, k);
  if (k == 0 || k > max_letters || end == k || end - k > 4) return std::nullopt;
  Mark mark{core.substr(0, k), core.substr(k, end - k), {}};
  if (end == core.size()) return mark;
  std::string_view rest = core.substr(end + 1);
  if (core[end] != '.' || rest.empty() || rest.size() > 4 || !text::all_digits(rest)) return std::nullopt;
  mark.decimals = rest;
  return mark;
}

std::string mark_said(const Mark& mark) {
  std::string said = letter_names(mark.letters) + " " + code_digits(mark.figures, true);
  if (!mark.decimals.empty()) said += " point " + digit_words(mark.decimals);
  return said;
}

// ".T45": a Cutter mark, one capital and figures after the point.
std::optional<Mark> cutter(const Word& w) {
  if (!w.prefix.empty() || w.core.size() < 3 || w.core[0] != '.') return std::nullopt;
  auto mark = split_mark(w.core.substr(1), 1);
  return mark && mark->decimals.empty() ? mark : std::nullopt;
}

}  // namespace

bool tells_of_library(std::string_view core) {
  return text::is_one_of_lowered(core, {"library", "libraries", "librarian", "librarians", "catalogue", "catalogued",
                                        "catalog", "cataloged", "shelved", "shelf", "shelves", "shelfmark", "stacks",
                                        "classmark", "call-number"});
}

bool is_call_number_start(std::string_view mark, std::string_view next, bool library_line) {
  auto parts = split_mark(mark, 3);
  if (!parts || next.size() < 3 || next[0] != '.') return false;
  auto first = split_mark(next.substr(1), 1);
  if (!first || !first->decimals.empty()) return false;
  return library_line || parts->figures.size() >= 3 || !parts->decimals.empty();
}

std::optional<Match> match_call_number(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() || !words[i].suffix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  if (!is_call_number_start(words[i].core, words[i + 1].core, text::any_word(words, tells_of_library))) {
    return std::nullopt;
  }
  auto mark = split_mark(words[i].core, 3);
  std::string said = mark_said(*mark);
  std::size_t j = i + 1;
  while (j < words.size() && j < i + 3 && (j == i + 1 || words[j - 1].suffix.empty())) {
    auto next = cutter(words[j]);
    if (!next) break;
    said += " dot " + mark_said(*next);
    ++j;
  }
  return Match{j - i, said, false};
}

}  // namespace briefcast::rules
