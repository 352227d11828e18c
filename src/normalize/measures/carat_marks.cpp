// Carats glued to their figure in jewellery copy: gold's fineness ("18k white gold", "9ct
// gold", "14kt") and a stone's weight ("a 1.5ct diamond", "the 2ct sapphire"). The letters
// were said as written ("eighteen k", "C T"). Said "carat" (gold's "karat" sounds the same),
// one adjective before the noun ("an eighteen-carat white gold band"), "carats" after a
// weight that ends its phrase ("it weighs 2.5ct"). Spaced ("2.03 ct") only among words of jewellery.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

bool is_gold_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"gold", "golds"});
}

bool is_gem_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"diamond", "diamonds", "sapphire", "sapphires", "ruby", "rubies", "emerald", "emeralds",
                                     "gem", "gems", "gemstone", "stone", "stones", "solitaire", "tanzanite", "spinel"});
}

// Words of jewellery and its trade, beside which a spaced "ct" after a figure is the carat.
bool is_jewellery_word(std::string_view w) {
  return is_gem_word(w) || is_gold_word(w) ||
         text::is_one_of_lowered(w, {"ring", "rings", "necklace", "pendant", "earrings", "jewellery", "jewelry",
                                     "jeweller", "jewellers", "jeweler", "hallmark", "hallmarked", "hallmarks",
                                     "clarity", "brilliant", "cut", "platinum", "carat", "carats"});
}

// "2.03 ct", "a 5 ct sapphire": a spaced "ct" among words of jewellery is the stone's carats
// (it was spelt "C T"); one adjective before a noun.
// "an 18 kt gold chain": a spaced "kt" is gold's fineness only with the metal right after it,
// or its colour and then the metal; elsewhere it is the knot or the kilotonne.
bool gold_follows(const Words& words, std::size_t i) {
  std::size_t metal = i + 2;
  if (metal < words.size() && words[i + 1].suffix.empty() &&
      text::is_one_of_lowered(words[metal].core, {"white", "yellow", "rose", "red", "pink", "green", "solid"})) {
    ++metal;
  }
  return metal < words.size() && words[metal - 1].suffix.empty() && is_gold_word(words[metal].core);
}

std::optional<Match> spaced_carat(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  bool carat = words[i + 1].core == "ct" || (words[i + 1].core == "kt" && gold_follows(words, i));
  if (!carat) return std::nullopt;
  auto number = text::parse_number(words[i].core);
  if (!number || number->negative || !text::any_word_near(words, i, 10, is_jewellery_word)) return std::nullopt;
  std::string said = speak_word(words[i].core);
  bool before_noun = words[i + 1].suffix.empty() && i + 2 < words.size() && words[i + 2].prefix.empty() &&
                     !words[i + 2].core.empty() && text::is_lower(words[i + 2].core[0]) &&
                     text::all_alpha(words[i + 2].core) && !is_not_noun(words[i + 2].core) &&
                     !text::is_function_word(text::lower(words[i + 2].core));
  if (before_noun) return Match{2, text::hyphenated(said + " carat"), false};
  return Match{2, said + (words[i].core == "1" ? " carat" : " carats"), false};
}

}  // namespace

std::optional<Match> match_carat_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || !text::is_digit(w.core[0])) return std::nullopt;
  if (auto m = spaced_carat(words, i)) return m;
  if (w.core.size() < 2) return std::nullopt;
  std::size_t end = 0;
  while (end < w.core.size() && (text::is_digit(w.core[end]) || w.core[end] == '.')) ++end;
  std::string_view figure = w.core.substr(0, end);
  std::string lowered = text::lower(w.core.substr(end));
  if (lowered != "k" && lowered != "kt" && lowered != "ct") return std::nullopt;
  auto number = text::parse_number(figure);
  if (!number || figure.back() == '.') return std::nullopt;
  // "18k gold", "9ct white gold": the metal right after, or after its colour; fineness is 1 to 24.
  std::size_t metal = i + 1;
  if (metal < words.size() && words[i].suffix.empty() &&
      text::is_one_of_lowered(words[metal].core, {"white", "yellow", "rose", "red", "pink", "green", "solid"})) {
    ++metal;
  }
  bool fineness = !number->negative && figure.size() <= 2 && figure.find('.') == std::string_view::npos &&
                  std::stoi(std::string(figure)) >= 1 && std::stoi(std::string(figure)) <= 24;
  // "9ct (375) gold": the same fineness in thousandths, bracketed before the metal, is passed over.
  bool aside = false;
  if (metal == i + 1 && metal + 1 < words.size() && words[i].suffix.empty() && words[metal].prefix == "(" &&
      words[metal].suffix == ")" && words[metal].core.size() == 3 && text::all_digits(words[metal].core)) {
    ++metal;
    aside = true;
  }
  bool gold = fineness && metal < words.size() && (aside || words[metal - 1].suffix.empty()) &&
              is_gold_word(words[metal].core);
  bool gem = lowered == "ct" && text::any_word_near(words, i, 4, is_gem_word);
  // "k" away from gold means a thousand ("412K oz of gold").
  if (!gold && !gem) return std::nullopt;
  std::string said = speak_word(figure);
  bool before_noun = w.suffix.empty() && i + 1 < words.size() && !words[i + 1].core.empty() && text::is_lower(words[i + 1].core[0]) &&
                     !is_not_noun(words[i + 1].core);
  if (gold || before_noun) return Match{1, text::hyphenated(said + " carat"), false};
  return Match{1, said + (figure == "1" ? " carat" : " carats"), false};
}

}  // namespace briefcast::rules
