// The number of a published standard after its body's letters: "EN 81-20", "BS 7671", "ISO
// 14001:2015", "BS EN 1090-2", "IEC 60601-1", "ISO/IEC 27001", "ASTM A36". It is a name, not a
// quantity or a range: the part after its dash is said "dash twenty" (it was read as a range,
// "eighty one to twenty", or as a lone minus), the year after its colon is a year after a pause
// (", twenty fifteen"), an amendment after it ", plus A one", and the number is said in groups
// as the trade says it: pairs for three or four figures ("seventy six seventy one", "one seventy
// nine"), a pair then the rest for five ("twenty three five thirty seven", "eighteen six oh
// two"), one by one when the pair is whole tens ("six oh three three five"), and a round
// thousand whole ("nine thousand one", "fourteen thousand one"). Five figures were said as a
// count ("twenty three thousand five hundred thirty seven"). Any code glued by a colon to its
// edition's year ("D1.1M:2020", "A1/A1M:2019") is the code, then the year: the colon had been
// said as a sentence's pause before the year.
#include <algorithm>
#include <vector>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/references/references.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_plain_body(std::string_view w) {
  return text::is_one_of(w, {"ISO", "EN", "BS", "IEC", "DIN", "ASTM", "ANSI", "NZS", "UL", "CSA", "BSI", "NFPA", "SAE",
                             "JIS", "IEEE", "GB", "IS", "AS", "ETSI", "CEN", "OIML", "SANS", "AS/NZS", "ISO/IEC", "ISO/TS", "GB/T", "ISO/IEC/IEEE"});
}

// Letters that are also a word, a unit or a country elsewhere: "THE PRICE IS 500" or "AS 2024
// ENDS" in capitals,
// "64 GB 2400": a body only where the line is not in capitals and no figure stands before them.
bool is_ambiguous_body(std::string_view w) { return text::is_one_of(w, {"IS", "GB", "AS"}); }

bool is_standards_body(const Words& words, std::size_t i) {
  std::string_view w = words[i].core;
  if (!words[i].prefix.empty() || !is_plain_body(w)) return false;
  if (i > 0 && text::number_prefix_length(words[i - 1].core) > 0) return false;
  if (!is_ambiguous_body(w)) return true;
  return i > 0 && !text::is_capitals_word(words[i - 1].core);
}

// The body's letters as they are said: spelled, but "DIN" and "ANSI" are said as words and
// "IEEE" as "I triple E".
std::string said_body(std::string_view body) {
  std::vector<std::string> parts;
  for (std::string_view part : text::split(body, '/')) {
    if (part == "DIN" || part == "ANSI") {
      parts.emplace_back(part);
    } else if (part == "IEEE") {
      parts.emplace_back("I triple E");
    } else {
      parts.push_back(spelled_letters(part));
    }
  }
  return text::joined(parts, " ");
}

std::string standard_figure(std::string_view digits) {
  if (digits.size() < 3 || digits.size() > 5) return cardinal_words(digits);
  // "9001", "14001", "22000": a round thousand and a small rest are said whole.
  if (digits.size() >= 4 && digits.substr(digits.size() - 3, 2) == "00") return cardinal_words(digits);
  if (digits.size() <= 4) return paired_digit_words(digits);
  // "60335", "20022": a leading pair of whole tens runs into the figure after it ("sixty three
  // thirty five" is heard as 6335), so five such figures are said one by one, "six oh three
  // three five", as the trade says them.
  if (digits[0] >= '2' && digits[1] == '0' && digits[2] != '0') return digit_words(digits, "oh");
  std::string_view rest = digits.substr(2);
  std::string said = cardinal_words(digits.substr(0, 2)) + " ";
  if (rest[0] == '0') return said + "oh " + paired_digit_words(rest.substr(1));
  return said + paired_digit_words(rest);
}

// A camera's sensitivity is written "ISO 400", "ISO 3200": a film speed is no standard.
bool is_film_speed(std::string_view body, std::string_view digits) {
  return body == "ISO" && text::is_one_of(digits, {"25", "50", "64", "80", "100", "125", "160", "200", "250", "320", "400",
                                                  "500", "640", "800", "1000", "1250", "1600", "2000", "2500", "3200",
                                                  "4000", "5000", "6400", "8000", "10000", "12800", "25600", "51200"});
}

// "-1", "-20", "-2-40": parts, each of up to three figures. The first is below the number
// ("EN 81-20"): "BS 18-20" with a larger second figure is a range of pages.
std::optional<std::string> said_parts(std::string_view& rest, std::string_view number) {
  std::string said;
  for (int part = 0; part < 2 && rest.size() >= 2 && rest[0] == '-'; ++part) {
    std::size_t end = 1;
    end = text::digit_run_end(rest, end, 3 + 1);
    if (end == 1 || rest[1] == '0') return std::nullopt;
    if (part == 0 && std::stoi(std::string(rest.substr(1, end - 1))) >= std::stoi(std::string(number))) return std::nullopt;
    said += " dash " + cardinal_words(rest.substr(1, end - 1));
    rest = rest.substr(end);
  }
  return said;
}

