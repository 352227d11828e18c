// An Indian postal code (PIN): six figures, the first from 1 to 8, that end an address after its
// city, bare, after a dash or a comma, or set in two groups of three as the postal service prints
// them ("New Delhi - 110001", "Mumbai 400 001", "Chennai-600028"). Like a ZIP code it is said digit
// by digit ("one one zero zero zero one"); as a count it had been "one hundred ten thousand one"
// and "four hundred thousand one". Six figures after a place's name may be a count in a table
// ("Kerala 110001 cases"), so the code must end its clause, and the line must read as an address
// (a word of streets or buildings, "India") or the code follow its city after a dash; "PIN" named
// before the code makes it one anywhere.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_pin_digits(std::string_view s) { return s.size() == 6 && text::all_digits(s) && s[0] >= '1' && s[0] <= '8'; }

bool is_address_word(std::string_view core) {
  return text::is_one_of(core, {"Address", "address", "Road", "Rd", "Marg", "Nagar", "Street", "Floor", "Sector", "Lane",
                                "Colony", "Office", "Complex", "Tower", "Building", "Bldg", "Estate", "Phase", "Plot",
                                "Block", "Chowk", "Bagh", "Vihar", "Enclave", "India", "PIN", "Pin", "Pincode", "PO"});
}

// "Delhi", "Bengaluru": a capitalised name, no figure, that may end a city.
bool is_place_word(const Word& w) {
  return w.core.size() >= 3 && text::is_capitalized(w.core) && text::all_alpha(w.core) &&
         !text::is_one_of(w.core, {"The", "In", "On", "At", "By", "Of", "And", "PIN", "Pin", "Pincode"});
}

// The word at `i` ends its clause: a mark after it, the line's end, or a capitalised word next.
bool ends_clause(const Words& words, std::size_t i) {
  return !words[i].suffix.empty() || i + 1 == words.size() ||
         (!words[i + 1].core.empty() && text::is_capitalized(words[i + 1].core));
}

// "PIN 110001", "Pin code: 110001", "PIN Code - 110001": the code named before it.
bool named_before(const Words& words, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && text::is_dash_word(words[k - 1].raw)) --k;
  if (k == 0) return false;
  std::string name = text::lower(words[k - 1].core);
  if (name == "code" && k > 1) name = text::lower(words[k - 2].core);
  return name == "pin" || name == "pincode";
}

// A city before the code at word i: "Delhi 110001", "Delhi, 110001", "Delhi - 110001".
bool place_before(const Words& words, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && text::is_dash_word(words[k - 1].raw)) --k;
  if (k == 0) return false;
  const Word& place = words[k - 1];
  return is_place_word(place) && (place.suffix.empty() || (place.suffix == "," && k == i));
}

}  // namespace

std::optional<Match> match_pin_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || w.core.empty() || w.core.size() > 40) return std::nullopt;
  // "Chennai-600028": the city and its code joined by a hyphen.
  std::size_t hyphen = w.core.rfind('-');
  if (hyphen != std::string_view::npos && hyphen >= 3 && is_pin_digits(w.core.substr(hyphen + 1))) {
    Word place{w.raw, w.prefix, w.core.substr(0, hyphen), ""};
    if (!is_place_word(place) || !ends_clause(words, i) || !text::any_word(words, is_address_word)) return std::nullopt;
    return Match{1, std::string(place.core) + " " + digit_words(w.core.substr(hyphen + 1)), false};
  }
  // "400 001": two groups of three figures.
  std::string digits(w.core);
  std::size_t count = 1;
  if (w.core.size() == 3 && w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      words[i + 1].core.size() == 3) {
    digits += words[i + 1].core;
    count = 2;
  }
  if (!is_pin_digits(digits)) return std::nullopt;
  // Named, the code is one wherever it stands ("the PIN code 560034 area").
  // A dash between the city and the code, the code ending the clause, is the postal style
  // itself ("New Delhi - 110001"); bare or after a comma the line must be an address.
  // A post office's own number, the last three figures, is never 000: "Prize - 500000" is a sum.
  bool dashed = i > 0 && text::is_dash_word(words[i - 1].raw) && !text::ends_with(digits, "000");
  bool addressed = ends_clause(words, i + count - 1) && place_before(words, i) &&
                   (dashed || text::any_word(words, is_address_word));
  if (!addressed && !named_before(words, i)) return std::nullopt;
  return Match{count, digit_words(digits), false};
}

}  // namespace briefcast::rules
