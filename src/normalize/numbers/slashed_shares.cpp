// Figures joined by slashes that are neither a date nor a fraction.
// Shares of a whole: "a 75/15/10 mash bill", "the 50/30/20 budget rule": three or more
// figures that add up to a hundred, before a noun, are the shares of a mix, said one after
// another ("seventy five, fifteen, ten"); the slashes had been read aloud.
// Days, weeks, months in clinical shorthand: "amoxicillin for 5/7", "review in 2/52", "for
// 3/12": a count over seven is days, over fifty-two weeks, over twelve months ("for five days",
// "in two weeks", "for three months"); read as fractions they were "five sevenths". Only in a
// line about doses or treatment.
// Percentages of a list: "42/18/7%" -> "forty two, eighteen and seven percent".
// Sizes in pairs: "in 35/45 and 40/50 sizes" name lengths on two sides, "thirty five forty
// five"; read as a fraction or a count they were "over" and "fiftieths".
// A count of a total before what is counted: "9/10 patients", "11/12 infants" are "nine of ten
// patients"; read as a fraction they were "nine tenths patients".
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/counted_nouns.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// More than this many shares is a list of figures, not a mix.
constexpr std::size_t kMostShares = 6;

// The figures of "75/15/10" when there are `fewest` to `most` of them, each of at most three
// digits with no leading zero; the mixes, splits and counts below all start from this.
std::optional<std::vector<std::string_view>> slashed_figures(std::string_view core, std::size_t fewest,
                                                             std::size_t most) {
  if (core.size() > 4 * most) return std::nullopt;
  auto parts = text::split(core, '/');
  if (parts.size() < fewest || parts.size() > most) return std::nullopt;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 3 || part[0] == '0' || !text::all_digits(part)) return std::nullopt;
  }
  return parts;
}

// The shares of "75/15/10" when there are three to six, adding up to 100.
std::optional<std::vector<std::string_view>> shares_of_a_hundred(std::string_view core) {
  auto parts = slashed_figures(core, 3, kMostShares);
  if (!parts) return std::nullopt;
  int total = 0;
  for (std::string_view part : *parts) total += std::stoi(std::string(part));
  if (total != 100) return std::nullopt;
  return parts;
}

bool places_a_date(std::string_view word) {
  return text::is_one_of_lowered(word, {"on", "since", "until", "till", "dated", "from", "by", "before", "after"});
}

std::optional<Match> share_split(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto shares = shares_of_a_hundred(w.core);
  if (!shares || !w.prefix.empty() || !w.suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  // Before a noun in lower case ("mash bill", "split", "rule"), not after a word that places a date.
  std::string_view next = words[i + 1].core;
  if (next.empty() || !text::is_lower(next[0]) || !text::all_alpha(next) || text::is_function_word(next)) {
    return std::nullopt;
  }
  if (i > 0 && places_a_date(words[i - 1].core)) return std::nullopt;
  std::string spoken;
  for (std::string_view share : *shares) spoken += (spoken.empty() ? "" : ", ") + cardinal_words(share);
  return Match{1, spoken, false};
}

// Words of a line about doses and treatment, where "5/7" is five days.
bool tells_of_treatment(std::string_view core) {
  return text::is_one_of_lowered(core, {"mg", "mcg", "ml", "dose", "doses", "dosed", "dosing", "tablet", "tablets", "tabs",
                                        "capsule", "capsules", "caps", "antibiotic", "antibiotics", "prescribed",
                                        "prescription", "paracetamol", "ibuprofen", "amoxicillin", "co-codamol",
                                        "codeine", "sachets", "puffs", "t.d.s", "b.d", "o.d", "q.d.s", "tds", "bd",
                                        "qds", "nocte", "daily", "course", "review", "reviewed", "symptoms",
                                        "treatment", "treated", "physio", "physiotherapy", "sick", "off"}) ||
         text::ends_with(core, "mg");
}

// The unit a clinical span counts over `base` ("7" days, "52" weeks, "12" months) and the most
// of them written so; nothing for any other base.
std::optional<std::pair<std::string_view, int>> clinical_unit(std::string_view base) {
  if (base == "7") return std::pair{std::string_view("day"), 28};
  if (base == "52") return std::pair{std::string_view("week"), 52};
  if (base == "12") return std::pair{std::string_view("month"), 24};
  return std::nullopt;
}

std::optional<Match> clinical_span(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !words[i].prefix.empty()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i - 1].core, {"for", "in", "within", "after", "over", "x"})) return std::nullopt;
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2) return std::nullopt;
  std::string_view count = core.substr(0, slash);
  std::string_view base = core.substr(slash + 1);
  auto unit = clinical_unit(base);
  if (!text::all_digits(count) || count[0] == '0' || !unit) return std::nullopt;
  int n = std::stoi(std::string(count));
  if (n > unit->second) return std::nullopt;
  // A span ends its phrase ("for 5/7.", "for 5/7 then review"); before another word it is a
  // share of it ("in 3/7 patients", "for 5/7 of the time").
  if (words[i].suffix.empty() && i + 1 < words.size() &&
      !text::is_one_of_lowered(words[i + 1].core, {"and", "or", "then", "if", "after", "before", "with", "to", "as",
                                                   "until", "when", "but", "while", "and/or"})) {
    return std::nullopt;
  }
  if (!text::any_word_near(words, i, 16, tells_of_treatment)) return std::nullopt;
  return Match{1, cardinal_words(count) + " " + std::string(unit->first) + (n == 1 ? "" : "s"), false};
}

// Words of a prize pool, whose places take shares of it: "the pool is split 40/20/12/8".
bool tells_of_prize_pool(std::string_view core) {
  return text::is_one_of_lowered(core, {"prize", "prizes", "pool", "purse", "payout", "payouts", "winnings"});
}

