// A day and a month joined by a dot, as European copy writes them, after a word that places a
// day: "passed the mark on 15.08, ..." -> "on the fifteenth of August". Read as a decimal it
// had been "fifteen point oh eight", no date heard. The dot puts the day first wherever it is
// written so ("12.05.2019" is read so too). A decimal keeps its reading: the pair must follow
// "on", "from", "until", "till" or "since", be a day of 1-31 and a month written in two
// figures (01-12), and end its phrase (a mark, the line's end, a function word); "rose 15.08
// points", "at 15.08%", "closed on 15.08 after" (a price) are left alone.
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// A verb after which "on" gives a price or a score, not a day ("closed on 15.08").
bool is_price_verb(std::string_view core) {
  return text::is_one_of_lowered(core, {"closed", "ended", "finished", "settled", "opened", "stood", "traded", "shot",
                                        "scored", "averaged", "averaging"});
}

}  // namespace

std::optional<Match> match_dotted_day_month(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& lead = words[i];
  const Word& date = words[i + 1];
  if (!lead.suffix.empty() || !date.prefix.empty()) return std::nullopt;
  if (!text::is_one_of_lowered(lead.core, {"on", "from", "until", "till", "since"})) return std::nullopt;
  if (i > 0 && is_price_verb(words[i - 1].core)) return std::nullopt;
  auto pair = text::figure_pair(date.core, '.', 2);
  if (!pair || pair->right.size() != 2 || pair->left.size() > 2) return std::nullopt;
  int day = std::stoi(std::string(pair->left));
  int month = std::stoi(std::string(pair->right));
  if (day < 1 || day > 31 || month < 1 || month > 12) return std::nullopt;
  bool ends = date.suffix == "," || date.suffix == "." || date.suffix == ";" || i + 2 == words.size();
  if (!ends && date.suffix.empty()) ends = text::is_function_word(text::lower(words[i + 2].core));
  if (!ends) return std::nullopt;
  std::string said = std::string(lead.core) + " the " + ordinal_words(std::to_string(day)) + " of " + month_name(month);
  return Match{2, said, false};
}

}  // namespace briefcast::rules
