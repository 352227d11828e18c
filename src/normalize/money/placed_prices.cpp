// Where a price stands in a sentence: after a verb of paying or of a price's move, before a
// rate ("per ticket", "each"), at the second end of a move. Read so only for letters and a whole
// figure that have no money's shape of their own (placed_prices.h).
#include "normalize/money/placed_prices.h"

#include "normalize/function_words.h"
#include "normalize/measures/measures.h"
#include "normalize/page_conventions.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// "rose", "will rise", "was cut", "lifted": a verb that moves a price up or down, in any of its
// forms, or the "up"/"down" of "went up to".
bool is_price_move_word(std::string_view word) {
  return text::is_one_of_lowered(
      word, {"rise", "rises", "rising", "risen", "rose", "fall", "falls", "falling", "fallen", "fell", "climb",
             "climbs", "climbing", "climbed", "jump", "jumps", "jumping", "jumped", "drop", "drops", "dropping",
             "dropped", "slip", "slips", "slipping", "slipped", "slide", "slides", "sliding", "slid", "grow", "grows",
             "growing", "grown", "grew", "increase", "increases", "increasing", "increased", "cut", "cuts", "cutting",
             "raise", "raises", "raising", "raised", "lift", "lifts", "lifting", "lifted", "hike", "hikes", "hiking",
             "hiked", "lower", "lowers", "lowering", "lowered", "up", "down"});
}

// "rose to R25", "paid R500", "costs R95": a word before the amount that places a price. Not
// "sold" or "earned", which as often put a model or a grade after them ("sold R15 bikes"); a
// noun after the figure keeps a road a road ("cut to R55 lanes", names_what_follows).
bool in_price_position(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string before = text::lower(words[i - 1].core);
  if (text::is_one_of(before, {"cost", "costs", "costing", "paid", "pay", "pays", "paying", "fetched", "fetches",
                               "charge", "charges", "charged", "priced", "worth"})) {
    return true;
  }
  // "rose to R25", "down from R30", "will rise to R14": the end of a price's move.
  return text::is_one_of(before, {"to", "from"}) && i >= 2 && words[i - 2].suffix.empty() &&
         is_price_move_word(words[i - 2].core);
}

// "about R310", "up to around R90": a word of approximation before the figure places a price
// as well, when a line of the currency leaves no road to read.
bool approximate_price(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"about", "around", "roughly", "nearly", "almost", "approximately"});
}

// "from R20 to R18", "up to R36 from R31": the second end of a move whose first end is a price of
// the same sign.
bool second_end_of_price_move(const Words& words, std::size_t i, const Currency& p) {
  if (i < 2 || !words[i - 1].suffix.empty() || !words[i - 2].suffix.empty()) return false;
  if (words[i - 1].core != "to" && words[i - 1].core != "from") return false;
  std::string_view first = words[i - 2].core;
  return text::starts_with(first, p.written) && first.size() > p.written.size() &&
         text::is_digit(first[p.written.size()]) && in_price_position(words, i - 2);
}

// "R1250 GS", "R15 bikes", "R18 rated": a word after the figure that it names or counts (a
// capitalised word, letters, a lower-case word that is no function word), so the letter and
// figure are a model, a road or a grade.
bool names_what_follows(const Words& words, std::size_t i, const WrittenFigure& f) {
  std::size_t next = i + f.count;
  if (!words[i + f.count - 1].suffix.empty() || next >= words.size() || !words[next].prefix.empty()) return false;
  std::string_view core = words[next].core;
  if (core.empty() || !text::is_alpha(core[0])) return false;
  return text::is_upper(core[0]) || !is_not_noun_beside_article(text::lower(core));
}

