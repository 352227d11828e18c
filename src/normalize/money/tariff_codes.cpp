// A customs tariff code: "HS code 8471.30", "commodity code 0901.21.00", "HTS 8517.62". It is a
// name of a class of goods, said as a broker reads it, in pairs ("eighty four seventy one,
// thirty"); read as a decimal ("eight thousand four hundred seventy one point three zero")
// it was a quantity no listener could place.
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_tariff_word(std::string_view w) { return text::is_one_of(w, {"HS", "HTS", "CN", "tariff", "commodity", "Tariff", "Commodity"}); }

// Word k names a tariff code: "HS", "HS code", "commodity code", "tariff heading".
bool names_tariff_code(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty()) return false;
  if (text::is_one_of(words[k].core, {"HS", "HTS"})) return true;
  bool code = text::is_one_of_lowered(words[k].core, {"code", "codes", "heading", "subheading"});
  return code && k > 0 && words[k - 1].suffix.empty() && is_tariff_word(words[k - 1].core);
}

// "84" -> "eighty four", "09" -> "oh nine", "00" -> "oh oh": a pair of a code's figures.
std::string pair_words(std::string_view pair) {
  if (pair[0] != '0') return cardinal_words(pair);
  return "oh " + (pair[1] == '0' ? std::string("oh") : std::string(digit_word(pair[1])));
}

// A group of two or four figures, said pair by pair.
std::string group_words(std::string_view group) {
  std::string said = pair_words(group.substr(0, 2));
  if (group.size() == 4) said += " " + pair_words(group.substr(2, 2));
  return said;
}

}  // namespace

std::optional<Match> match_tariff_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || w.core.size() < 6 || w.core.size() > 13 || w.core[4] != '.' ||
      !names_tariff_code(words, i - 1)) {
    return std::nullopt;
  }
  std::vector<std::string_view> groups = text::split(w.core, '.');
  if (groups.size() > 3 || groups[0].size() != 4) return std::nullopt;
  if (!text::all_digits(groups[0])) return std::nullopt;
  std::string said = group_words(groups[0]);
  for (std::size_t g = 1; g < groups.size(); ++g) {
    if (groups[g].size() != 2 || !text::all_digits(groups[g])) return std::nullopt;
    said += ", " + group_words(groups[g]);
  }
  return Match{1, said, false};
}

}  // namespace briefcast::rules
