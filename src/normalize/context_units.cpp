// Unit letters that are something else on their own, said as units where the words beside
// them show it: a bare "t" after a figure is the tonne when "of" or the clause's end follows
// ("2,000 t of flour", "set at 160,000 t."), since "5 t" alone may be a letter; "Ma" and "Ga"
// after a figure are geology's millions and billions of years ago ("66 Ma" -> "sixty six
// million years ago"), never the name "Ma"; "troy oz" is the troy ounce.
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// The figure at i and an optional scale word after it ("1.5 million"): its words and the
// number of words it takes, or nothing when word i is no plain figure.
std::optional<std::pair<std::string, std::size_t>> figure_at(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() || !words[i].suffix.empty()) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  if (!number || number->negative) return std::nullopt;
  std::string spoken = number_words(*number, false);
  if (i + 1 < words.size() && words[i + 1].prefix.empty() && words[i + 1].suffix.empty() &&
      text::is_one_of(words[i + 1].core, {"thousand", "million", "billion"})) {
    return std::make_pair(spoken + " " + std::string(words[i + 1].core), std::size_t{2});
  }
  return std::make_pair(spoken, std::size_t{1});
}

// The word after k ends a tonnage: the clause ends, the line ends, or "of" or "a" follows
// ("30,000 t of ammonia", "5,000 t a day").
bool ends_quantity(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty()) return words[k].suffix[0] != '/' && words[k].suffix[0] != '-';
  if (k + 1 >= words.size()) return true;
  return words[k + 1].prefix.empty() && text::is_one_of(words[k + 1].core, {"of", "a", "per", "each", "in", "from"});
}

std::optional<Match> tonnes(const Words& words, std::size_t i, const std::string& figure, std::size_t n) {
  std::size_t k = i + n;
  if (k >= words.size() || words[k].core != "t" || !words[k].prefix.empty() || !ends_quantity(words, k)) {
    return std::nullopt;
  }
  bool one = figure == "one";
  return Match{n + 1, figure + (one ? " tonne" : " tonnes"), false};
}

std::optional<Match> years_ago(const Words& words, std::size_t i, const std::string& figure, std::size_t n) {
  std::size_t k = i + n;
  if (n != 1 || k >= words.size() || !words[k].prefix.empty() || !text::is_one_of(words[k].core, {"Ma", "Ga"})) {
    return std::nullopt;
  }
  std::string scale = words[k].core == "Ma" ? " million years" : " billion years";
  // "66 Ma ago", "a 250 Ma old rock": the word after already says when.
  bool said = words[k].suffix.empty() && k + 1 < words.size() && text::is_one_of(words[k + 1].core, {"ago", "old", "BP"});
  return Match{2, figure + scale + (said ? "" : " ago"), false};
}

}  // namespace

std::optional<Match> match_context_unit(const Words& words, std::size_t i) {
  // "per troy oz", "1,900 troy oz": the troy ounce, a unit the qualifier hides from the unit rules.
  if (words[i].core == "troy" && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].core == "oz" &&
      words[i + 1].prefix.empty()) {
    bool one = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"per", "a", "an", "one", "1"});
    return Match{2, one ? "troy ounce" : "troy ounces", false};
  }
  if (words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  auto figure = figure_at(words, i);
  if (!figure) return std::nullopt;
  if (auto m = tonnes(words, i, figure->first, figure->second)) return m;
  return years_ago(words, i, figure->first, figure->second);
}

}  // namespace briefcast::rules
