// A bond or currency desk's shorthand, said as its traders say it:
//  - a credit rating with its notch: "BBB- rated" -> "triple-B-minus rated", "an AA+ issuer"
//    (the sign was dropped, which changed the rating);
//  - a new issue's spread over mid-swaps: "MS+95 bp" -> "mid-swaps plus ninety-five basis points";
//  - a curve spread between two tenors: "the 2s10s spread" -> "the twos tens spread";
//  - a bond named by its coupon: "the 4⅝s of 2054" -> "the four and five-eighths of ...";
//  - a price in points: "rallied ½ pt" -> "rallied half a point" ("pt" was a pint);
//  - implied volatility in vols: "8.9 vols" -> "eight point nine vols" (not volumes);
//  - a high-yield index: "CDX HY" -> "CDX high yield";
//  - a two-sided quote with the slash between its sides: "R31,900 bid/R32,450 ask" -> "... rand
//    bid, thirty two thousand four hundred fifty rand ask" (the second price was spelt).
// Each needs a word of the bond or currency markets in the clause (trade_cues), so a pint of
// milk, an AA battery or a book's volumes keep their reading.
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

// "A", "AA", "BBB": one letter of A to C written up to three times, said "single-A",
// "double-A", "triple-B".
std::optional<std::string> repeated_grade(std::string_view letters) {
  if (letters.empty() || letters.size() > 3 || (letters[0] != 'A' && letters[0] != 'B' && letters[0] != 'C')) {
    return std::nullopt;
  }
  for (char c : letters) {
    if (c != letters[0]) return std::nullopt;
  }
  static constexpr std::string_view kRepeats[] = {"single-", "double-", "triple-"};
  return std::string(kRepeats[letters.size() - 1]) + letters[0];
}

// "BBB-", "AA+", "A-", "CCC+": a rating agency's grade and its notch.
std::optional<std::string> rating_words(std::string_view core) {
  // "B−": the notch typeset with a minus sign, as rating tables print it.
  static constexpr std::string_view kMinusSign = "\xe2\x88\x92";
  bool minus = text::ends_with(core, kMinusSign) || (!core.empty() && core.back() == '-');
  std::string_view grade = text::ends_with(core, kMinusSign) ? core.substr(0, core.size() - kMinusSign.size())
                                                             : core.substr(0, core.empty() ? 0 : core.size() - 1);
  if (grade.empty() || (!minus && core.back() != '+')) return std::nullopt;
  auto said = repeated_grade(grade);
  if (!said) return std::nullopt;
  return *said + (minus ? "-minus" : "-plus");
}

// "Baa3", "Aa1", "Caa2", "Ba1": Moody's grades, said letter by letter with the doubled "a"
// ("B-double-A-three"); "A3" alone is left alone (a paper size).
std::optional<std::string> moodys_grade(std::string_view core) {
  static constexpr text::Said kGrades[] = {{"Aa", "double-A"}, {"Baa", "B-double-A"}, {"Ba", "B-A"},
                                          {"Caa", "C-double-A"}, {"Ca", "C-A"}};
  if (core.size() < 3 || core.size() > 4 || !text::is_digit(core.back())) return std::nullopt;
  char notch = core.back();
  if (notch < '1' || notch > '3') return std::nullopt;
  auto said = text::said_for(kGrades, core.substr(0, core.size() - 1));
  if (!said) return std::nullopt;
  return std::string(*said) + "-" + cardinal_words(core.substr(core.size() - 1));
}

// "AA", "BBB", "Aaa": a grade with no notch, said "double-A", "triple-B"; Moody's top grade
// "Aaa" is "triple-A". A lone "A" or "B" is a letter and is left alone.
std::optional<std::string> plain_grade(std::string_view core) {
  if (core == "Aaa") return std::string("triple-A");
  if (core.size() < 2) return std::nullopt;
  return repeated_grade(core);
}

