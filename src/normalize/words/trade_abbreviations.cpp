// Abbreviations a trade writes with their period: "the max. dose", "min. DN 8", "Iss. 4",
// "grid ref. NN 166 712", "Harnby Jn.", "dia. 40 mm", "Sat.'s market". eSpeak NG said them as
// clipped words or letters ("max", "iss", "J N") and took a period before a capital or a figure
// for a sentence end (a pause of 300 ms in the middle of the clause). Each is said as its word
// and its period dropped; a period that also ends the sentence stays. The common abbreviations
// ("vs.", "approx.", "Vol.", "No. 4") are abbreviation.cpp's; this file holds those that need
// what follows or what stands before to be read.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/part_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Said before a figure or a code that opens with a capital ("Iss. 4", "Rev. C", "Pt. II"):
// the label of a document's part. Elsewhere most are words or names ("Art", "Tab", "Reg").
// The short words of a law's parts ("Art.", "regs.", "para.") are part_words.h's.
constexpr std::array<text::Said, 16> kBeforeLabel = {{
    {"Iss", "Issue"},       {"iss", "issue"},         {"Rev", "Revision"},   {"rev", "revision"},
    {"Ser", "Series"},      {"App", "Appendix"},      {"Tab", "Table"},      {"Eq", "Equation"},
    {"eq", "equation"},     {"Bk", "Book"},           {"Sched", "Schedule"}, {"Amdt", "Amendment"},
    {"Dwg", "Drawing"},     {"dwg", "drawing"},       {"Ref", "Reference"},  {"ref", "reference"},
}};

// Said before a figure, a code or a lowercase word ("max. 40 mg", "the max. dose", "min. DN
// 8"): a limit's or a measure's word, never a name when written in lower case.
constexpr std::array<text::Said, 7> kBeforeAnything = {{
    {"max", "maximum"}, {"min", "minimum"},     {"qty", "quantity"}, {"Qty", "Quantity"},
    {"dia", "diameter"}, {"diam", "diameter"}, {"spec", "specification"},
}};

// Said only before a figure ("wt. 2 kg", "temp. 20C", "Max. 40"): elsewhere they are words
// ("a temp. worker"), a name ("Max.") or a biologist's "wt." (wild type).
constexpr std::array<text::Said, 11> kBeforeFigure = {{
    {"wt", "weight"},   {"Wt", "Weight"},   {"ht", "height"},    {"Ht", "Height"},
    {"temp", "temperature"}, {"Temp", "Temperature"}, {"nom", "nominal"}, {"Nom", "Nominal"},
    {"Max", "Maximum"}, {"Min", "Minimum"}, {"Dia", "Diameter"},
}};

// What follows word i: a figure (or a sign and a figure), a code or word with a capital, a
// lowercase word, or nothing that the abbreviation leads into.
enum class Next { kNothing, kFigure, kCapital, kLower };

Next next_kind(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return Next::kNothing;
  const Word& next = words[i + 1];
  std::string_view core = next.core;
  if (core.empty() || !(next.prefix.empty() || next.prefix == "(")) return Next::kNothing;
  if ((core[0] == '-' || core[0] == '+' || core[0] == '<' || core[0] == '>') && core.size() > 1) core.remove_prefix(1);
  if (text::is_digit(core[0])) return Next::kFigure;
  if (text::is_upper(core[0])) return Next::kCapital;
  if (text::is_lower(core[0])) return Next::kLower;
  return Next::kNothing;
}

// "5 min.", "the 45 min.": after a figure "min" is the minute, "max" a setting; the unit rules' words.
bool after_figure(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() && !words[i - 1].core.empty() && text::is_digit(words[i - 1].core.back());
}

// "Lepr Rev. 2012;83": a journal's name before the year of a citation, no label.
bool cited_year(const Words& words, std::size_t i) {
  std::string_view figure = words[i + 1].core;
  if (figure.size() < 4 || !text::all_digits(figure.substr(0, 4)) || (figure[0] != '1' && figure[0] != '2')) return false;
  return figure.size() == 4 || figure[4] == ';' || figure[4] == ':' || figure[4] == ',';
}

