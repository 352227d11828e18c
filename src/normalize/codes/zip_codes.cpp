// ZIP codes named as such: "zip code 30305", "the 48201 ZIP code", "ZIP codes 10025, 10026 and
// 10027", "ZIP code 20500-0003". Five figures named a ZIP code are said digit by digit, as the
// address rule says them after a state, never as a count in the tens of thousands ("forty
// three thousand ..."); a ZIP+4's four more figures follow as a second group. Every code of a
// list after the name is one, so the name is looked for back across the codes before it.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_zip_shape(std::string_view core) {
  if (core.size() != 5 && !(core.size() == 10 && core[5] == '-' && text::all_digits(core.substr(6)))) return false;
  return text::all_digits(core.substr(0, 5));
}

std::string lower_at(const Words& words, std::size_t k) { return k < words.size() ? text::lower(words[k].core) : ""; }

// Word k ends the ZIP code's name: "zip", "ZIP", "zipcode(s)", or "code(s)" after "zip" or
// "postal"; "code is", "codes are" and "code:" lead into the figure the same way.
bool ends_zip_name(const Words& words, std::size_t k) {
  if (!(words[k].suffix.empty() || words[k].suffix == ":")) return false;
  std::string w = lower_at(words, k);
  if (text::is_one_of(w, {"zip", "zipcode", "zipcodes", "zips"})) return true;
  if (text::is_one_of(w, {"is", "are"})) return k > 0 && lower_at(words, k - 1) != w && ends_zip_name(words, k - 1);
  return text::is_one_of(w, {"code", "codes"}) && k > 0 && words[k - 1].suffix.empty() &&
         text::is_one_of(lower_at(words, k - 1), {"zip", "postal"});
}

// The ZIP code's name stands before word i, right before it or before a list of codes ending
// with it ("ZIP codes 43001, 43002 or 43003").
bool named_before(const Words& words, std::size_t i) {
  for (std::size_t k = i, seen = 0; k > 0 && seen < 12; ++seen) {
    --k;
    if (ends_zip_name(words, k)) return true;
    bool joins = text::is_one_of(lower_at(words, k), {"and", "or", "&"}) && words[k].suffix.empty();
    bool code = is_zip_shape(words[k].core) && words[k].prefix.empty() && (words[k].suffix.empty() || words[k].suffix == ",");
    if (!joins && !code) return false;
  }
  return false;
}

// "the 60614 ZIP code", "90210 zip": after the figure, "zip" must be "ZIP", "zip code" or end a
// clause; "12000 zip ties" are things.
bool named_after(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty()) return false;
  if (lower_at(words, i + 1) == "zipcode") return true;
  return lower_at(words, i + 1) == "zip" && (words[i + 1].core == "ZIP" || lower_at(words, i + 2) == "code" ||
                                             !words[i + 1].suffix.empty() || i + 2 == words.size());
}

}  // namespace

std::optional<Match> match_named_zip(const Words& words, std::size_t i) {
  std::string_view zip = words[i].core;
  if (!is_zip_shape(zip) || !words[i].prefix.empty()) return std::nullopt;
  if (!named_before(words, i) && !named_after(words, i)) return std::nullopt;
  std::string spoken = digit_words(zip.substr(0, 5));
  if (zip.size() == 10) spoken += " " + digit_words(zip.substr(6));
  return Match{1, spoken, false};
}

}  // namespace briefcast::rules
