// A postal item's tracking number in the form the Universal Postal Union sets for every post
// (two capitals for the service, nine figures, two for the country of origin): "RR123456785GB",
// or spaced in threes as receipts print it, "LV 214 887 903 GB". A counter clerk reads it back
// letter by letter and figure by figure in its groups ("L V, two one four, eight eight seven,
// nine oh three, G B"); read as a number it was "two fourteen eight hundred eighty seven
// thousand ...". Spaced, the figures could be a count, so a word of the post must be near.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_two_capitals(std::string_view s) { return s.size() == 2 && text::all_upper(s) && text::all_alpha(s); }

bool tells_of_post(std::string_view core) {
  return text::is_one_of_lowered(core, {"tracking", "tracked", "parcel", "parcels", "package", "packages", "item",
                                        "items", "consignment", "shipment", "postal", "post", "courier", "registered",
                                        "customs", "delivery", "delivered", "mail", "mailed", "posted"});
}

// "214887903" -> "two one four, eight eight seven, nine oh three".
std::string grouped_figures(std::string_view nine) {
  return digit_words(nine.substr(0, 3), "oh") + ", " + digit_words(nine.substr(3, 3), "oh") + ", " +
         digit_words(nine.substr(6, 3), "oh");
}

std::string tracking_said(std::string_view service, std::string_view nine, std::string_view country) {
  return letter_names(service) + ", " + grouped_figures(nine) + ", " + letter_names(country);
}

// "LV 214 887 903 GB" or "LV 214887903 GB": the words from i, or nothing.
std::optional<Match> spaced_number(const Words& words, std::size_t i) {
  std::string nine;
  std::size_t j = i + 1;
  while (j < words.size() && nine.size() < 9 && words[j - 1].suffix.empty() && words[j].prefix.empty() &&
         text::all_digits(words[j].core) && (words[j].core.size() == 3 || words[j].core.size() == 9)) {
    nine += words[j].core;
    ++j;
  }
  // "UK 250 000 000 US items": a round count in thousands between two codes, not an item's number.
  if (nine.size() != 9 || text::ends_with(nine, "000") || j >= words.size() || !words[j - 1].suffix.empty() || !words[j].prefix.empty() ||
      !is_two_capitals(words[j].core) || !text::any_word_near(words, i, 12, tells_of_post)) {
    return std::nullopt;
  }
  return Match{j + 1 - i, tracking_said(words[i].core, nine, words[j].core), false};
}

}  // namespace

std::optional<Match> match_parcel_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!words[i].prefix.empty()) return std::nullopt;
  if (core.size() == 13 && is_two_capitals(core.substr(0, 2)) && text::all_digits(core.substr(2, 9)) &&
      is_two_capitals(core.substr(11))) {
    return Match{1, tracking_said(core.substr(0, 2), core.substr(2, 9), core.substr(11)), false};
  }
  if (!is_two_capitals(core) || !words[i].suffix.empty() || i + 2 >= words.size()) return std::nullopt;
  return spaced_number(words, i);
}

}  // namespace briefcast::rules
