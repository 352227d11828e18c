// A party's letter where the news writes it in shorthand, said as the party, which is what a
// newsreader says: after a lawmaker's name in brackets, alone ("Rep. Ann Roe (R)") or with a
// district's ordinal ("(D-14th)": "Democrat, fourteenth district"), and in a split of votes or
// ballots written with a slash ("a 61/39 D/R split": "sixty one to thirty nine Democrat to
// Republican"). A lone "D" or "R" anywhere else is a letter (a grade, a rating, a variable), and
// a party's letter with a state after it is read in initials.cpp.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::string_view party_named(std::string_view letter) {
  if (letter == "D") return "Democrat";
  if (letter == "R") return "Republican";
  return "";
}

// "14th", "3rd", "21st": a district's ordinal, its figures and their ending.
std::optional<std::string> district_ordinal(std::string_view s) {
  if (s.size() < 3 || s.size() > 5) return std::nullopt;
  std::string_view figure = s.substr(0, s.size() - 2);
  std::string_view ending = s.substr(s.size() - 2);
  if (!text::all_digits(figure) || figure[0] == '0' || !text::is_one_of(ending, {"st", "nd", "rd", "th"})) {
    return std::nullopt;
  }
  return ordinal_words(figure);
}

// "(R)", "(D-14th)" right after a capitalised name, the bracket closing on the letter's word.
std::optional<Match> bracketed_party(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !text::ends_with(w.prefix, "(") || !text::starts_with(w.suffix, ")") || !words[i - 1].suffix.empty() ||
      !text::is_name_word(words[i - 1].core) || w.core.empty()) {
    return std::nullopt;
  }
  std::string_view party = party_named(w.core.substr(0, 1));
  if (party.empty()) return std::nullopt;
  // "Windows (R)": alone the letter is a registered mark unless lawmakers or votes are near.
  if (w.core.size() == 1) {
    if (words[i - 1].core.size() < 2 || !text::any_word_near(words, i, 12, tells_of_elections)) return std::nullopt;
    return Match{1, std::string(party), false};
  }
  auto sides = text::split_at_range_dash(w.core);
  if (!sides || sides->before.size() != 1) return std::nullopt;
  auto district = district_ordinal(sides->after);
  if (!district) return std::nullopt;
  return Match{1, std::string(party) + ", " + *district + " district", false};
}

// "61/39 D/R", "52/48 R/D": the two shares and the parties they belong to, in that order.
std::optional<Match> party_split(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto pair = text::figure_pair(words[i].core, '/', 2);
  const std::string_view parties = words[i + 1].core;
  if (!pair || parties.size() != 3 || parties[1] != '/') return std::nullopt;
  std::string_view first = party_named(parties.substr(0, 1));
  std::string_view second = party_named(parties.substr(2, 1));
  if (first.empty() || second.empty() || first == second) return std::nullopt;
  std::string spoken = cardinal_words(pair->left) + " to " + cardinal_words(pair->right) + " " + std::string(first) +
                       " to " + std::string(second);
  return Match{2, spoken, false};
}

}  // namespace

std::optional<Match> match_party_letters(const Words& words, std::size_t i) {
  if (auto m = bracketed_party(words, i)) return m;
  return party_split(words, i);
}

}  // namespace briefcast::rules
