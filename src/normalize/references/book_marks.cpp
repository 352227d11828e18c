// The abbreviations of books, journals and registers ("384 pp." is page_counts.cpp's, "issue no.
// 1" number_signs.cpp's): "the 3rd ed." -> "edition", and "ISBN 978-0-14-311805-8" -> its digits
// group by group, never cardinals; a preprint's "arXiv:2502.11736" is the archive and its number.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "3rd ed.", "the 2nd edn": an edition after its ordinal.
std::optional<Match> edition(const Words& words, std::size_t i) {
  if (i == 0 || !text::is_one_of(words[i].core, {"ed", "edn"}) || !words[i - 1].suffix.empty() ||
      !speak_ordinal(words[i - 1].core)) {
    return std::nullopt;
  }
  bool continues = i + 1 < words.size() && !words[i + 1].core.empty() && !text::is_upper(words[i + 1].core[0]);
  return Match{1, "edition", text::has_period(words[i]) && continues};
}

// "ISBN 978-0-14-311805-8", "ISSN 0028-0836": a book's or serial's number, each group of
// digits said digit by digit ("X" is a check digit of ten, said as the letter).
std::optional<Match> book_number(const Words& words, std::size_t i) {
  std::string_view label = words[i].core;
  if (!text::is_one_of(label, {"ISBN", "ISSN", "ISBN-13", "ISBN-10"}) || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view code = words[i + 1].core;
  // Printed with or without the hyphens between its groups.
  auto groups = code.size() < 8 || code.size() > 17 ? std::nullopt
                : text::all_digits(code)            ? std::optional<std::string>(digit_words(code))
                                                    : grouped_reference(code);
  if (!groups) return std::nullopt;
  std::string spoken = spelled_letters(label.substr(0, 4));
  if (label.size() > 4) spoken += " " + cardinal_words(label.substr(5));
  return Match{2, spoken + " " + *groups, false};
}

// "2502.11736", "2303.12345v2": a preprint's number, the year and month in two pairs and the
// paper's figures one by one ("twenty four eleven dot oh four eight two seven"), as it is read
// out; as a decimal it was "two thousand four hundred eleven point ...".
std::optional<std::string> preprint_number(std::string_view id) {
  std::size_t version = id.find('v');
  std::string_view number = id.substr(0, version);
  if (number.size() < 9 || number.size() > 10 || number[4] != '.' || !text::all_digits(number.substr(0, 4)) ||
      !text::all_digits(number.substr(5))) {
    return std::nullopt;
  }
  // "0704.0001": a year of the 2000s' first decade keeps its "oh" ("oh seven oh four").
  std::string year_month = number[0] == '0' ? "oh " + paired_digit_words(number.substr(1, 3))
                                            : paired_digit_words(number.substr(0, 4));
  std::string said = year_month + " dot " + digit_words(number.substr(5), "oh");
  if (version == std::string_view::npos) return said;
  std::string_view revision = id.substr(version + 1);
  if (revision.empty() || revision.size() > 2 || !text::all_digits(revision)) return std::nullopt;
  return said + " version " + cardinal_words(revision);
}

// "arXiv:2502.11736", "arXiv 2502.11736", "arXiv (2502.11736)": the preprint server is said
// "archive" (eSpeak NG read "ar-ziv") and its number as preprint_number says.
std::optional<Match> preprint(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() > 6 && text::iequals(core.substr(0, 6), "arxiv:")) {
    if (auto said = preprint_number(core.substr(6))) return Match{1, "archive " + *said, false};
    return std::nullopt;
  }
  if (text::iequals(core, "arxiv")) {
    bool numbered = i + 1 < words.size() && preprint_number(words[i + 1].core);
    return numbered ? std::optional<Match>(Match{1, "archive", false}) : std::nullopt;
  }
  bool after_server = i > 0 && text::iequals(words[i - 1].core, "arxiv");
  if (!after_server || !(words[i].prefix.empty() || words[i].prefix == "(")) return std::nullopt;
  auto said = preprint_number(core);
  if (!said) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace

std::optional<Match> match_book_mark(const Words& words, std::size_t i) {
  if (auto m = edition(words, i)) return m;
  if (auto m = preprint(words, i)) return m;
  return book_number(words, i);
}

}  // namespace briefcast::rules
