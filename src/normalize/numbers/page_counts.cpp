// A book's or a document's length glued to "pp": "The book, 384pp, ...", "a 240pp hardback".
// It was read as percentage points, the other "pp"; a count of a hundred or more is never a
// change in percentage points, nor is a whole count beside the words of a publication.
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_publication_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"book", "books", "hardback", "paperback", "novel", "memoir", "volume", "edition", "report",
                                     "brochure", "booklet", "catalogue", "catalog", "magazine", "issue", "manual", "guide",
                                     "pages", "printed", "print", "publisher", "published", "rrp", "isbn", "illustrated"});
}

}  // namespace

std::optional<Match> match_page_count(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.size() < 3 || !text::ends_with(w.core, "pp")) return std::nullopt;
  std::string_view figure = w.core.substr(0, w.core.size() - 2);
  if (!text::all_digits(figure) || figure[0] == '0' || figure.size() > 4) return std::nullopt;
  bool large = figure.size() >= 3;
  if (!large && !text::any_word_near(words, i, 6, is_publication_word)) return std::nullopt;
  std::string said = speak_word(figure);
  if (is_adjectival(words, i, 1)) return Match{1, text::hyphenated(said + " page"), false};
  return Match{1, said + (figure == "1" ? " page" : " pages"), false};
}

}  // namespace briefcast::rules