// "AA/Aa2-rated", "AAA-rated", "BBB+/Baa1": grades of two agencies joined by a slash, or one
// glued to "-rated", each said as a grade ("double-A, double-A-two rated"); eSpeak NG had read
// "Aa" as "ah" and the slash aloud.
std::optional<std::string> joined_grades(std::string_view core, bool credit) {
  std::string tail;
  if (text::ends_with(core, "-rated")) {
    core.remove_suffix(6);
    tail = " rated";
  }
  auto parts = text::split(core, '/');
  if (parts.size() > 3 || (parts.size() == 1 && tail.empty()) || (!credit && tail.empty())) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    auto grade = rating_words(part);
    if (!grade) grade = moodys_grade(part);
    if (!grade) grade = plain_grade(part);
    if (!grade) return std::nullopt;
    said.push_back(*grade);
  }
  return text::joined(said, ", ") + tail;
}

// "BBB- rated", "rated AA+", "an A- rating": the word of rating next to the grade.
bool beside_rated(const Words& words, std::size_t i) {
  auto rated = [](std::string_view w) { return text::is_one_of_lowered(w, {"rated", "rating", "ratings"}); };
  return (i + 1 < words.size() && words[i].suffix.empty() && rated(words[i + 1].core)) ||
         (i > 0 && words[i - 1].suffix.empty() && rated(words[i - 1].core));
}

// "MS+95", "MS+95bp": a spread over mid-swaps, as a new issue is priced.
std::optional<Match> mid_swaps(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "MS + 110 bp": the sign and the figure spaced apart.
  if (core == "MS" && i + 3 < words.size() && words[i].suffix.empty() && words[i + 1].core == "+" &&
      words[i + 1].suffix.empty() && words[i + 2].prefix.empty() && text::all_digits(words[i + 2].core) &&
      words[i + 2].core.size() <= 4 && words[i + 2].suffix.empty() && text::is_one_of(words[i + 3].core, {"bp", "bps"})) {
    return Match{4, "mid-swaps plus " + cardinal_words(words[i + 2].core) + " basis points",
                 text::has_period(words[i + 3]) && !period_ends_sentence(words, i + 3)};
  }
  if (!text::starts_with(core, "MS+") && !text::starts_with(core, "MS-")) return std::nullopt;
  std::string_view figure = core.substr(3);
  bool glued_bp = text::ends_with(figure, "bp") || text::ends_with(figure, "bps");
  if (glued_bp) figure = figure.substr(0, figure.find('b'));
  if (figure.empty() || figure.size() > 4 || !text::all_digits(figure)) return std::nullopt;
  std::string said = std::string("mid-swaps ") + (core[2] == '+' ? "plus " : "minus ") + cardinal_words(figure);
  std::size_t count = 1;
  bool next_bp = !glued_bp && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                 text::is_one_of(words[i + 1].core, {"bp", "bps"});
  if (glued_bp || next_bp) said += figure == "1" ? " basis point" : " basis points";
  if (next_bp) count = 2;
  return Match{count, said, false};
}

// "2s10s", "5s30s", "2s5s10s": tenors in years, each said as a plural ("twos tens").
std::optional<std::string> curve_spread(std::string_view core) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at < core.size()) {
    std::size_t digits = at;
    digits = text::digit_run_end(core, digits);
    if (digits == at || digits - at > 2 || digits >= core.size() || core[digits] != 's') return std::nullopt;
    parts.push_back(pluralize_last_word(cardinal_words(core.substr(at, digits - at))));
    at = digits + 1;
    // "2s/10s": the tenors are written with a slash between them too.
    if (at < core.size() && core[at] == '/') ++at;
  }
  if (parts.size() < 2) return std::nullopt;
  return text::joined(parts, " ", " ");
}