// "1950" to "2039": four figures that are a year of the decades standards are dated in. The one
// test of a year for an edition, a second standard and an unlisted body's dated standard.
bool recent_year(std::string_view s) { return s.size() == 4 && text::all_digits(s) && s >= "1950" && s < "2040"; }

// ":2015" at the start of rest: the edition's year, taken off rest. "/2018" ("BS 7671/2018")
// is written for it too, with a recent year, where `slashed` allows: after a number that is
// itself a year the slash is a range or a pair ("GB 2019/2020 season", "Team GB 2012/2016").
std::optional<std::string> edition(std::string_view& rest, bool slashed) {
  if (rest.size() < 5 || !text::all_digits(rest.substr(1, 4)) || (rest[1] != '1' && rest[1] != '2')) return std::nullopt;
  bool slashed_year = slashed && rest[0] == '/' && recent_year(rest.substr(1, 4));
  if (rest[0] != ':' && !slashed_year) return std::nullopt;
  if (rest.size() > 5 && text::is_digit(rest[5])) return std::nullopt;
  std::string year = year_words(rest.substr(1, 4));
  rest.remove_prefix(5);
  return year;
}

// ":2014+A1:2018": the edition's year after a pause, as the colon is heard ("seventy one dash
// one, twenty fourteen"; it had run into the number), then each amendment, ", plus A one, twenty
// eighteen". What is left unread stays in rest.
std::string said_editions(std::string_view& rest, std::string_view number) {
  bool slashed = !recent_year(number);
  auto year = edition(rest, slashed);
  if (!year) return "";
  std::string said = ", " + *year;
  while (rest.size() >= 3 && rest[0] == '+' && rest[1] == 'A' && text::is_digit(rest[2])) {
    std::string_view left = rest.substr(2);
    std::size_t digits = text::digit_run_end(left, 0, 2);
    left.remove_prefix(digits);
    std::string amendment = ", plus A " + cardinal_words(rest.substr(2, digits));
    if (auto amended = edition(left, slashed)) amendment += ", " + *amended;
    rest = left;
    said += amendment;
  }
  return said;
}

// "/11785" in "ISO 11784/11785": a second standard of the body, as long as the first and no
// year ("BS 7671/2018" is an edition), said after "and"; the slash had been said "slash".
std::string said_second_standard(std::string_view& rest, std::string_view first) {
  if (rest.size() != first.size() + 1 || rest[0] != '/' || rest[1] == '0' || !text::all_digits(rest.substr(1))) return "";
  std::string_view second = rest.substr(1);
  if (recent_year(second) || first.size() < 3) return "";
  rest.remove_prefix(rest.size());
  return " and " + standard_figure(second);
}

// The number at word i after the body at word `body`, said; nothing when it is no standard's.
std::optional<std::string> standard_after_body(const Words& words, std::size_t body, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !words[i - 1].suffix.empty()) return std::nullopt;
  std::string_view core = w.core;
  std::string said;
  // "A36", "J1772", "T8131": a series letter before the number.
  if (!core.empty() && text::is_upper(core[0]) && core.size() > 1 && text::is_digit(core[1])) {
    said = letter_names(core.substr(0, 1)) + " ";
    core.remove_prefix(1);
  }
  std::size_t main_end = text::digit_run_end(core, 0);
  if (main_end < 2 || main_end > 5 || core[0] == '0') return std::nullopt;
  std::string_view number = core.substr(0, main_end);
  said += standard_figure(number);
  std::string_view rest = core.substr(main_end);
  std::size_t before = rest.size();
  auto parts = said_parts(rest, number);
  if (!parts) return std::nullopt;
  said += *parts;
  // "AS 1170.4", "AS/NZS 4645.1:2018": a part after a point, as Australian and New Zealand
  // standards number theirs ("eleven seventy point four").
  if (parts->empty() && rest.size() >= 2 && rest[0] == '.' && text::is_digit(rest[1])) {
    std::size_t end = text::digit_run_end(rest, 1, 3);
    said += " point " + digit_words(rest.substr(1, end - 1));
    rest.remove_prefix(end);
  }
  said += said_editions(rest, number);
  said += said_second_standard(rest, number);
  bool marked = rest.size() != before;
  if (!rest.empty() || (!marked && is_film_speed(words[body].core, number))) return std::nullopt;
  // "Lexus IS 350", "VAT No: GB 716 6328 31": letters that are often a model's or a country's
  // take four figures or a part, with no figure after.
  bool figure_after = i + 1 < words.size() && text::number_prefix_length(words[i + 1].core) > 0;
  if (is_ambiguous_body(words[body].core) && !marked && (number.size() < 4 || figure_after)) return std::nullopt;
  return said;
}