// "split 40/20/12/8", "divided 50/30/20": shares after a word of dividing, falling from the
// first, each a figure up to a hundred and together no more than one, the rest unsaid. Beside a
// prize pool they are its percentages ("forty, twenty, twelve and eight percent"); elsewhere
// the figures alone. The slashes had been read aloud.
std::optional<Match> divided_shares(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || !words[i - 1].suffix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"split", "splits", "divided", "shared"})) {
    return std::nullopt;
  }
  auto parts = slashed_figures(w.core, 3, kMostShares);
  if (!parts) return std::nullopt;
  int total = 0;
  int before = 101;
  std::vector<std::string> said;
  for (std::string_view part : *parts) {
    int share = std::stoi(std::string(part));
    if (share > before) return std::nullopt;
    before = share;
    total += share;
    said.push_back(cardinal_words(part));
  }
  if (total > 100) return std::nullopt;
  if (text::any_word_near(words, i, 16, tells_of_prize_pool)) return Match{1, text::joined(said, ", ", " and ") + " percent", false};
  return Match{1, text::joined(said, ", "), false};
}

// "1/2 day passes", "1/2 price shots", "3/4 season passes": a word of time or price before the
// plural makes the pair a fraction of a ticket or a price, not a tally.
bool times_or_prices(std::string_view modifier) {
  return text::is_one_of_lowered(modifier, {"price", "day", "season", "fare", "term", "half", "week", "month", "year",
                                            "hour", "time", "size", "rate"});
}

// "7/9 kicks", "12/15 scrum feeds": a plural of attempts after the pair, or after one
// lower-case modifier that is no word of time or price, makes it a tally of attempts made good.
bool attempts_follow(const Words& words, std::size_t i) {
  if (is_attempt(words[i + 1].core)) return true;
  const Word& modifier = words[i + 1];
  return modifier.suffix.empty() && i + 2 < words.size() && !modifier.core.empty() &&
         text::is_lower(modifier.core[0]) && !text::is_function_word(modifier.core) &&
         !times_or_prices(modifier.core) && is_attempt(words[i + 2].core);
}

// "11/12 infants", "7/9 kicks": the first figure no more than the second, each of up to three
// digits, and a plural of people, animals or whole things, or of attempts, right after.
std::optional<Match> count_of_total(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      w.core.size() > 7 || !(is_counted_thing(words[i + 1].core) || attempts_follow(words, i))) {
    return std::nullopt;
  }
  auto parts = slashed_figures(w.core, 2, 2);
  if (!parts) return std::nullopt;
  std::string_view part = (*parts)[0];
  std::string_view whole = (*parts)[1];
  if (std::stoi(std::string(part)) > std::stoi(std::string(whole))) return std::nullopt;
  // "Python 2/3 users": after a name the figures are its releases, not a count.
  if (i > 0 && !words[i - 1].core.empty() && text::is_upper(words[i - 1].core[0])) return std::nullopt;
  return Match{1, cardinal_words(part) + " of " + cardinal_words(whole), false};
}

// "42/18/7%", "3/4/5 percent": percentages of a list, each figure a percentage of its own, said
// "forty two, eighteen and seven percent"; the slashes had been read aloud.
std::optional<Match> percent_list(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  bool sign = text::ends_with(core, "%");
  if (sign) core.remove_suffix(1);
  bool word_after = !sign && w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                    text::is_one_of_lowered(words[i + 1].core, {"percent", "pct"});
  if ((!sign && !word_after) || !w.prefix.empty() || core.size() > 4 * kMostShares) return std::nullopt;
  auto parts = text::split(core, '/');
  if (parts.size() < 3 || parts.size() > kMostShares) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 4 || part[0] == '.' || part.back() == '.') return std::nullopt;
    for (char c : part) {
      if (!text::is_digit(c) && c != '.') return std::nullopt;
    }
    said.push_back(speak_word(part));
  }
  std::string last = said.back();
  said.pop_back();
  return Match{word_after ? 2u : 1u, text::joined(said, ", ") + " and " + last + " percent", false};
}

// "35/45 sizes", "in 35/45 and 40/50 sizes": a pair of figures of two places or more before
// "size" or "sizes", or the first of such pairs joined by "and" or "or", said one after the other.
std::optional<Match> size_pair(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto parts = slashed_figures(w.core, 2, 2);
  // Each of two figures: "3/4 size" is a fraction, a three-quarter violin.
  if (!parts || !w.prefix.empty() || (*parts)[0].size() < 2 || (*parts)[1].size() < 2) return std::nullopt;
  auto is_size = [](std::string_view core) { return text::is_one_of_lowered(core, {"size", "sizes"}); };
  std::size_t k = i + 1;
  // Over further pairs to the word that names them.
  while (k + 1 < words.size() && text::is_one_of_lowered(words[k].core, {"and", "or"}) &&
         slashed_figures(words[k + 1].core, 2, 2)) {
    k += 2;
  }
  if (k >= words.size() || !words[k - 1].suffix.empty() || !is_size(words[k].core)) return std::nullopt;
  return Match{1, cardinal_words((*parts)[0]) + " " + cardinal_words((*parts)[1]), false};
}

}  // namespace

std::optional<Match> match_slashed_shares(const Words& words, std::size_t i) {
  if (auto percents = percent_list(words, i)) return percents;
  if (auto split = share_split(words, i)) return split;
  if (auto divided = divided_shares(words, i)) return divided;
  if (auto count = count_of_total(words, i)) return count;
  if (auto sizes = size_pair(words, i)) return sizes;
  return clinical_span(words, i);
}

}  // namespace briefcast::rules