// "4⅝s", "3½s": a coupon with its fraction, the name of a bond.
std::optional<std::string> coupon(std::string_view core) {
  if (core.size() < 3 || core.back() != 's') return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  if (figure.empty() || !text::is_digit(figure[0])) return std::nullopt;
  // "3.25s": a coupon in decimals, said as its figure ("three point two five").
  if (figure.size() <= 6 && figure.find('.') != std::string_view::npos && text::parse_plain_figure(figure)) {
    return speak_word(figure);
  }
  if (!text::is_vulgar_figure(figure)) return std::nullopt;
  return vulgar_figure_words(figure, false);
}

// "2041": a year a bond matures in, this century's or the last's.
bool matures_in(std::string_view core) {
  return core.size() == 4 && text::all_digits(core) && (text::starts_with(core, "19") || text::starts_with(core, "20"));
}

// "½ pt", "1½ pts", "2 pts": a price's points. A lone fraction is "half a point".
std::optional<Match> price_points(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty() ||
      !text::is_one_of(words[i + 1].core, {"pt", "pts"})) {
    return std::nullopt;
  }
  std::string_view figure = w.core;
  std::string said;
  if (figure == "\u00bd") {
    said = "half a point";
  } else if (figure == "\u00bc") {
    said = "a quarter of a point";
  } else if (text::is_vulgar_figure(figure) && text::is_digit(figure[0])) {
    auto words_of = vulgar_figure_words(figure, false);
    if (!words_of) return std::nullopt;
    said = *words_of + " points";
  } else if (!figure.empty() && figure.size() <= 3 && text::all_digits(figure)) {
    said = cardinal_words(figure) + (figure == "1" ? " point" : " points");
  } else {
    return std::nullopt;
  }
  return Match{2, said, text::has_period(words[i + 1]) && !period_ends_sentence(words, i + 1)};
}

// "traded at 98-16", "to 101-08+": a Treasury's price in points and thirty-seconds, said as two
// figures ("ninety-eight sixteen"), not a range or a score. Only after "at", "to" or "from", a
// price near par, and thirty-seconds below 32.
std::optional<Match> price_in_32nds(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.find('-');
  if (i == 0 || dash == std::string_view::npos || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"at", "to", "from"})) {
    return std::nullopt;
  }
  std::string_view points = core.substr(0, dash);
  std::string_view ticks = core.substr(dash + 1);
  bool plus = text::ends_with(ticks, "+");
  if (plus) ticks.remove_suffix(1);
  if (points.size() < 2 || points.size() > 3 || !text::all_digits(points) || ticks.size() != 2 ||
      !text::all_digits(ticks)) {
    return std::nullopt;
  }
  int price = std::stoi(std::string(points));
  int thirty_seconds = std::stoi(std::string(ticks));
  if (price < 50 || price > 150 || thirty_seconds > 31) return std::nullopt;
  std::string said = cardinal_words(points) + " " + (ticks[0] == '0' ? "oh " + cardinal_words(ticks.substr(1)) : cardinal_words(ticks));
  if (plus) said += " plus";
  return Match{1, said, false};
}

// "8.9 vols": implied volatility's points, beside words of options.
std::optional<Match> vol_points(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty() || words[i + 1].core != "vols" ||
      !text::parse_plain_figure(w.core) || !text::any_word_near(words, i, kWindow, tells_of_options)) {
    return std::nullopt;
  }
  return Match{2, speak_word(w.core) + " vols", false};
}

}  // namespace

