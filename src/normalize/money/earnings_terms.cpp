// A company report's and a market story's shorthand, said as a business newsreader says it:
//  - "FY guidance" -> "full-year guidance" (before a word, not a year: "FY24" is fiscal);
//  - "H1 profit" -> "first-half profit", "in H2" -> "in the second half";
//  - "1Q", "3Q FY26" -> "the first quarter", "the third quarter of fiscal year ...";
//  - "FCF" -> "free cash flow", "fwd P/E" -> "forward P/E", "a $78 PT" -> "a ... price target",
//    "an intraday ATH" -> "an all-time high", "the 200-day MA" -> "the ... moving average";
//  - "Mgmt." -> "Management" (any line: the letters name nothing else).
// Each but the last needs a word of earnings or markets in the clause (trade_cues), so a web
// page's H1 heading, a Master of Arts or a physical therapist's PT keep their reading.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

bool joined_to_next(const Words& words, std::size_t i) {
  return i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty();
}

// "in H1", "during 3Q": a period named after a preposition takes "the".
bool after_preposition(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() && words[i].prefix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"in", "for", "during", "over", "through", "since", "from",
                                                     "into", "by", "until", "of", "on"});
}

// "H1", "H2", "1Q".."4Q": the ordinal of the half or quarter; nullopt for other letters.
std::optional<std::string_view> period_ordinal(std::string_view core, std::string_view& period) {
  static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};
  if (core.size() != 2) return std::nullopt;
  if (core[0] == 'H' && (core[1] == '1' || core[1] == '2')) {
    period = "half";
    return kOrdinals[core[1] - '1'];
  }
  if (core[1] == 'Q' && core[0] >= '1' && core[0] <= '4') {
    period = "quarter";
    return kOrdinals[core[0] - '1'];
  }
  return std::nullopt;
}

// "FY26", "FY2026" after a period: the fiscal year it belongs to.
std::optional<std::string> fiscal_year_after(std::string_view core) {
  if (!text::starts_with(core, "FY")) return std::nullopt;
  std::string_view digits = core.substr(2);
  if (!text::all_digits(digits) || (digits.size() != 2 && digits.size() != 4)) return std::nullopt;
  return "of fiscal year " + year_words(digits.size() == 2 ? "20" + std::string(digits) : std::string(digits));
}

// "H1 pre-tax profit", "in H2", "3Q FY26 sales": a half or a quarter of the year.
std::optional<Match> half_or_quarter(const Words& words, std::size_t i) {
  std::string_view period;
  auto ordinal = period_ordinal(words[i].core, period);
  if (!ordinal) return std::nullopt;
  std::string said = std::string(*ordinal) + " " + std::string(period);
  std::size_t count = 1;
  if (joined_to_next(words, i)) {
    if (auto fiscal = fiscal_year_after(words[i + 1].core)) {
      said += " " + *fiscal;
      count = 2;
    }
  }
  std::size_t last = i + count - 1;
  bool modifies = joined_to_next(words, last) && text::is_lower(words[last + 1].core.empty() ? 'X' : words[last + 1].core[0]) &&
                  !text::is_function_word(words[last + 1].core);
  if (modifies && count == 1) said = std::string(*ordinal) + "-" + std::string(period);
  if (after_preposition(words, i) || (count == 2 && !modifies)) said = "the " + said;
  return Match{count, said, false};
}

// "a $78 PT", "a 900p PT": a price target, after the price it names.
bool after_price(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view price = words[i - 1].core;
  if (price.empty() || price.find_first_of("0123456789") == std::string_view::npos) return false;
  bool sign = price[0] == '$' || text::starts_with(price, "\u00a3") || text::starts_with(price, "\u20ac");
  bool pence = price.back() == 'p' && text::is_digit(price[0]);
  return sign || pence;
}

// "the 200-day MA", "its 50-week MA": an average over a count of days or weeks.
bool after_day_count(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  return text::ends_with(before, "-day") || text::ends_with(before, "-week") || text::ends_with(before, "-DMA") ||
         text::is_one_of_lowered(before, {"day", "week", "days", "weeks"});
}

// Words of hydrogen as a fuel ("green H2"), beside which "H2" is the gas, not the second half.
bool tells_of_hydrogen(std::string_view core) {
  return text::is_one_of(core, {"O2", "CO2", "H2O", "CH4", "NH3"}) ||
         text::is_one_of_lowered(core, {"hydrogen", "fuel", "fuels", "electrolysis", "electrolyser", "electrolyzer",
                                        "electrolysers", "electrolyzers", "gas", "pipeline", "ammonia", "molecules",
                                        "green", "blue", "clean", "renewable"});
}

