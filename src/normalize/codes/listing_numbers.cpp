// "MLS #24-117803", "Lot #14", "ticket #A4471", "Case #2023-118": the number sign glued to an
// identifier after the word that names what it numbers (a listing, a lot, a ticket, a case) or
// after that word's capitals is said "number", never "hash" or "hashtag", and the identifier is a
// code, read in its groups as codes are ("twenty four, one one seven eight zero three"), never an
// amount ("one hundred seventeen thousand ...") or a range ("twenty four to ..."). A hashtag
// ("#MeToo") has no figure and "#1 hit" no such word before it; both stay as they were.
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "MLS", "SKU", "PO": a registry's or a form's capitals before the sign.
bool is_capitals_label(std::string_view core) {
  return core.size() >= 2 && core.size() <= 5 && text::all_alpha(core) && text::all_upper(core);
}

// "24-117803", "A4471", "A-2291", "2023-118": up to three capitals, then one to four groups of
// figures joined by hyphens; said with the letters spelt and each group as a code's figures.
std::optional<std::string> identifier_words(std::string_view code) {
  if (code.empty() || code.size() > 24) return std::nullopt;
  std::size_t letters = 0;
  while (letters < code.size() && text::is_alpha(code[letters]) && text::is_upper(code[letters])) ++letters;
  if (letters > 3) return std::nullopt;
  std::string_view rest = code.substr(letters);
  if (letters > 0 && !rest.empty() && rest[0] == '-') rest.remove_prefix(1);
  if (rest.empty() || rest.back() == '-') return std::nullopt;
  std::vector<std::string_view> groups = text::split(rest, '-');
  if (groups.size() > 4) return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view group : groups) {
    if (group.empty() || !text::all_digits(group)) return std::nullopt;
  }
  // "Lot #14", "item #1200": one short figure alone is said as a count, as "No. 14" is.
  if (letters == 0 && groups.size() == 1 && groups[0].size() <= 4 && groups[0][0] != '0') {
    return cardinal_words(groups[0]);
  }
  for (std::size_t k = 0; k < groups.size(); ++k) said.push_back(code_digits(groups[k], letters > 0 || k > 0));
  std::string out = text::joined(said, ", ");
  return letters > 0 ? spelled_letters(code.substr(0, letters)) + " " + out : out;
}

// "USDOT", "B/L": capitals of an initialism, perhaps parted by a slash, before a "no." sign.
bool is_initialism(std::string_view core) {
  std::string letters;
  for (char c : core) {
    if (c != '/') letters.push_back(c);
  }
  return letters.size() >= 2 && letters.size() <= 6 && text::all_alpha(letters) && text::all_upper(letters);
}

// A noun naming one thing by its number ("licence", "Permit", "flight"); a plural is a count
// and "number" after it the verb ("Protesters number 50000", "Tickets number 20000").
bool identity_noun(const Word& w) {
  return w.suffix.empty() && !text::ends_with(text::lower(w.core), "s") && numbered_noun(w.core);
}

// The sign of a number before word i: "No." after a word of its phrase ("USDOT No.", "Form No."),
// "no." after a noun of identity or an initialism ("licence no.", "USDOT no."), "No" or "number"
// after a noun of identity ("prisoner number", "Permit No"). Elsewhere "no." ends an answer
// ("the minister said no. 30000 jobs ..."), "No" is a vote ("Yes 61234 No 43210"), "No." opens a
// sentence ("No. 20000 homes ...") and "number" counts ("a record number 41000").
bool after_number_sign(const Words& words, std::size_t i) {
  if (i < 2 || (!words[i - 1].suffix.empty() && words[i - 1].suffix != ".")) return false;
  const Word& sign = words[i - 1];
  const Word& noun = words[i - 2];
  if (!noun.suffix.empty()) return false;
  if (sign.suffix == ".") {
    bool capital_label = !noun.core.empty() && text::is_upper(noun.core[0]) && text::all_alpha(noun.core);
    if (sign.core == "No") return capital_label || identity_noun(noun);
    return sign.core == "no" && (is_initialism(noun.core) || identity_noun(noun));
  }
  return text::is_one_of(sign.core, {"No", "number", "Number"}) && identity_noun(noun);
}

// "F-0421-2025", "B-07": hyphened groups, three or more, or a figure group opening with a zero.
bool identifier_shape(std::string_view body) {
  std::size_t groups = 1;
  bool padded = false;
  for (std::size_t at = 0; at < body.size(); ++at) {
    if (body[at] != '-') continue;
    ++groups;
    padded = padded || (at + 2 < body.size() && body[at + 1] == '0' && text::is_digit(body[at + 2]));
  }
  return groups >= 3 || (groups == 2 && padded);
}

}  // namespace

// "(USDOT No. 3481927)", "licence number 5582013": five figures or more, without a thousands
// comma, after the sign of a number name a thing; they are said figure by figure as a code's
// figures are, never as an amount ("three million four hundred ..."). "No. 10" and "No. 2,345"
// are a rank and a count and stay with the number rules.
// "ATCC 25922", "NCTC 10418", "DSM 20231": a culture collection's capitals before a strain's
// number, which is an accession said figure by figure as labs say it, never an amount.
bool after_culture_collection(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() &&
         text::is_one_of(words[i - 1].core, {"ATCC", "NCTC", "DSM", "NCIMB", "CECT", "JCM", "LMG", "KCTC", "NRRL",
                                             "NBRC", "CCUG", "NCPF", "CIP"});
}

std::optional<Match> match_numbered_identifier(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() >= 3 && core.size() <= 6 && text::all_digits(core) && words[i].prefix.empty() &&
      after_culture_collection(words, i)) {
    return Match{1, digit_words(core), false};
  }
  if (core.size() < 5 || core.size() > 16 || !text::all_digits(core) || !words[i].prefix.empty()) return std::nullopt;
  if (!after_number_sign(words, i)) return std::nullopt;
  return Match{1, code_digits(core, false), false};
}

std::optional<Match> match_listing_number(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() < 2 || w.core[0] != '#' || !w.prefix.empty()) return std::nullopt;
  // "#F-0421-2025", "#B-07": capitals hyphened to three groups or more, or to a figure group
  // padded with a zero, have an identifier's shape whatever word names them; "#G-20",
  // "#UFC-300" and "#COVID-19" are hashtags.
  std::string_view body = w.core.substr(1);
  bool lettered_code = text::is_upper(body[0]) && identifier_shape(body);
  bool named = i > 0 && words[i - 1].suffix.empty() &&
               (names_an_identifier(words[i - 1].core) || is_capitals_label(words[i - 1].core));
  if (!lettered_code && !named) return std::nullopt;
  auto code = identifier_words(body);
  if (!code) return std::nullopt;
  return Match{1, "number " + *code, false};
}

}  // namespace briefcast::rules