// "D1.1M:2020": a code of letters and figures, a colon and a year from 1950 on; a clock's
// figures ("10:2020") hold no letter.
std::optional<Match> edition_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t colon = core.find(':');
  if (core.size() > 40 || colon == std::string_view::npos || colon < 2 || core.size() != colon + 5) return std::nullopt;
  std::string_view code = core.substr(0, colon);
  std::string_view year = core.substr(colon + 1);
  if (!text::all_digits(year) || !(text::starts_with(year, "19") || text::starts_with(year, "20")) || year < "1950") {
    return std::nullopt;
  }
  bool letter = false;
  bool figure = false;
  for (char c : code) {
    if (!text::is_alpha(c) && !text::is_digit(c) && c != '.' && c != '/' && c != '-') return std::nullopt;
    letter = letter || text::is_upper(c);
    figure = figure || text::is_digit(c);
  }
  if (!letter || !figure || !text::is_alpha(code[0])) return std::nullopt;
  return Match{1, speak_word(code) + " " + year_words(year), false};
}

// "standard", "specification", "norm": a word naming a standard, within three words of a code.
bool standard_named_near(const Words& words, std::size_t first, std::size_t last) {
  for (std::size_t k = first > 3 ? first - 3 : 0; k < std::min(words.size(), last + 4); ++k) {
    if (text::is_one_of_lowered(words[k].core, {"standard", "standards", "specification", "specifications", "norm"})) {
      return true;
    }
  }
  return false;
}

// "NIS 344:2004 standard", "KS EAS 12:2014", "the SANS 10142-1:2020 specification": capitals
// before a number and its edition's year after a colon are a standard, when one of the
// capitals is a listed body or a word near names a standard; the colon had been said "colon".
// Other capitals before "N:YYYY" may be a price's, a rate's or a range of years ("VAT 20:2010").
std::optional<Match> dated_standard(const Words& words, std::size_t i) {
  std::size_t end = i;
  bool listed = false;
  while (end < words.size() && end < i + 2 && text::is_capitals_word(words[end].core) && words[end].core.size() <= 6 &&
         words[end].prefix.empty() && words[end].suffix.empty()) {
    listed = listed || is_plain_body(words[end].core);
    ++end;
  }
  std::size_t colon = end < words.size() ? words[end].core.find(':') : std::string_view::npos;
  if (end == i || colon == std::string_view::npos || colon + 5 != words[end].core.size()) return std::nullopt;
  if (i > 0 && text::is_capitals_word(words[i - 1].core)) return std::nullopt;
  // "1:2500": a map's scale, never a standard's number; "3:2500" is a ratio.
  std::string_view number = words[end].core.substr(0, colon);
  // "OECD 2023:2024": a year before the colon makes a span of years.
  if (number == "1" || recent_year(number) || !recent_year(words[end].core.substr(colon + 1))) return std::nullopt;
  if (!listed && !standard_named_near(words, i, end)) return std::nullopt;
  auto said = standard_after_body(words, end - 1, end);
  if (!said) return std::nullopt;
  std::vector<std::string> bodies;
  for (std::size_t k = i; k < end; ++k) bodies.push_back(said_body(words[k].core));
  return Match{end - i + 1, text::joined(bodies, " ") + " " + *said, false};
}

}  // namespace

// Matched at the body's letters, up to three of them ("BS EN ISO 13485"): other rules read a
// pair of capitals and a figure ("EN 115-1") as a code of their own, figure by figure.
std::optional<Match> match_standard_number(const Words& words, std::size_t i) {
  std::size_t end = i;
  while (end < words.size() && end < i + 3 && is_standards_body(words, end) && words[end].suffix.empty()) ++end;
  // "OIML R 76-1", "OIML D 11": a series letter apart between the body and the number, said as
  // the letter ("R seventy six dash one"); the part had been heard as a range ("seventy six to one").
  if (end > i && end + 1 < words.size() && words[end].core.size() == 1 && text::is_upper(words[end].core[0]) &&
      words[end].prefix.empty() && words[end].suffix.empty()) {
    if (auto said = standard_after_body(words, end - 1, end + 1)) {
      std::vector<std::string> bodies;
      for (std::size_t k = i; k < end; ++k) bodies.push_back(said_body(words[k].core));
      // eSpeak NG says a lone "A" as the article; joined by a hyphen it is the letter.
      std::string letter = words[end].core == "A" ? "A-" : letter_names(words[end].core) + " ";
      return Match{end - i + 2, text::joined(bodies, " ") + " " + letter + *said, false};
    }
  }
  if (end > i && end < words.size()) {
    if (auto said = standard_after_body(words, end - 1, end)) {
      std::vector<std::string> bodies;
      for (std::size_t k = i; k < end; ++k) bodies.push_back(said_body(words[k].core));
      return Match{end - i + 1, text::joined(bodies, " ") + " " + *said, false};
    }
  }
  if (i > 0 && is_standards_body(words, i - 1)) {
    if (auto said = standard_after_body(words, i - 1, i)) return Match{1, *said, false};
  }
  if (auto dated = dated_standard(words, i)) return dated;
  return edition_year(words, i);
}

}  // namespace briefcast::rules
