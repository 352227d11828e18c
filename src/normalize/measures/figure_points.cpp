// "pt" and "pts" after a figure: the printer's point beside words of type or before a typeface's
// name ("set in 16pt", "12 pt Caslon"), a margin's points before the margin's word ("a 4-pt
// lead", "6 pts clear"), a pint before "of" and a liquid; elsewhere left as it is.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Words of type and of setting it, beside which "pt" after a figure is the printer's point.
bool is_type_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"font", "fonts", "type", "typeface", "text", "body", "headline", "headlines", "print",
                                     "printed", "bold", "italic", "serif", "lettering", "size", "sized", "hairline",
                                     "rule", "rules", "leading", "typeset", "caps", "capitals", "letterpress", "stroke",
                                     "em", "ems", "kerning", "tracking", "masthead", "heading", "headings", "typography"});
}

// "12 pt Caslon", "96pt Didot": a capitalised name right after the size is the typeface's.
bool names_typeface(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n - 1].suffix.empty() || !words[n].prefix.empty()) return false;
  std::string_view next = words[n].core;
  return next.size() > 2 && text::is_upper(next[0]) && text::all_alpha(next) && !text::is_upper(next[1]) &&
         !text::is_function_word(text::lower(next));
}

// A figure with "pt" or "pts" after it, glued ("16pt", "3-pts") or spaced ("12 pt"): the figure,
// the letters and the words they take.
struct FigurePoints {
  std::string_view figure;
  std::string_view unit;
  std::size_t count;
  bool hyphened;
};

std::optional<FigurePoints> figure_points(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  for (std::string_view letters : {std::string_view("pts"), std::string_view("pt")}) {
    if (core.size() > letters.size() && text::ends_with(core, letters)) {
      std::string_view figure = core.substr(0, core.size() - letters.size());
      bool hyphened = figure.back() == '-';
      if (hyphened) figure.remove_suffix(1);
      return FigurePoints{figure, letters, 1, hyphened};
    }
  }
  if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      text::is_one_of(words[i + 1].core, {"pt", "pts"})) {
    return FigurePoints{core, words[i + 1].core, 2, false};
  }
  return std::nullopt;
}

// "16pt", "12 pt", "10.5pt" near words of type: the printer's point.
std::optional<Match> type_points(const Words& words, std::size_t i) {
  auto split = figure_points(words, i);
  if (!split || split->unit != "pt") return std::nullopt;
  std::size_t count = split->count;
  auto number = text::parse_number(split->figure);
  if (!number || number->negative || number->integer.size() > 3 ||
      (!text::any_word_near(words, i, 4, is_type_word) && !names_typeface(words, i + count))) {
    return std::nullopt;
  }
  // Type is "set in twelve point", before a noun or not ("twelve point type").
  return Match{count, number_words(*number, false) + " point", false};
}

// Nouns a count of points sizes, which "pt" or "pts" right before them makes one adjective ("a
// 3pt lead", "a 6 pt deficit", "a 2-pt conversion", "three-point shots": "three-point"): a
// margin between sides, or a score worth the points. Elsewhere "pt" is also a pint ("4-pt milk")
// or a part ("a 3-pt drama"), so only before one of these.
bool is_points_noun(std::string_view w) {
  std::string word = text::lower(w);
  if (word == "tries" || word == "losses") return true;
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
  return text::is_one_of(word, {"lead", "gap", "margin", "advantage", "cushion", "deficit", "swing", "edge", "try",
                                "conversion", "attempt", "shot", "basket", "play", "win", "loss", "favorite",
                                "favourite", "underdog", "spread", "game", "jumper", "buzzer-beater", "range"});
}

// Words of a margin that follow a count of points ("6 pts clear", "2.5pt behind").
bool is_margin_adverb(std::string_view w) { return text::is_one_of_lowered(w, {"clear", "ahead", "behind"}); }

// Liquids measured by the pint: "1 pt of milk" is a pint whatever else the line is about.
bool is_pint_liquid(std::string_view w) {
  return text::is_one_of_lowered(w, {"milk", "water", "beer", "ale", "lager", "cider", "stock", "cream", "juice",
                                     "blood", "wine", "stout"});
}

// "4-pt lead", "6 pts clear", "5 pts in the polls": points of a margin only when the margin's
// word follows straight after (a standings word elsewhere on the line proves nothing: "its 4pt
// milk, ahead of Aldi" is a pint, "20 pt staff" part-time); "1 pt of milk" a pint before "of"
// and a liquid. Spelt "P T" before, the word was lost. Type sizes are read first (type_points).
std::optional<Match> score_points(const Words& words, std::size_t i) {
  auto split = figure_points(words, i);
  auto number = split ? text::parse_number(split->figure) : std::nullopt;
  if (!number || number->negative || !words[i].prefix.empty()) return std::nullopt;
  std::size_t count = split->count;
  std::size_t next = i + count;
  auto word_at = [&](std::size_t k, std::string_view w) {
    return k < words.size() && words[k - 1].suffix.empty() && words[k].prefix.empty() && text::iequals(words[k].core, w);
  };
  bool one = number->integer == "1" && !number->has_point;
  std::string said = number_words(*number, false);
  if (word_at(next, "of") && next + 1 < words.size() && is_pint_liquid(words[next + 1].core)) {
    return Match{count, said + (one ? " pint" : " pints"), false};
  }
  bool joined = next < words.size() && words[next - 1].suffix.empty() && words[next].prefix.empty();
  bool sized_margin = joined && is_points_noun(words[next].core);
  bool counted_margin = joined && is_margin_adverb(words[next].core);
  bool polls = word_at(next, "in") && word_at(next + 1, "the") && word_at(next + 2, "polls");
  if (sized_margin) return Match{count, text::hyphenated(said + " point"), false};
  if (!counted_margin && !polls) return std::nullopt;
  return Match{count, said + (one ? " point" : " points"), false};
}

}  // namespace

std::optional<Match> match_figure_points(const Words& words, std::size_t i) {
  if (auto m = type_points(words, i)) return m;
  return score_points(words, i);
}

}  // namespace briefcast::rules
