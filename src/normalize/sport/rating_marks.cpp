// Marks that rate or tally: "gave it 9/10", "Our verdict: 3/5", "scored 9/11 from the line",
// "6½/9" (a chess score), "98.65/100" (a judged score) and "4.8 / 5" (an average of reviews) are
// said "out of", never as a fraction ("nine tenths"), a slash or a date;
// "a 5* hotel" is "a five-star hotel" (eSpeak NG is silent on the asterisk, so the star was
// lost); "rated 4.6★" is "four point six stars"; a row of star glyphs ("★★★★☆") is "four out of five stars".
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kBlackStar = "\u2605";
constexpr std::string_view kWhiteStar = "\u2606";

// Words right before a mark that make it a rating or a tally rather than a share of a whole.
bool rates(std::string_view before) {
  return text::is_one_of_lowered(before, {"gave", "give", "gives", "given", "scored", "scores", "score", "earned",
                                               "earns", "got", "gets", "rated", "rating", "verdict", "awarded",
                                               "converted", "managed", "hit", "went", "shot", "shoots", "posted", "totalled", "totaled"});
}

// The words after a fraction that keep it a share: "a 2/3 majority", "3/4 of voters".
bool shares(const Words& words, std::size_t j) {
  return j < words.size() && text::is_one_of_lowered(words[j].core, {"of", "majority", "share", "stake", "mile",
                                                                          "cup", "inch", "pound", "teaspoon"});
}

// "98.65" before "/100": a mark with two decimals or more, said as a decimal, only out of a
// round total (sport_figures.cpp reads one decimal, "7.5/10").
std::optional<std::string> decimal_mark(std::string_view mark, std::string_view total) {
  std::size_t point = mark.find('.');
  if (point == std::string_view::npos || point == 0 || point > 2 || point + 3 > mark.size() ||
      !text::all_digits(mark.substr(0, point)) || !text::all_digits(mark.substr(point + 1)) ||
      !text::is_one_of(total, {"5", "10", "20", "100"})) {
    return std::nullopt;
  }
  return speak_decimal(mark);
}

// "9/10 from most critics", "a 9/10", "98/100 points": an integer mark out of a total.
std::optional<Match> out_of(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t slash = w.core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 6 || (!w.prefix.empty() && w.prefix != "(")) return std::nullopt;
  std::string_view mark = w.core.substr(0, slash);
  std::string_view total = w.core.substr(slash + 1);
  std::string said;
  if (text::ends_with(mark, "\u00bd") && mark.size() > 2 && text::all_digits(mark.substr(0, mark.size() - 2))) {
    // "6½/9": a chess score with its half point.
    said = integer_words(mark.substr(0, mark.size() - 2), false, false) + " and a half";
    mark = mark.substr(0, mark.size() - 2);
  } else if (text::all_digits(mark) && mark.size() <= 3) {
    said = integer_words(mark, false, false);
  } else if (auto point = decimal_mark(mark, w.core.substr(slash + 1))) {
    // "98.65/100", "7.25/10": a judged score with two decimals, out of a round total.
    said = *point;
    mark = mark.substr(0, mark.find('.'));
  } else {
    return std::nullopt;
  }
  if (total.empty() || total.size() > 3 || !text::all_digits(total) || total[0] == '0') return std::nullopt;
  int got = std::stoi(std::string(mark));
  int of = std::stoi(std::string(total));
  // "2/3 of voters" is a share; "(19/30) of" is not, its bracket closed before the "of".
  // "gave the sequel 7/10": the rating word a few words before, within the clause.
  bool cued = false;
  for (std::size_t back = 1; back <= 3 && back <= i && !cued; ++back) {
    const Word& b = words[i - back];
    cued = rates(b.core);
    if (back > 1 && !b.suffix.empty() && b.suffix != ":") break;
  }
  // A total above a hundred ("shot 680/720", an archer's or a shooter's tally) only so cued,
  // and with a mark of ten or more ("shot 1/250" is a shutter speed).
  if (of < 2 || (of > 100 && (!cued || got < 10)) || got > of || (w.suffix.empty() && shares(words, i + 1))) return std::nullopt;
  bool half = said.find("half") != std::string::npos;
  bool round_total = of == 5 || of == 10 || of == 20 || of == 100;
  // "a 9/10 from critics": after an article only a mark out of a round total is a rating
  // ("a 3/4 turn" stays a fraction); "98/100 points" is one by the word after it.
  bool article = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"a", "an"}) && round_total;
  bool counted = i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"points", "stars", "rating"});
  // "level 4/4", "10/10": a mark equal to its total is never a share written so. A bar of music
  // "in 4/4", "4/4 time", is a time signature, and "50/50" and "20/20" are said "fifty-fifty"
  // (odds, sight). Nor is a tally in brackets after a percentage, "48% (12/25)".
  bool music = (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"in"})) ||
               (i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"time", "waltz", "signature", "metre",
                                                                                    "meter", "rhythm", "beat", "bar", "bars"}));
  bool whole = got == of && of != 50 && of != 20 && !music;
  bool tally = w.prefix == "(" && i > 0 && text::ends_with(words[i - 1].core, "%") && words[i - 1].suffix.empty();
  if (!half && !cued && !article && !counted && !whole && !tally) return std::nullopt;
  return Match{1, said + " out of " + integer_words(total, false, false), false};
}

