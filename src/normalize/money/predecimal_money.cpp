// Britain's money before 1971 among the words of stamps and coins: "the 1d red", "a 6d stamp",
// "1s", "2/6", "£1 2s 6d". "d" is pence and "s" shillings, said as a collector says them: "the
// penny red", "a sixpenny stamp", "one shilling", "two and six", "two shillings and sixpence".
// They were read as letters ("one d red") and "2/6" as a fraction ("two sixths").
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_collecting_word(std::string_view w) {
  return text::is_one_of_lowered(
      w, {"stamp", "stamps", "coin", "coins", "penny", "pence", "shilling", "shillings", "postage", "philatelic",
          "philately", "philatelist", "philatelists", "numismatic", "numismatist", "numismatists", "florin", "florins",
          "halfpenny", "farthing", "farthings", "sovereign", "sovereigns", "half-crown", "postmark", "perforated",
          "perforations", "definitive", "definitives", "pre-decimal", "predecimal", "sixpence", "threepence",
          "twopence", "postal", "franked", "unused", "mint", "catalogue", "catalog", "sg", "plate", "margins",
          "cancelled", "canceled"});
}

constexpr std::string_view kPennyStems[] = {"", "one", "two", "three", "four", "five", "six",
                                            "seven", "eight", "nine", "ten", "eleven"};

// "6d": "sixpence", or "sixpenny" before the noun it prices; one is "penny" either way.
std::string pence_words(int pence, bool adjective) {
  if (pence == 1) return adjective ? "penny" : "one penny";
  return std::string(kPennyStems[pence]) + (adjective ? "penny" : "pence");
}

std::string shilling_words(std::string_view figure, bool adjective) {
  bool one = figure == "1";
  return cardinal_words(figure) + (one || adjective ? " shilling" : " shillings");
}

// "6d" -> 6, "1s" -> 1 with the unit's letter; up to eleven pence or nineteen shillings.
std::optional<std::pair<std::string_view, char>> old_amount(std::string_view core) {
  if (core.size() < 2 || core.size() > 3) return std::nullopt;
  char unit = core.back();
  std::string_view figure = core.substr(0, core.size() - 1);
  if ((unit != 'd' && unit != 's') || !text::all_digits(figure) || figure[0] == '0') return std::nullopt;
  int value = std::stoi(std::string(figure));
  if ((unit == 'd' && value > 11) || (unit == 's' && value > 19)) return std::nullopt;
  return std::make_pair(figure, unit);
}

// A lower-case word the amount prices ("red", "stamp"), not "and" or the sentence's end.
bool prices_next(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  std::string_view next = words[i + 1].core;
  return text::all_alpha(next) && text::is_lower(next[0]) && !text::is_function_word(next);
}

// "2/6", "10/6", "2/-": shillings and pence, "two and six".
std::optional<std::string> slashed_amount(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || core.size() - slash - 1 > 2 || core[0] == '0') {
    return std::nullopt;
  }
  std::string_view shillings = core.substr(0, slash);
  std::string_view pence = core.substr(slash + 1);
  if (!text::all_digits(shillings) || std::stoi(std::string(shillings)) > 19) return std::nullopt;
  if (pence == "-") return shilling_words(shillings, false);
  if (!text::all_digits(pence) || pence.empty() || std::stoi(std::string(pence)) > 11) return std::nullopt;
  return cardinal_words(shillings) + " and " + cardinal_words(pence);
}

}  // namespace

std::optional<Match> match_predecimal_money(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.size() > 5 || !text::is_digit(w.core.empty() ? 'x' : w.core[0])) return std::nullopt;
  auto amount = old_amount(w.core);
  auto slashed = amount ? std::nullopt : slashed_amount(w.core);
  if (!amount && !slashed) return std::nullopt;
  // "2s 6d": shillings and their pence, "two shillings and sixpence", a cue of its own.
  if (amount && amount->second == 's' && w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    auto pence = old_amount(words[i + 1].core);
    if (pence && pence->second == 'd') {
      return Match{2, shilling_words(amount->first, false) + " and " + pence_words(std::stoi(std::string(pence->first)), false),
                   false};
    }
  }
  if (!text::any_word_near(words, i, 8, is_collecting_word)) return std::nullopt;
  // "a 5/- coin": whole shillings before the noun they price are one adjective, "a five-shilling
  // coin", as "a 5s coin" is.
  if (slashed && text::ends_with(w.core, "/-") && prices_next(words, i)) {
    return Match{1, text::hyphenated(shilling_words(w.core.substr(0, w.core.size() - 2), true)), false};
  }
  if (slashed) return Match{1, *slashed, false};
  auto [figure, unit] = *amount;
  if (unit == 'd') return Match{1, pence_words(std::stoi(std::string(figure)), prices_next(words, i)), false};
  return Match{1, shilling_words(figure, prices_next(words, i)), false};
}

}  // namespace briefcast::rules
