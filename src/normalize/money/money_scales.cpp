// The scale word after a money figure as papers of many countries write it: "m", "k", "bn",
// "mn" and "mln", the German "Mio" and "Mrd", the Scandinavian "mill.", the Italian and Polish "mld", South Asia's "cr".
// After a currency sign or code these letters are a scale and nothing else ("€1.2 m",
// "HUF 38.9 m"); read as the letter they lost the million ("one euro twenty cents m").
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

std::optional<std::string> money_scale(std::string_view word) {
  if (auto scale = speak_scale(word)) return scale;
  // "NOK 412 mill.": Scandinavian papers shorten "millioner" so.
  if (text::is_one_of(word, {"m", "M", "mio", "Mio", "MIO", "mill", "Mill"})) return std::string("million");
  if (text::is_one_of(word, {"k", "K"})) return std::string("thousand");
  // "Milliarde", "miliardo": a thousand million.
  if (text::is_one_of(word, {"Mrd", "mrd", "Mld", "mld", "Mlrd", "mlrd"})) return std::string("billion");
  if (text::is_one_of(word, {"cr", "Cr"})) return std::string("crore");
  return spelt_foreign_scale(word);
}

// The scale spelt out in the paper's own language ("€ 1,2 miljoen", "$12.000 millones"), in
// lower case only: a capital makes it a name ("the €5 Milione scratchcard"), save German's,
// whose nouns all take one ("2,5 Milliarden €"). Spain's "billón"
// is left out: a million million, it is easily misheard as the English billion, and "$" before
// it is as often the peso as the dollar.
std::optional<std::string> spelt_foreign_scale(std::string_view word) {
  std::string lowered = text::lower(word);
  bool german = text::is_one_of(word, {"Millionen", "Milliarden", "Milliarde"});
  if (lowered != word && !german) return std::nullopt;
  if (text::is_one_of(lowered, {"miljoen", "miljoner", "millionen", "milioni", "milione", "millones",
                                "mill\u00f3n", "milh\u00f5es", "milh\u00e3o", "milionów", "miliony"})) {
    return std::string("million");
  }
  // Brazil's "bilhão" is a thousand million, as English's billion.
  if (text::is_one_of(lowered, {"miljard", "miljarder", "milliarden", "milliarde", "miliardi", "miliardo", "milliards",
                                "milliard", "bilh\u00f5es", "bilh\u00e3o", "miliardów", "miliardy"})) {
    return std::string("billion");
  }
  // Brazil counts on the short scale: its "trilhão" is the English trillion (Portugal's is not,
  // but Portugal's papers write "biliões" for that sum, which stays unread).
  if (text::is_one_of(lowered, {"trilh\u00f5es", "trilh\u00e3o"})) return std::string("trillion");
  return std::nullopt;
}

// "Mrd.", "mln.": the period of the short form, not of the sentence, when the line goes on in
// lower case or with a figure ("€4 Mrd. in 2023"); before a capital it may end the sentence.
bool scale_period(const Words& words, std::size_t k) {
  const Word& w = words[k];
  if (!text::has_period(w) || w.core.size() > 4 || period_ends_sentence(words, k) || k + 1 >= words.size()) return false;
  std::string_view next = words[k + 1].core;
  return !next.empty() && (text::is_lower(next[0]) || text::is_digit(next[0]));
}

}  // namespace briefcast::rules