// "4.8 / 5", "8.5 / 10": an average rating with a point, the slash spaced off as review sites
// set it, is out of a round total; the slash had been said ("four point eight slash five").
std::optional<Match> spaced_decimal_rating(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || words[i + 1].raw != "/" || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view mark = words[i].core;
  std::string_view total = words[i + 2].core;
  auto figure = text::parse_number(mark);
  if (!figure || figure->negative || figure->decimals.empty() || figure->grouped || figure->integer.size() > 2 ||
      !text::is_one_of(total, {"5", "10", "100"})) {
    return std::nullopt;
  }
  if (std::stoi(figure->integer.empty() ? std::string("0") : figure->integer) >= std::stoi(std::string(total))) return std::nullopt;
  auto said = speak_decimal(mark);
  if (!said) return std::nullopt;
  return Match{3, *said + " out of " + integer_words(total, false, false), false};
}

// "a 5* hotel", "the 4* review": a star rating before its noun.
std::optional<Match> star_adjective(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view figure = w.core;
  bool glued = !figure.empty() && figure.back() == '*';
  // "a 5★ Hotel": the star's glyph is no footnote's asterisk, so a name may follow it too.
  bool glyph = text::ends_with(figure, kBlackStar) || (w.suffix == kBlackStar);
  if (glued) figure.remove_suffix(1);
  else if (text::ends_with(figure, kBlackStar)) figure.remove_suffix(kBlackStar.size());
  else if (w.suffix != "*" && !glyph) return std::nullopt;
  if (figure.size() != 1 || !text::is_digit(figure[0]) || figure[0] == '0') return std::nullopt;
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty() || words[i + 1].core.empty() ||
      !(text::is_lower(words[i + 1].core[0]) || (glyph && text::is_upper(words[i + 1].core[0])))) {
    return std::nullopt;
  }
  if (glyph) return Match{1, integer_words(figure, false, false) + "-star", false, true};
  return Match{1, integer_words(figure, false, false) + "-star", false};
}

// Counts the glyphs of a row of stars; nullopt when the word holds anything else.
std::optional<std::pair<int, int>> star_row(std::string_view core) {
  int black = 0;
  int white = 0;
  for (std::size_t k = 0; k < core.size(); k += 3) {
    std::string_view glyph = core.substr(k, 3);
    if (glyph == kBlackStar) ++black;
    else if (glyph == kWhiteStar) ++white;
    else return std::nullopt;
  }
  if (black == 0) return std::nullopt;
  return std::make_pair(black, white);
}

// "★★★★☆" -> "four out of five stars", "★★★" -> "three stars".
std::optional<Match> star_glyphs(const Words& words, std::size_t i) {
  auto row = star_row(words[i].core);
  if (!row) return std::nullopt;
  auto [black, white] = *row;
  std::string got = integer_words(std::to_string(black), false, false);
  if (white == 0) return Match{1, got + (black == 1 ? " star" : " stars"), false};
  return Match{1, got + " out of " + integer_words(std::to_string(black + white), false, false) + " stars", false};
}

// "rated 4.6★": an average of reviews with a point and the star's glyph is so many stars; the
// glyph had been dropped ("four point six"), leaving the listener to guess the scale.
std::optional<Match> decimal_stars(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view figure = w.core;
  if (text::ends_with(figure, kBlackStar)) figure.remove_suffix(kBlackStar.size());
  else if (w.suffix != kBlackStar) return std::nullopt;
  auto number = text::parse_number(figure);
  if (!number || number->negative || number->decimals.empty() || number->grouped || number->integer.size() > 1) return std::nullopt;
  auto said = speak_decimal(figure);
  if (!said) return std::nullopt;
  return Match{1, *said + " stars", false, w.suffix == kBlackStar};
}

}  // namespace

std::optional<Match> match_rating_mark(const Words& words, std::size_t i) {
  for (auto rule : {out_of, spaced_decimal_rating, star_adjective, decimal_stars, star_glyphs}) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
