// The words of property listings and lettings, read as an agent says them:
//  - "OIEO £425,000", "OIRO": offers in excess of, offers in the region of (spelled letters
//    said nothing of the price's terms).
//  - "w/c 14 Oct.", "w/c Monday": the week commencing a date ("w slash c" before).
//  - "4 bd/3.5 ba", "3bd/2ba": bedrooms and bathrooms, a half bathroom said "and a half".
//  - "62 dph" among words of housing: dwellings per hectare, a scheme's density.
//  - "1.2M RSF": rentable square feet, an office's lettable area.
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::optional<Match> offers(const Word& w) {
  if (w.core == "OIEO") return Match{1, "offers in excess of", false};
  if (w.core == "OIRO") return Match{1, "offers in the region of", false};
  return std::nullopt;
}

// The word after "w/c" opens a date: a day's figure ("14", "14th", "14/10"), a weekday or a month.
bool opens_date(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty() || words[j].core.empty()) return false;
  std::string_view core = words[j].core;
  if (text::is_digit(core[0])) {
    std::size_t digits = text::digit_run_end(core, 0);
    return digits <= 2;
  }
  return weekday_name(core).has_value() || month_number(core, true).has_value();
}

std::optional<Match> week_commencing(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"w/c", "W/C", "w/c:"}) || !w.suffix.empty() || !opens_date(words, i + 1)) return std::nullopt;
  return Match{1, w.core[0] == 'W' ? "Week commencing" : "week commencing", false};
}

// "3", "3.5": a count of rooms, a half said "and a half".
std::optional<std::string> rooms(std::string_view figure) {
  if (figure.empty() || figure.size() > 4) return std::nullopt;
  if (text::all_digits(figure)) return cardinal_words(figure);
  if (figure.size() >= 3 && text::ends_with(figure, ".5") && text::all_digits(figure.substr(0, figure.size() - 2))) {
    return cardinal_words(figure.substr(0, figure.size() - 2)) + " and a half";
  }
  return std::nullopt;
}

// "4 bd/3.5 ba", "4bd/3ba", "3 br/2 ba": each count with its room's letters, in one word or up
// to three.
std::optional<Match> bedrooms_bathrooms(const Words& words, std::size_t i) {
  // Join the words of the pattern into one written form, at most three words.
  std::string joined;
  std::size_t count = 0;
  for (std::size_t j = i; j < words.size() && count < 3; ++j) {
    if (j > i && !words[j].prefix.empty()) break;
    joined += words[j].core;
    ++count;
    if (!words[j].suffix.empty()) break;
    if (text::ends_with(joined, "ba") || text::ends_with(joined, "bth")) break;
  }
  std::size_t slash = joined.find('/');
  if (slash == std::string::npos || joined.empty() || !text::is_digit(joined[0])) return std::nullopt;
  std::string_view left(joined.data(), slash);
  std::string_view right(joined.data() + slash + 1, joined.size() - slash - 1);
  auto split = [](std::string_view part, std::initializer_list<std::string_view> kinds) -> std::optional<std::string> {
    for (std::string_view kind : kinds) {
      if (part.size() > kind.size() && text::ends_with(part, kind)) return rooms(part.substr(0, part.size() - kind.size()));
    }
    return std::nullopt;
  };
  auto beds = split(left, {"bd", "br", "bdr"});
  auto baths = split(right, {"ba", "bth"});
  if (!beds || !baths) return std::nullopt;
  // The words consumed end exactly at the bathrooms' letters.
  std::size_t last = i + count - 1;
  if (!text::ends_with(words[last].core, "ba") && !text::ends_with(words[last].core, "bth")) return std::nullopt;
  // Before a noun ("a 4 bd/3 ba Colonial") the counts size it, one adjective each.
  bool before_noun = words[last].suffix.empty() && last + 1 < words.size() && words[last + 1].prefix.empty() &&
                     !words[last + 1].core.empty() && text::is_alpha(words[last + 1].core[0]) &&
                     !text::is_function_word(text::lower(words[last + 1].core));
  if (before_noun) {
    return Match{count, text::hyphenated(*beds + " bedroom") + ", " + text::hyphenated(*baths + " bathroom"), false};
  }
  bool one_bed = *beds == "one";
  bool one_bath = *baths == "one";
  return Match{count, *beds + (one_bed ? " bedroom and " : " bedrooms and ") + *baths + (one_bath ? " bathroom" : " bathrooms"),
               false};
}

// "62 dph": dwellings per hectare, only among words of housing ("dph" is no other trade's here).
std::optional<Match> dwellings_per_hectare(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() || words[i + 1].core != "dph" ||
      w.core.size() > 6 || !text::parse_plain_figure(w.core) || !text::any_word_near(words, i, 16, tells_of_housing)) {
    return std::nullopt;
  }
  std::string said = speak_word(w.core);
  return Match{2, said + (said == "one" ? " dwelling per hectare" : " dwellings per hectare"),
               text::has_period(words[i + 1]) && !period_ends_sentence(words, i + 1)};
}

// "1.2M RSF", "250,000 USF": an office's rentable or usable square feet, as leasing reports
// count them, always a large figure or one in thousands or millions ("12 RSF reports" may be the
// press group's). Said in the plural wherever it stands, as an area this large is.
std::optional<Match> office_area(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      !text::is_one_of(words[i + 1].core, {"RSF", "USF"}) || w.core.size() > 12) {
    return std::nullopt;
  }
  std::string_view figure = w.core;
  std::string scale;
  if (text::ends_with(figure, "M") || text::ends_with(figure, "m")) scale = " million";
  if (text::ends_with(figure, "K") || text::ends_with(figure, "k")) scale = " thousand";
  if (!scale.empty()) figure.remove_suffix(1);
  auto number = text::parse_plain_figure(figure);
  if (!number || (scale.empty() && !number->grouped && number->integer.size() < 4)) return std::nullopt;
  std::string_view kind = words[i + 1].core == "RSF" ? " rentable square feet" : " usable square feet";
  return Match{2, speak_word(figure) + scale + std::string(kind),
               text::has_period(words[i + 1]) && !period_ends_sentence(words, i + 1)};
}

}  // namespace

std::optional<Match> match_property_word(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto offer = offers(w)) return offer;
  if (auto week = week_commencing(words, i)) return week;
  if (!w.core.empty() && text::is_digit(w.core[0])) {
    if (auto rooms = bedrooms_bathrooms(words, i)) return rooms;
    if (auto density = dwellings_per_hectare(words, i)) return density;
    if (auto area = office_area(words, i)) return area;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
