// "pp" after a whole figure, glued or spaced: "The book, 384pp, ...", "a 240pp hardback",
// "352 pp, sewn binding". It is pages, the printer's abbreviation, unless the words near speak of
// shares, rates, polls or a change in them ("the gap shrank 3pp", "Labour's lead is 4 pp"),
// where it is percentage points (the unit table's reading). A figure with a point is never a
// count of pages. One rule for both spellings, so that "48pp" and "48 pp" are read alike.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// Words of a line about shares, rates and polls, and the verbs of a change in them.
bool is_share_word(std::string_view w) {
  if (w.find('%') != std::string_view::npos) return true;
  return text::is_one_of_lowered(
      w, {"percent", "per", "pc", "percentage", "points", "point", "rate", "rates", "poll", "polls", "polling", "pollster",
          "survey", "vote", "votes", "voters", "share", "lead", "margin", "gap", "swing", "approval", "support", "turnout",
          "yield", "yields", "inflation", "unemployment", "growth", "rose", "fell", "rise", "fall", "risen", "fallen",
          "up", "down", "gained", "gain", "lost", "dropped", "drop", "increase", "increased", "decrease", "decreased",
          "shrank", "shrunk", "widened", "narrowed", "higher", "lower", "ahead", "behind", "trailing", "trails",
          "slipped", "climbed", "jumped", "improved", "improvement", "uplift", "average", "year-on-year"});
}

}  // namespace

bool is_percentage_word(const Words& words, std::size_t k) {
  const Word& w = words[k];
  if (w.core.find('%') != std::string_view::npos || w.suffix.find('%') != std::string_view::npos) return true;
  bool after_figure = k > 0 && !words[k - 1].core.empty() && text::is_digit(words[k - 1].core[0]);
  // "7pc", "4.5 percent", "18 per cent".
  if (text::ends_with(w.core, "pc") && w.core.size() > 2 && text::is_digit(w.core[w.core.size() - 3])) return true;
  if (after_figure && text::is_one_of_lowered(w.core, {"percent", "pc"})) return true;
  return w.core == "cent" && k > 1 && words[k - 1].core == "per" && !words[k - 2].core.empty() &&
         text::is_digit(words[k - 2].core[0]);
}

bool line_has_percentage(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (is_percentage_word(words, k)) return true;
  }
  return false;
}

std::optional<Match> match_page_count(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || !text::is_digit(w.core[0])) return std::nullopt;
  std::size_t count = 1;
  std::string_view figure = w.core;
  // "a 320-pp. paperback": hyphened to its figure with the printer's period it sizes a book even
  // beside a share ("a 2-point swing", "2pp" write a change); after a verb of change it is points.
  bool hyphened_dotted = text::ends_with(figure, "-pp") && w.suffix == ".";
  if (text::ends_with(figure, "-pp")) {
    figure.remove_suffix(3);
  } else if (text::ends_with(figure, "pp")) {
    figure.remove_suffix(2);
  } else if (w.suffix.empty() && i + 1 < words.size() && words[i + 1].core == "pp" && words[i + 1].prefix.empty()) {
    count = 2;
  } else {
    return std::nullopt;
  }
  if (figure.empty() || !text::all_digits(figure) || figure[0] == '0' || figure.size() > 4) return std::nullopt;
  // A change in a share is under a hundred points and counts no thing but a change ("a 4pp
  // swing"): "a 40 pp paper", "on 12 pp of the filing" are pages, beside a share or not; a book
  // of 384 pages beside a discount too.
  const std::size_t last_word = i + count - 1;
  bool thing_follows = noun_follows(words, last_word) && !is_share_word(words[last_word + 1].core);
  // "of" after a count of pages ("on 12 pp of the filing"), not after a change ("rose 2 pp of GDP").
  bool changed = i > 0 && (is_share_word(words[i - 1].core) || words[i - 1].core == "by");
  bool part_of = !changed && last_word + 1 < words.size() && words[last_word].suffix.empty() &&
                 words[last_word + 1].core == "of";
  bool counts_a_thing = thing_follows || part_of;
  bool beside_share = text::any_word_near(words, i, 6, is_share_word) || line_has_percentage(words);
  if (figure.size() <= 2 && beside_share && !counts_a_thing && !(hyphened_dotted && !changed)) return std::nullopt;
  std::string said = speak_word(figure);
  // "pp." ends no sentence when the line goes on in lower case ("384 pp. and a map").
  const Word& last = words[i + count - 1];
  bool continues = i + count < words.size() && !words[i + count].core.empty() && !text::is_upper(words[i + count].core[0]);
  bool eat = text::has_period(last) && continues;
  // "a 384 pp. book": before its noun the count is one adjective, its period the abbreviation's.
  bool dotted_before_noun = last.suffix == "." && noun_follows(words, last_word) && i > 0;
  if (is_adjectival(words, i, count) || dotted_before_noun) {
    return Match{count, text::hyphenated(said + " page"), dotted_before_noun || eat};
  }
  return Match{count, said + (figure == "1" ? " page" : " pages"), eat};
}

}  // namespace briefcast::rules