// Words of a line about hydrogen, fuel or energy, where "in H2." is the gas ("the port will
// invest in H2.", "buses that run in part on H2").
bool tells_of_energy(std::string_view core) {
  return tells_of_hydrogen(core) ||
         text::is_one_of_lowered(core, {"energy", "power", "invest", "invests", "invested", "investing", "investment",
                                        "investments", "production", "produce", "buses", "trucks", "vehicles", "cars",
                                        "refuelling", "refueling", "storage", "tanks", "hub", "hubs", "economy",
                                        "emissions", "carbon", "decarbonise", "decarbonize", "fuelled", "fueled"});
}

// "in H1", "during H2": a half after the preposition that names a span of time.
bool half_after_in(const Words& words, std::size_t i) {
  const Word& w = words[i];
  return (w.core == "H1" || w.core == "H2") && i > 0 && w.prefix.empty() && words[i - 1].suffix.empty() &&
         text::is_one_of_lowered(words[i - 1].core, {"in", "during"});
}

bool closes_clause(const Words& words, std::size_t i) {
  const Word& w = words[i];
  return i + 1 == words.size() || (!w.suffix.empty() && std::string_view(".,;:!?").find(w.suffix[0]) != std::string_view::npos);
}

// "sales rose in H1 and slid in H2.": the other half of the pair after "in" closes its clause,
// so this one is a half of the same year, read the same way. "the H2 project" is no such pair.
bool pair_closes_clause(const Words& words, std::size_t i) {
  std::string_view other = words[i].core == "H1" ? "H2" : "H1";
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k != i && words[k].core == other && half_after_in(words, k) && closes_clause(words, k)) return true;
  }
  return false;
}

// "some 40 stores shut in H2.", "output dipped in H1, the ministry said": after "in" at a
// clause's end, or paired with such a half, a half of the year needs no word of earnings to be
// one. Not on a line of hydrogen or energy ("the port will invest in H2.").
std::optional<Match> half_closing_clause(const Words& words, std::size_t i) {
  if (!half_after_in(words, i)) return std::nullopt;
  if (!(closes_clause(words, i) || pair_closes_clause(words, i)) || text::any_word(words, tells_of_energy)) {
    return std::nullopt;
  }
  return Match{1, std::string("the ") + (words[i].core == "H1" ? "first" : "second") + " half", false};
}

}  // namespace

std::optional<Match> match_earnings_term(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  if (core == "Mgmt" && text::has_period(w)) return Match{1, "Management", true};
  // "Asset Mgmt.'s fund": the possessive after the abbreviation's period.
  if (core == "Mgmt.'s" || core == "Mgmt.\u2019s") return Match{1, "Management's", false};
  if (core.size() < 2 || core.size() > 4) return std::nullopt;
  // Only a word that may be one of the terms below asks the line for an earnings word: the scan
  // is the costly part, and most words are none.
  std::string_view period_shape;
  if (!period_ordinal(core, period_shape) && !text::is_one_of(core, {"FY", "FCF", "fwd", "ATH", "ATHs", "PT", "MA", "DMA"})) {
    return std::nullopt;
  }
  if (auto half = half_closing_clause(words, i)) return half;
  if (!text::any_word_near(words, i, kWindow, tells_of_earnings)) return std::nullopt;
  // "H2" is hydrogen as often, in a line about its fuel and its market.
  if (core == "H2" && text::any_word_near(words, i, kWindow, tells_of_hydrogen)) return std::nullopt;
  if (auto period = half_or_quarter(words, i)) return period;
  // "FY Q3 results" is the fiscal year's quarter, not the full year.
  std::string_view period_unused;
  if (core == "FY" && joined_to_next(words, i) && !words[i + 1].core.empty() && text::is_alpha(words[i + 1].core[0]) &&
      !text::starts_with(words[i + 1].core, "Q") && !period_ordinal(words[i + 1].core, period_unused)) {
    return Match{1, "full-year", false};
  }
  if (core == "FCF") return Match{1, "free cash flow", false};
  if (core == "fwd" && w.suffix.empty()) return Match{1, "forward", false};
  if (core == "ATH" || core == "ATHs") return Match{1, core == "ATH" ? "all-time high" : "all-time highs", false};
  if (core == "PT" && after_price(words, i)) return Match{1, "price target", false};
  if ((core == "MA" || core == "DMA") && after_day_count(words, i)) return Match{1, "moving average", false};
  return std::nullopt;
}

}  // namespace briefcast::rules