// "bid/R32,450", "low/$2.10": a side's word of a two-sided quote, a slash, then the other side's
// price, which the money rules read when it stands alone; the slash parts the two sides, said as
// a pause.
std::optional<Match> quote_side_then_price(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (!words[i].prefix.empty() || slash == std::string_view::npos || slash + 1 >= core.size()) return std::nullopt;
  std::string_view side = core.substr(0, slash);
  if (!text::is_one_of(side, {"bid", "ask", "offer", "buy", "sell", "high", "low", "open", "close"})) return std::nullopt;
  std::string_view price = core.substr(slash + 1);
  // "31,900 bid/32,450 ask": a plain figure for the other side, between a figure and a side's word.
  auto plain = text::parse_number(price);
  bool between = i > 0 && !words[i - 1].core.empty() && text::is_digit(words[i - 1].core[0]) && i + 1 < words.size() &&
                 text::is_one_of(words[i + 1].core, {"bid", "ask", "offer", "offered"});
  if (plain && !plain->negative && text::is_digit(price[0]) && between) {
    return Match{1, std::string(side) + ", " + number_words(*plain), false};
  }
  Words rest{Word{price, "", price, words[i].suffix}};
  for (std::size_t k = i + 1; k < words.size() && k < i + 4; ++k) rest.push_back(words[k]);
  auto money = match_money(rest, 0);
  if (!money || text::is_digit(price[0]) || money->spoken.find_first_of("0123456789") != std::string::npos) return std::nullopt;
  return Match{money->count, std::string(side) + ", " + money->spoken, money->eat_period};
}

std::optional<Match> match_market_mark(const Words& words, std::size_t i) {
  if (auto quote = quote_side_then_price(words, i)) return quote;
  const Word& w = words[i];
  if (!w.prefix.empty() && w.prefix != "(") return std::nullopt;
  std::string_view core = w.core;
  if (core.empty() || core.size() > 20) return std::nullopt;
  if (text::is_upper(core[0])) {
    if (auto rating = rating_words(core); rating && (text::any_word_near(words, i, kWindow, tells_of_credit) ||
                                                     (core.size() > 2 && beside_rated(words, i)))) {
      return Match{1, *rating, false};
    }
    if (core.find('/') != std::string_view::npos || text::ends_with(core, "-rated")) {
      bool credit = text::any_word_near(words, i, kWindow, tells_of_credit) || beside_rated(words, i);
      if (auto grades = joined_grades(core, credit)) return Match{1, *grades, false};
    }
    if (auto grade = moodys_grade(core); grade && text::any_word_near(words, i, kWindow, tells_of_credit)) {
      return Match{1, *grade, false};
    }
    if (core == "HY" && ((i > 0 && words[i - 1].suffix.empty() && text::is_one_of(words[i - 1].core, {"CDX", "iTraxx"})) ||
                         (w.suffix.empty() && i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core,
                                            {"bond", "bonds", "spreads", "issuance", "index", "funds", "fund", "credit", "market"})))) {
      return Match{1, i == 0 ? "High yield" : "high yield", false};
    }
    if (text::starts_with(core, "MS") && text::any_word_near(words, i, kWindow, tells_of_bonds)) return mid_swaps(words, i);
    return std::nullopt;
  }
  if (!text::is_digit(core[0]) && core[0] != '\xc2' && core[0] != '\xe2') return std::nullopt;
  if (auto spread = curve_spread(core); spread && text::any_word_near(words, i, kWindow, tells_of_bonds)) {
    return Match{1, *spread, false};
  }
  if (auto named = coupon(core); named && text::any_word_near(words, i, kWindow, tells_of_bonds)) {
    // "the 4⅝s of 2041": the bond's maturity, a year ("of twenty forty-one").
    if (i + 2 < words.size() && w.suffix.empty() && words[i + 1].core == "of" && words[i + 1].prefix.empty() &&
        words[i + 1].suffix.empty() && words[i + 2].prefix.empty() && matures_in(words[i + 2].core)) {
      return Match{3, *named + " of " + year_words(words[i + 2].core), false};
    }
    return Match{1, *named, false};
  }
  if (auto vols = vol_points(words, i)) return vols;
  if (!text::any_word_near(words, i, kWindow, tells_of_bonds)) return std::nullopt;
  if (auto price = price_in_32nds(words, i)) return price;
  return price_points(words, i);
  return std::nullopt;
}

}  // namespace briefcast::rules