// "R30 per ticket", "R15 each": a rate after the figure makes it a price; a road or a model
// is not counted per head. After "the" the letter and figure are a road ("the N3 each day",
// "use the R40 per hour"): a price there takes no article.
// "a carton", "an hour": the article and noun of a rate, not "a few", "a lot" or "a decade ago",
// where the letter and figure before are a road or a model named in passing.
bool rate_article_noun(const Words& words, std::size_t next) {
  if (!text::is_one_of(words[next].core, {"a", "an"}) || !words[next].suffix.empty() || next + 1 >= words.size()) {
    return false;
  }
  std::string noun = text::lower(words[next + 1].core);
  if (noun.empty() || !text::is_lower(words[next + 1].core[0]) || text::is_function_word(noun) ||
      text::is_one_of(noun, {"lot", "bit", "little", "few", "couple", "number", "while", "range", "total"})) {
    return false;
  }
  if (next + 2 >= words.size() || !words[next + 1].suffix.empty()) return true;
  // "a good sign": a noun after the word makes it an adjective, the phrase no rate's unit.
  std::string_view after = words[next + 2].core;
  bool noun_after = !after.empty() && text::is_lower(after[0]) && !text::is_function_word(text::lower(after)) &&
                    !text::is_one_of(after, {"more", "less", "extra", "higher", "lower", "cheaper", "dearer"});
  return !noun_after && !text::is_one_of_lowered(after, {"ago", "later", "earlier", "before", "after"});
}

// A word before the letter and figure that makes them a road, a model or a grade ("the",
// "Audi", "route"), whatever follows. "in R3", "on R2": a round of a contest or a stretch of a
// road; a price stands after a verb of paying or moving ("costs R5 a litre", "rose R2 a share").
bool named_as_code(const Words& words, std::size_t i) {
  if (i == 0) return false;
  std::string_view before = words[i - 1].core;
  // "Britain's R1", "the candidate's R2": a possessive before the letter names a thing it owns.
  bool possessive = text::ends_with(before, "'s") || text::ends_with(before, "\u2019s");
  return possessive ||
         text::is_one_of_lowered(before, {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "whose",
                                          "road", "route", "highway", "motorway", "model", "rated", "in", "on"}) ||
         (!before.empty() && text::is_upper(before[0]) && words[i - 1].suffix.empty());
}

// "R82", "N12", "M1": a South African or British road's sign, a letter and one to three figures.
bool is_road_sign(std::string_view core) {
  return core.size() >= 2 && core.size() <= 4 && text::is_one_of(core.substr(0, 1), {"R", "N", "M"}) &&
         text::all_digits(core.substr(1));
}

// "blocked about R59 and R82", "around R21 and the N12": a second road's sign on the line. After
// "about" alone that makes the first one a road too; a rate ("R300 per diver plus R60") is
// a price whatever else the line prices.
bool another_road_sign(const Words& words, std::size_t i) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k != i && is_road_sign(words[k].core)) return true;
  }
  return false;
}

