// "sold 1277 cattle", "1606 head", "won 1340 votes", "numbers eased to 1277": a four-digit figure in the span of years
// (1100-2039) before a plural noun of things that are counted is a count, said in full ("one
// thousand two hundred seventy seven cattle"), not as a year ("twelve seventy seven"). A year
// before such a noun qualifies it, and then a determiner or a word that places a time stands
// before it ("the 2019 floods", "its 2023 results", "in 2019 people voted"): those stay years.
// A figure that a quantity moved to or by ("rose to 1843", "down 1007") is a count as well.
#include <algorithm>
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// Besides the people and things of the shared core (counted_nouns.h): men and women, tallies of
// a disease or of crime, and lengths, weights and volumes counted in their units ("ran 1850
// miles", "1782 calories", were "eighteen fifty miles", "seventeen eighty two calories").
constexpr std::array<std::string_view, 40> kCountedHere = {
    "head",      "men",        "women",     "deaths",     "infections", "arrests",   "acres",     "hectares",
    "points",    "complaints", "applications", "cases",   "tests",      "admissions", "hospitalisations",
    "hospitalizations", "injuries", "vaccinations", "samples", "miles",  "kilometres", "kilometers", "metres",
    "meters",    "feet",       "yards",     "calories",   "grams",      "kilograms", "tonnes",    "tons",
    "litres",    "liters",     "gallons",   "barrels",    "words",      "pages",     "flights",   "incidents",
    "crimes",
};

bool is_counted_here(std::string_view w) {
  return is_counted_thing(w) || std::find(kCountedHere.begin(), kCountedHere.end(), w) != kCountedHere.end();
}

// Words before a figure that make it a year that qualifies the noun after it.
bool places_a_year(std::string_view w) {
  return text::is_one_of_lowered(w, {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your",
                                          "my", "in", "by", "since", "until", "till", "before", "after", "from",
                                          "during", "circa", "through", "year", "last", "next", "each", "every"});
}

// "Thatcher's 1979 voters", "the members' 2019 ballot": a possessive, singular or plural,
// places a year too.
bool is_possessive(std::string_view w) {
  return text::is_possessive(w) || text::ends_with(w, "s'") || text::ends_with(w, "s\u2019");
}

// "Numbers eased to 1277", "the tally rose to 1843", "down 1007 on the week": a figure that a
// quantity moved to, or by, is a count; a date is moved with other verbs ("postponed to 2021").
bool after_a_change(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string before = text::lower(words[i - 1].core);
  if (before == "up" || before == "down") return true;
  if ((before != "to" && before != "by") || i < 2 || !words[i - 2].suffix.empty()) return false;
  return text::is_one_of_lowered(words[i - 2].core,
                         {"rose", "fell", "eased", "climbed", "dropped", "increased", "decreased", "jumped",
                          "surged", "lifted", "dipped", "declined", "grew", "shrank", "slumped", "soared", "plunged"});
}

}  // namespace

// "a 1032-patient study", "a 1450-seat hall": a figure hyphened to one of the things counted
// is the size of the whole in them, a count ("one thousand thirty two patient"), never a year.
std::optional<Match> hyphened_count(const Word& w) {
  std::size_t hyphen = w.core.find('-');
  if (hyphen == std::string_view::npos) return std::nullopt;
  std::string_view figure = w.core.substr(0, hyphen);
  std::string_view noun = w.core.substr(hyphen + 1);
  if (figure.size() != 4 || !text::all_digits(figure) || figure[0] == '0' || text::ends_with(figure, "00") || noun.size() < 3 || !text::all_alpha(noun) ||
      !text::is_lower(noun[0]) || !is_counted_here(std::string(noun) + "s")) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(figure) + " " + std::string(noun), false};
}

std::optional<Match> match_counted_figure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto count = hyphened_count(w)) return count;
  // "1500 people": round hundreds are already said as a count ("fifteen hundred").
  if (!is_context_free_year(w.core) || text::ends_with(w.core, "00")) return std::nullopt;
  const Word* noun = w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() ? &words[i + 1] : nullptr;
  bool counted = noun && is_counted_here(noun->core);
  // "fell to 1999 levels": before another noun the figure is the year that qualifies it.
  bool other_noun = noun && !counted && !noun->core.empty() && text::is_lower(noun->core[0]) && !text::is_function_word(noun->core);
  if (after_a_change(words, i) && !other_noun) return Match{1, cardinal_words(w.core), false};
  if (!counted) return std::nullopt;
  if (i > 0 && words[i - 1].suffix.empty() && (places_a_year(words[i - 1].core) || is_possessive(words[i - 1].core))) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(w.core), false};
}

// "312 of 650 seats", "the Alliance 312 of 650": a count of a total, the two said alike as
// whole numbers. After a name the first had been read as a model's figures ("three twelve")
// while the total was a count. The total is larger, and neither is a decimal.
std::optional<Match> match_count_of_total(const Words& words, std::size_t i) {
  // "the Alliance 312 of 650": a rule of names pairs a capitalised word with the figure after
  // it (a model's "Boeing 737"), so the count is taken from the name on.
  if (i + 1 < words.size() && text::is_name_word(words[i].core) && words[i].suffix.empty() && words[i].prefix.empty() &&
      !words[i + 1].core.empty() && text::is_digit(words[i + 1].core[0])) {
    auto count = match_count_of_total(words, i + 1);
    if (!count) return std::nullopt;
    return Match{1 + count->count, speak_word(words[i].core) + " " + count->spoken, false};
  }
  if (i + 2 >= words.size() || !words[i].prefix.empty() || !words[i].suffix.empty() || words[i + 1].core != "of" ||
      !words[i + 1].suffix.empty() || !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  auto count = text::parse_plain_figure(words[i].core);
  auto total = text::parse_plain_figure(words[i + 2].core);
  if (!count || !total || count->has_point || total->has_point || count->integer.size() > 7 ||
      total->integer.size() > 7 || count->integer[0] == '0' || total->integer[0] == '0' || count->integer.size() < 3) {
    return std::nullopt;
  }
  // "2024 of 2025": figures of years, said as years by their own rule.
  if (is_context_free_year(words[i].core) || is_context_free_year(words[i + 2].core)) return std::nullopt;
  if (count->integer.size() > total->integer.size() ||
      (count->integer.size() == total->integer.size() && count->integer >= total->integer)) {
    return std::nullopt;
  }
  // A count of a total is counted in a plural noun after it, or closes its phrase.
  const Word& last = words[i + 2];
  bool closes = !last.suffix.empty() || i + 3 >= words.size();
  bool noun = !closes && words[i + 3].prefix.empty() && text::ends_with(words[i + 3].core, "s") &&
              text::all_alpha(words[i + 3].core) && text::is_lower(words[i + 3].core[0]);
  if (!closes && !noun) return std::nullopt;
  return Match{3, number_words(*count, false) + " of " + number_words(*total, false), false};
}

}  // namespace briefcast::rules
