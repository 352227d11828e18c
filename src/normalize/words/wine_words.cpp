// The words of wine, read as the trade says them:
//  - "15.1% alc.", "9.5% alc./vol.", "13% vol.", "14% alc/vol": a wine's strength after its
//    percentage, "percent alcohol", "percent alcohol by volume", "percent by volume" (eSpeak NG
//    clipped "alc" and read "alc./vol." as "alk dot slash").
//  - "Cab. Sauv.", "Sauv. Blanc", "Cab. Franc": a grape's name abbreviated, said in full with no
//    period to pause at.
#include "normalize/match.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "alc." -> "alcohol": the words a strength's basis stands for, in lower case as labels print it.
std::optional<std::string_view> strength_basis(std::string_view core) {
  static constexpr text::Said kBases[] = {
      {"alc", "alcohol"},       {"alc./vol", "alcohol by volume"}, {"alc/vol", "alcohol by volume"},
      {"vol", "by volume"},     {"Alc", "alcohol"},                {"Alc./Vol", "alcohol by volume"},
      {"Alc/Vol", "alcohol by volume"}, {"Vol", "by volume"},
  };
  return text::said_for(kBases, core);
}

// "15.1% alc.": the percentage and its basis, said together (the percentage alone before a
// word was made one adjective, "fifteen-point-one-percent alc").
std::optional<Match> wine_strength(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.suffix.empty() || !text::ends_with(w.core, "%") || w.core.size() > 8 || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = w.core.substr(0, w.core.size() - 1);
  if (figure.empty() || !text::parse_plain_figure(figure)) return std::nullopt;
  const Word& basis = words[i + 1];
  auto said = strength_basis(basis.core);
  // "vol" without its period is as often a word's start; "alc" alone is only alcohol.
  if (!said || (text::iequals(basis.core, "vol") && !text::has_period(basis))) return std::nullopt;
  return Match{2, speak_word(figure) + " percent " + std::string(*said),
               text::has_period(basis) && !period_ends_sentence(words, i + 1)};
}

// A grape's abbreviated name, and the names it is said with: "Cab." only before "Sauv.",
// "Sauvignon", "Sav" or "Franc" ("a cab." is a taxi); "Sauv." only after "Cab." or before "Blanc".
std::optional<Match> grape(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::has_period(w) || !w.prefix.empty()) return std::nullopt;
  bool next_ok = w.suffix == "." && i + 1 < words.size() && words[i + 1].prefix.empty();
  std::string_view next = next_ok ? words[i + 1].core : std::string_view();
  bool after_cab = i > 0 && words[i - 1].core == "Cab" && words[i - 1].suffix == ".";
  if (w.core == "Cab" && text::is_one_of(next, {"Sauv", "Sauvignon", "Sav", "Franc"})) return Match{1, "Cabernet", true};
  if (w.core == "Sauv" && (after_cab || next == "Blanc")) {
    return Match{1, "Sauvignon", !period_ends_sentence(words, i)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_wine_word(const Words& words, std::size_t i) {
  if (auto strength = wine_strength(words, i)) return strength;
  return grape(words, i);
}

}  // namespace briefcast::rules