// A line of roads ("traffic around R21 near the airport": a word of roads, trade_cues) or of the
// virus's reproduction number ("the R number is about R1 a level"): there the letter and a
// figure before a rate or after "about" name a road or a level, not a price.
bool tells_of_roads_or_r_number(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view core = words[k].core;
    if (tells_of_roads(core) || text::iequals(core, "reproduction")) return true;
    if (core == "R" && words[k].suffix.empty() && k + 1 < words.size() && text::iequals(words[k + 1].core, "number")) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool rate_of_a_unit(const Words& words, std::size_t i, const WrittenFigure& f) {
  std::size_t next = i + f.count;
  if (!words[next - 1].suffix.empty() || next >= words.size() || !words[next].prefix.empty()) return false;
  if (named_as_code(words, i)) return false;
  if (words[next].core == "each" || rate_article_noun(words, next)) return true;
  // "per swimmer", not "per the map": "per" here opens a unit, never an article.
  return words[next].core == "per" && words[next].suffix.empty() && next + 1 < words.size() &&
         !text::is_function_word(text::lower(words[next + 1].core));
}

namespace {

// "R19.40", "R31,900": a word of the same one-letter sign with money's own shape (cents or
// grouped thousands), which makes the whole line one of that money.
bool shaped_sum_of(std::string_view core, const Currency& p) {
  std::size_t sign = p.written.size();
  if (!text::starts_with(core, p.written) || core.size() <= sign || !text::is_digit(core[sign])) return false;
  std::string_view rest = core.substr(sign);
  rest = rest.substr(0, rest.find_first_not_of("0123456789.,"));
  auto number = text::parse_plain_figure(rest);
  return number && (number->grouped || number->decimals.size() == 2);
}

// The line is one of this currency: it names it or its home, or another price in it is written
// with the same sign in money's shape. Decided here for every placed price.
bool line_of_currency(const Words& words, const Currency& p) {
  if (names_currency(words, p)) return true;
  if (p.code == "ZAR" && tells_of_south_africa(words)) return true;
  for (const Word& w : words) {
    if (shaped_sum_of(w.core, p)) return true;
  }
  return false;
}

}  // namespace

// A one-letter sign glued to a whole figure of two or more places ("R25") is money in a price's
// position in a line that tells of the currency's home: "paid R500 in Durban"; "take the R21
// from Pretoria" is a road.
bool priced_at_home(const Words& words, std::size_t i, const Currency& p, const WrittenFigure& f) {
  if (!is_one_letter(p) || !f.glued || !f.scale.empty()) return false;
  // The second end of a price's move is a price whatever follows it ("to R32 from R28 next week").
  bool second_end = second_end_of_price_move(words, i, p);
  if (!second_end && names_what_follows(words, i, f)) return false;
  bool placed = in_price_position(words, i) || second_end;
  bool rate = rate_of_a_unit(words, i, f);
  if (!placed && !rate && !approximate_price(words, i)) return false;
  // A rate or an approximation places a price only on a line of the currency with no road or
  // R number to read instead.
  if (!placed && (tells_of_roads_or_r_number(words) || (!rate && another_road_sign(words, i)))) return false;
  return line_of_currency(words, p);
}

// The ringgit's "RM" before a whole figure of two or more places with no grouping, point or
// scale is also a postcode, a grade, a route or a motorbike ("in RM12", "on his RM250"): a
// price only on a line that tells of Malaysia, after a word in lower case that is no article,
// when no noun it names follows. Grouped, decimal or scaled figures have money's shape anywhere.
bool whole_ringgit_price(const Words& words, std::size_t i, const Currency& p, const WrittenFigure& f) {
  if (p.code != "MYR" || !f.glued || !f.scale.empty()) return false;
  if (i == 0 || !words[i - 1].suffix.empty() || words[i - 1].core.empty() || !text::is_lower(words[i - 1].core[0])) {
    return false;
  }
  // "riding an RM250": after an article the letters and figure name one thing, a model.
  if (text::is_one_of(words[i - 1].core, {"a", "an"})) return false;
  std::size_t digits = f.text.find_first_not_of("0123456789");
  if ((digits == std::string::npos ? f.text.size() : digits) < 2 || names_what_follows(words, i, f)) return false;
  return names_currency(words, p) || tells_of_malaysia(words);
}

namespace {

// "Thai", "Thailand's": a word that puts the line in Thailand, where "Bt" is the baht's.
bool is_thai(std::string_view core) { return text::is_one_of(core, {"Thai", "Thais", "Thailand", "Thailand's"}); }

// "Bt cotton", "Bt11 maize", "the Bt toxin": a word of the bacterium's crops and genes, where
// "Bt" and a figure name a line of seed, not baht.
bool tells_of_bt_crops(std::string_view core) {
  return text::is_one_of_lowered(core, {"cotton", "maize", "corn", "brinjal", "eggplant", "crop", "crops", "seed",
                                        "seeds", "gene", "genes", "toxin", "toxins", "protein", "event", "variety",
                                        "varieties", "transgenic", "gm", "genetically", "bollworm", "pest", "pests"});
}

}  // namespace

bool whole_baht_price(const Words& words, std::size_t i, const Currency& p, const WrittenFigure& f) {
  if (p.code != "THB" || !f.scale.empty() || !text::all_digits(f.text) || f.text.size() > 6 ||
      names_what_follows(words, i, f)) {
    return false;
  }
  if (in_price_position(words, i)) return true;
  // "the fare is Bt 40", "a fine of Bt 500", "fined him Bt 200": after a word that gives a
  // price its place, on a line of the baht. Not after "to" or "and", which join a score or a
  // list of seed lines as often.
  if (i == 0 || !words[i - 1].suffix.empty() ||
      !text::is_one_of(words[i - 1].core, {"is", "was", "are", "were", "be", "of", "at", "for", "about", "around",
                                           "only", "just", "him", "her", "them", "us", "me"})) {
    return false;
  }
  return (names_currency(words, p) || text::any_word(words, is_thai)) && !text::any_word(words, tells_of_bt_crops);
}

}  // namespace briefcast::rules