// Word j is a code in capitals ("DN", "NN", "IV", "C", "IP65"), not a capitalised word or an initial. "I" and "A"
// before a word are the pronoun and the article of a new sentence ("my art. I loved").
bool is_code(const Words& words, std::size_t j) {
  std::string_view code = words[j].core;
  // "Ref. KX-2024/0091": capitals and figures in groups joined by hyphens or slashes.
  if (code.find_first_of("-/") != std::string_view::npos) {
    bool parts = code.size() <= 20 && text::is_upper(code[0]) && code.find_first_of("0123456789") != std::string_view::npos;
    for (char c : code) parts = parts && (text::is_upper(c) || text::is_digit(c) || c == '-' || c == '/');
    return parts;
  }
  if (code.empty() || code.size() > 6) return false;
  for (char c : code) {
    if (!text::is_upper(c) && !text::is_digit(c)) return false;
  }
  // One capital with a period is a person's initial ("Rev. J. Smith"), not a label.
  if (code.size() == 1 && text::starts_with(words[j].suffix, ".")) return false;
  bool lone = code == "I" || code == "A";
  return !lone || !words[j].suffix.empty() || j + 1 == words.size();
}

// A document's label follows: a figure, or a code in capitals ("Rev. C", "Pt. II", "ref. NN
// 166 712"), never a capitalised name ("Rev. Smith" is a title's, "Pt. Reyes" a point). A
// lowercase "pt." after a figure is a pint.
// "Art. No. 0512-004", "Ref. no. 88": the label's number sign and a figure after it also
// follow a document's label ("Art." is the article, not art).
bool number_sign_follows(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !text::is_one_of(words[i + 1].core, {"No", "no", "Nr", "nr"}) ||
      words[i + 1].suffix != ".") {
    return false;
  }
  std::string_view figure = words[i + 2].core;
  return words[i + 2].prefix.empty() && !figure.empty() && text::is_digit(figure[0]);
}

bool labels(const Words& words, std::size_t i, Next next) {
  if (number_sign_follows(words, i)) return true;
  if (next == Next::kFigure) return !(words[i].core == "pt" && after_figure(words, i)) && !cited_year(words, i);
  return next == Next::kCapital && is_code(words, i + 1);
}

// "3-night", "2-year", "10-day": a figure joined by a hyphen to the word it counts.
bool counted_compound(const Word& w) {
  std::size_t dash = w.core.find('-');
  if (!w.suffix.empty() || dash == std::string_view::npos || dash == 0 || dash + 2 > w.core.size()) return false;
  return text::all_digits(w.core.substr(0, dash)) && text::all_alpha(w.core.substr(dash + 1)) &&
         text::is_lower(w.core[dash + 1]);
}

// The period stays when it also ends the sentence ("... at the max. Then").
Match said(std::string_view spoken, const Words& words, std::size_t i) {
  return Match{1, std::string(spoken), !period_ends_sentence(words, i)};
}

// "Sat.'s market", "Dec.'s figures": a weekday or month abbreviated with its period before a
// possessive; the period inside the word made eSpeak NG say "sat dot".
std::optional<Match> dotted_day_possessive(const Word& w) {
  for (std::string_view mark : {std::string_view(".'s"), std::string_view(".\u2019s")}) {
    if (!text::ends_with(w.core, mark) || w.core.size() > 8) continue;
    std::string_view base = w.core.substr(0, w.core.size() - mark.size());
    if (auto day = weekday_name(base)) return Match{1, *day + "'s", false};
    if (base.size() >= 3 && base.size() <= 4 && text::is_capitalized(base) && base != "May") {
      if (auto month = month_number(base, true)) return Match{1, month_name(*month) + "'s", false};
    }
  }
  return std::nullopt;
}

// "Harnby Jn.", "Clapham Jct.", "Crewe Jcn": a railway or road junction after a place's name.
// ("Jn. 3:16" is the gospel, read by the book rule before this one.)
std::optional<Match> junction(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"Jn", "Jct", "Jcn", "Jctn"}) || i == 0 || !words[i - 1].suffix.empty() ||
      !text::is_capitalized(words[i - 1].core) || text::is_function_word(text::lower(words[i - 1].core))) {
    return std::nullopt;
  }
  if (!text::has_period(w) && w.core == "Jn") return std::nullopt;
  return Match{1, "Junction", text::has_period(w) && !period_ends_sentence(words, i)};
}

bool tells_of_mixture(std::string_view w) {
  return text::is_one_of_lowered(w, {"cream", "creams", "ointment", "gel", "lotion", "solution", "solutions", "acid",
                                     "concentration", "strength", "formulation", "suspension", "mixture", "dilution",
                                     "diluted", "dissolved", "solvent", "ethanol", "glycerol", "sucrose", "syrup"});
}

