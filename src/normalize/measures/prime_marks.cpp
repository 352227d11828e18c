// Primes after a figure: beside degrees, words of the sky or a surveyor's angles they are
// arcminutes and arcseconds ("-05° 23′ 28″", "seeing of 0.8″"); a few feet, then inches under
// twelve are a height or a length ("6′ 4″", "13'5\""); a prime after thousands is feet ("11,400′").
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/attached_measures.h"
#include "normalize/measures/figure_ranges.h"
#include "normalize/measures/letter_unit_cues.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/count_cues.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

bool ends_in_degree(std::string_view raw) { return text::ends_with(raw, "\u00b0"); }

// The prime closing a figure's word: 1 for minutes, 2 for seconds, 0 for none. A straight mark
// is split off as punctuation; a typographic prime stays on the word's core.
int prime_of(const Word& w) {
  if (text::ends_with(w.core, "\u2032") || text::starts_with(w.suffix, "'")) return 1;
  if (text::ends_with(w.core, "\u2033") || text::starts_with(w.suffix, "\"")) return 2;
  return 0;
}

// The figure before a prime, the prime left off.
std::string_view figure_of(const Word& w) {
  bool in_core = text::ends_with(w.core, "\u2032") || text::ends_with(w.core, "\u2033");
  std::string_view figure = in_core ? w.core.substr(0, w.core.size() - 3) : w.core;
  // "07″": a part of a degree is written with two digits, said without the nought.
  while (figure.size() > 1 && figure[0] == '0' && figure[1] != '.') figure.remove_prefix(1);
  return figure;
}

// "50° 13'5\" N", "62 degrees 18'7\"": minutes and seconds joined by the prime after a spaced
// degree figure are parts of the degree, never feet and inches; read alone, "13'5\"" was feet and inches.
std::optional<Match> joined_arc_parts(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool after_degree = i > 0 && (ends_in_degree(words[i - 1].raw) ||
                                (i > 1 && text::is_one_of(words[i - 1].core, {"degree", "degrees"}) &&
                                 text::parse_plain_figure(words[i - 2].core)));
  if (!after_degree || !w.prefix.empty() || !text::starts_with(w.suffix, "\"")) {
    return std::nullopt;
  }
  std::size_t prime = w.core.find('\'');
  if (prime == std::string_view::npos) return std::nullopt;
  Word minutes = w;
  minutes.core = w.core.substr(0, prime);
  Word seconds = w;
  seconds.core = w.core.substr(prime + 1);
  auto arcminutes = text::parse_plain_figure(figure_of(minutes));
  auto arcseconds = text::parse_plain_figure(figure_of(seconds));
  if (!arcminutes || !arcseconds || !text::all_digits(minutes.core)) return std::nullopt;
  return Match{1, said_unit(*arcminutes, "arcminute", "arcminutes") + " " +
                      said_unit(*arcseconds, "arcsecond", "arcseconds"), false, true};
}

// "-05° 23′ 28″", "seeing of 0.8″": after degrees or a figure of arcminutes, or beside words of
// the sky when no noun follows (a telescope is sized in inches: "an 8\" reflector"), primes are
// parts of a degree.
std::optional<Match> arc_parts(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto joined = joined_arc_parts(words, i)) return joined;
  int prime = prime_of(w);
  auto number = prime ? text::parse_plain_figure(figure_of(w)) : std::nullopt;
  if (!number || !w.prefix.empty()) return std::nullopt;
  bool after_degree = i > 0 && (ends_in_degree(words[i - 1].raw) ||
                                (prime == 2 && prime_of(words[i - 1]) == 1 && text::parse_plain_figure(figure_of(words[i - 1]))));
  bool mark_split = !text::ends_with(w.core, "\u2032") && !text::ends_with(w.core, "\u2033");
  bool closed = w.suffix.size() > (mark_split ? 1u : 0u) || i + 1 >= words.size() || !may_be_noun_at(words, i + 1);
  bool instrument = !closed && is_instrument_noun(words[i + 1].core);
  bool sky = text::any_word_near(words, i, 8, tells_of_arc) || text::any_word_near(words, i, 12, gives_arc_position) ||
             (closed && text::any_word_near(words, i, 8, tells_of_deep_sky));
  if (instrument || (!after_degree && !sky)) return std::nullopt;
  std::string spoken = prime == 1 ? said_unit(*number, "arcminute", "arcminutes") : said_unit(*number, "arcsecond", "arcseconds");
  return Match{1, spoken, false, mark_split};
}

// "6′ 4″", "5' 11\"": a few feet, then inches under twelve, with no degree before them and no
// word of the sky near, is a height said "six foot four"; read as arcminutes it was "four
// arcseconds".
std::optional<Match> feet_and_inches(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || prime_of(words[i]) != 1 || prime_of(words[i + 1]) != 2 || !words[i].prefix.empty() ||
      !words[i + 1].prefix.empty() || (i > 0 && ends_in_degree(words[i - 1].raw))) {
    return std::nullopt;
  }
  std::string_view feet = figure_of(words[i]);
  auto inches = text::parse_plain_figure(figure_of(words[i + 1]));
  if (feet.size() != 1 || feet[0] < '1' || feet[0] > '8' || !inches || inches->has_point || inches->integer.size() > 2 ||
      (inches->integer.size() == 2 && inches->integer > "11") || text::any_word_near(words, i, 8, tells_of_arc) ||
      text::any_word_near(words, i, 10, tells_of_deep_sky) || text::any_word_near(words, i, 10, tells_of_sky)) {
    return std::nullopt;
  }
  bool split = !text::ends_with(words[i + 1].core, "\u2033");
  return Match{2, cardinal_words(feet) + " foot " + number_words(*inches, false), false, split};
}

// "run to 11,400′", "a 2,500' well": a prime after a figure grouped in thousands is feet, a
// depth or a height; a minute of a match or of arc is never past a thousand. A straight mark
// may close a quotation, so it is feet only with a word of length near or "well" after it, and
// no quotation open before it.
std::optional<Match> grouped_feet(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool typeset = text::ends_with(w.core, "\u2032");
  bool straight = !typeset && text::starts_with(w.suffix, "'") && !text::starts_with(w.suffix, "''");
  if ((!typeset && !straight) || !w.prefix.empty()) return std::nullopt;
  auto number = text::parse_plain_figure(typeset ? w.core.substr(0, w.core.size() - 3) : w.core);
  if (!number || !number->grouped) return std::nullopt;
  if (straight) {
    bool well_after = i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"well", "hole"});
    if (!well_after && !text::any_word_near(words, i, 8, tells_of_length)) return std::nullopt;
    for (std::size_t k = i >= 12 ? i - 12 : 0; k <= i; ++k) {
      if (words[k].prefix.find('\'') != std::string_view::npos) return std::nullopt;
    }
  }
  std::string figure = number_words(*number, false);
  if (is_adjectival(words, i, 1)) return Match{1, text::hyphenated(figure + " foot"), false, straight};
  return Match{1, figure + " feet", false, straight};
}

}  // namespace

std::optional<Match> match_prime_marks(const Words& words, std::size_t i) {
  if (auto m = feet_and_inches(words, i)) return m;
  if (auto m = arc_parts(words, i)) return m;
  return grouped_feet(words, i);
}

}  // namespace briefcast::rules