// "3.5% w/v", "40% v/v", "(w/w)": how a strength in percent is measured, weight in volume
// ("w slash v" before). "w/w" after a percent is as often a market's week on week, so it is a
// weight only among words of mixtures.
std::optional<Match> strength_basis(const Words& words, std::size_t i) {
  static constexpr text::Said kBases[] = {
      {"w/v", "weight by volume"}, {"v/v", "volume by volume"}, {"w/w", "weight by weight"}, {"v/w", "volume by weight"}};
  const Word& w = words[i];
  auto said = text::said_for(kBases, w.core);
  if (!said || i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  bool percent = text::ends_with(before, "%") || text::is_one_of_lowered(before, {"percent", "cent"});
  if (!percent && w.prefix != "(") return std::nullopt;
  if (w.core == "w/w" && !text::any_word_near(words, i, 12, tells_of_mixture)) return std::nullopt;
  return Match{1, std::string(*said), false};
}

bool tells_of_shipping(std::string_view w) {
  return text::is_one_of_lowered(w, {"cargo", "shipment", "shipper", "consignee", "freight", "vessel", "carrier",
                                     "container", "containers", "port", "FOB", "CIF", "Incoterms", "goods", "shipped"});
}

// "B/L no. 4411", "the B/L was issued": a shipper's bill of lading, before its number or among
// words of shipping; spelt with the slash it was "B L". Its "no." is the number.
std::optional<Match> bill_of_lading(const Words& words, std::size_t i) {
  if (!text::is_one_of(words[i].core, {"B/L", "b/l"})) return std::nullopt;
  bool sign = i + 2 < words.size() && words[i].suffix.empty() && text::is_one_of(words[i + 1].core, {"no", "No", "nr"}) &&
              words[i + 1].suffix == "." && words[i + 2].prefix.empty() && !words[i + 2].core.empty() &&
              (text::is_digit(words[i + 2].core[0]) || text::is_upper(words[i + 2].core[0]));
  if (sign) return Match{2, "bill of lading number", !period_ends_sentence(words, i + 1)};
  if (!text::any_word_near(words, i, 12, tells_of_shipping)) return std::nullopt;
  return Match{1, "bill of lading", false};
}

}  // namespace

std::optional<Match> match_trade_abbreviation(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() && w.prefix != "(") return std::nullopt;
  if (auto basis = strength_basis(words, i)) return basis;
  if (auto possessive = dotted_day_possessive(w)) return possessive;
  if (auto jn = junction(words, i)) return jn;
  if (auto bill = bill_of_lading(words, i)) return bill;
  if (!text::has_period(w) || w.core.size() > 5) return std::nullopt;
  // "min.," or "max.)": a period and another mark close a clause; the abbreviation ends there.
  Next next = w.suffix == "." ? next_kind(words, i) : Next::kNothing;
  if (next == Next::kNothing) return std::nullopt;
  if (auto label = text::said_for(kBeforeLabel, w.core); label && labels(words, i, next)) return said(*label, words, i);
  if (const PartWord* part = short_part_word(w.core); part && part->said_alone && labels(words, i, next)) {
    return said(spoken_part_word(w.core, *part), words, i);
  }
  // "5 min.", "1 pt.": after a figure they are the unit rules' minute and pint.
  if (after_figure(words, i)) return std::nullopt;
  if (auto limit = text::said_for(kBeforeFigure, w.core); limit && next == Next::kFigure) return said(*limit, words, i);
  // Before a capital only a code ("min. DN 8"): a capitalised word may open the next sentence.
  if (next == Next::kCapital && !is_code(words, i + 1)) return std::nullopt;
  // "built on spec. and sold": on speculation, not to a specification.
  if (w.core == "spec" && i > 0 && text::lower(words[i - 1].core) == "on") return std::nullopt;
  // "a ten min. walk", "a few min. later": after a count "min." before a word is the minute; a
  // limit's "min." stands after a determiner or a preposition ("the min. dose", "at min. power").
  // So does it after a count joined to its noun ("a 3-night min. stay", "a 2-year min. term"):
  // the figure is the limit's, and the minute would be "3-minute".
  if (w.core == "min" && next == Next::kLower && i > 0 && !counted_compound(words[i - 1]) &&
      !text::is_one_of_lowered(words[i - 1].core, {"the", "a", "an", "its", "their", "at", "of", "to", "from", "with",
                                                   "and", "or", "below", "above"})) {
    return std::nullopt;
  }
  if (auto limit = text::said_for(kBeforeAnything, w.core)) return said(*limit, words, i);
  return std::nullopt;
}

}  // namespace briefcast::rules
