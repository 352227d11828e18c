// Short forms of financial, legal and trade reports that eSpeak NG would spell or misread:
// "FY10" -> "fiscal year twenty ten", "the YE June 2022" -> "the year ending June ...",
// "£2bn, o/w £1bn UK" -> "of which", "LFL sales" -> "like-for-like sales",
// "Dist. Ct." -> "District Court", "$41 per MWh" -> "per megawatt hour", "each kWh" ->
// "each kilowatt hour", and initialisms
// joined by an ampersand ("AT&T" -> "A T and T"), whose letters are spelt on both sides, and
// law-report citations ("843 N.W.2d 562" -> "... N W second ...").
#include <algorithm>

#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/sport/sport.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "FY10", "FY2010": the year of a fiscal year, written after the letters. Two figures are the
// century's years ("FY09" is 2009).
std::optional<std::string> fiscal_year_digits(std::string_view digits) {
  // "FY2023/24", "FY23-24": a fiscal year across two calendar years, said as both joined by
  // "to", the second as written ("twenty twenty three to twenty four"); without the "to" the
  // two years ran together as one figure. An en dash ("FY2021–22") joins them as well as a
  // hyphen; left, the whole was read as letters and a figure run.
  auto sides = text::split_at_range_dash(digits);
  if (std::size_t slash = digits.find('/'); slash != std::string_view::npos) {
    sides = text::DashSides{digits.substr(0, slash), digits.substr(slash + 1)};
  }
  if (sides) {
    std::string_view end = sides->after;
    auto start = fiscal_year_digits(sides->before);
    if (!start || (end.size() != 2 && end.size() != 4) || !text::all_digits(end)) return std::nullopt;
    if (end.size() == 4) return *start + " to " + year_words(end);
    return *start + " to " + (end[0] == '0' ? "oh " + std::string(digit_word(end[1])) : cardinal_words(end));
  }
  if (!text::all_digits(digits)) return std::nullopt;
  if (digits.size() == 2) return "fiscal year " + year_words("20" + std::string(digits));
  if (digits.size() == 4 && is_context_free_year(digits)) return "fiscal year " + year_words(digits);
  return std::nullopt;
}

// "FY10", "FY2024", "FY 2024", "FY24's": a fiscal year.
std::optional<Match> fiscal_year(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "FY")) return std::nullopt;
  if (core.size() > 2) {
    auto said = fiscal_year_digits(core.substr(2));
    return said ? std::optional<Match>(Match{1, *said, false}) : std::nullopt;
  }
  if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
  auto said = fiscal_year_digits(words[i + 1].core);
  return said ? std::optional<Match>(Match{2, *said, false}) : std::nullopt;
}

// "in the YE June 2022": the year ending with a month, as financial statements write it;
// "YE 2023" and "YE2023" are the year's end.
std::optional<Match> year_ending(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() == 6 && text::starts_with(core, "YE") && is_context_free_year(core.substr(2))) {
    return Match{1, "year-end " + year_words(core.substr(2)), false};
  }
  if (words[i].core != "YE" || !words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view next = words[i + 1].core;
  if (month_number(next, true)) return Match{1, "year ending", false};
  if (next.size() == 4 && is_context_free_year(next)) return Match{1, "year end", false};
  return std::nullopt;
}

// Words that name a court, after which "Ct." is "Court": "Dist. Ct.", "Supreme Ct.".
bool names_court(const Word& w) {
  return text::is_one_of(w.core, {"Dist", "Sup", "Super", "Cir", "Bankr", "Cty", "Fed", "Supreme", "District",
                                  "Circuit", "Superior", "County", "Tax", "Claims", "Family", "Municipal",
                                  "Bankruptcy", "Juvenile", "Appeals", "Probate", "Magistrate"});
}

// "the Dist. Ct. ruled", "the 9th Cir. held": a court's name abbreviated as law reports do;
// the periods are no sentence end.
std::optional<Match> court(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::has_period(w) || i + 1 >= words.size()) return std::nullopt;
  bool next_names = words[i + 1].prefix.empty() && text::is_capitalized(words[i + 1].core);
  if (w.core == "Ct" && i > 0 && names_court(words[i - 1]) && words[i - 1].prefix.empty()) {
    return Match{1, "Court", true};
  }
  if ((w.core == "Dist" || w.core == "Sup" || w.core == "Bankr") && next_names && words[i + 1].core == "Ct") {
    return Match{1, w.core == "Dist" ? "District" : w.core == "Sup" ? "Supreme" : "Bankruptcy", true};
  }
  if (w.core == "Cir" && i > 0 && words[i - 1].suffix.empty() && speak_ordinal(words[i - 1].core)) {
    return Match{1, "Circuit", true};
  }
  return std::nullopt;
}

// "$41 per MWh", "costs per kWh": a unit symbol after "per" is said by its name. Only symbols
// that are no English word and are longer than one letter ("per m" may be a million).
std::optional<Match> per_unit(const Words& words, std::size_t i) {
  if (words[i].core != "per" || !words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view symbol = words[i + 1].core;
  if (symbol.size() < 2 || text::is_one_of(symbol, {"pc", "pp", "bn", "tn", "min", "sec", "cent", "cc", "ha"}) ||
      text::is_function_word(text::lower(symbol))) {
    return std::nullopt;
  }
  auto unit = find_unit(symbol);
  if (!unit) return std::nullopt;
  return Match{2, "per " + unit->one, false};
}

// "for each kWh of power", "how many GWh": an energy symbol after a word that counts it is
// said by its name, with no figure before it; eSpeak NG spelt "K W H". Only the watt hour's
// symbols, which are no word or initialism of anything else ("a TB" may be tuberculosis).
std::optional<Match> counted_energy_unit(const Words& words, std::size_t i) {
  std::string_view symbol = words[i].core;
  if (i == 0 || symbol.size() < 3 || !text::ends_with(symbol, "Wh") || !words[i].prefix.empty() ||
      !words[i - 1].suffix.empty()) {
    return std::nullopt;
  }
  std::string before = text::lower(words[i - 1].core);
  bool one = text::is_one_of(before, {"each", "every", "a", "one"});
  if (!one && before != "many") return std::nullopt;
  auto unit = find_unit(symbol);
  if (!unit) return std::nullopt;
  return Match{1, one ? unit->one : unit->many, false};
}

// "2d", "3d", "4th": a law reporter's series, as law reports write the ordinal.
std::optional<std::string> series_ordinal(std::string_view s) {
  if (s == "2d") return std::string("second");
  if (s == "3d") return std::string("third");
  if (s.size() == 3 && s[0] >= '4' && s[0] <= '9' && text::ends_with(s, "th")) return ordinal_words(s.substr(0, 1));
  return std::nullopt;
}

// "N.W", "So", "F. Supp": a reporter's name; letters are spelt, the two words that are no
// initials said in full ("So." is the Southern Reporter, not the word "so").
std::string reporter_name(std::string_view dotted_name) {
  std::string spoken;
  std::string letters;
  auto flush = [&] {
    // "A" alone is the Atlantic Reporter.
    if (!letters.empty()) spoken += (spoken.empty() ? "" : " ") + letter_names(letters);
    letters.clear();
  };
  std::size_t start = 0;
  while (start < dotted_name.size()) {
    std::size_t dot = std::min(dotted_name.find('.', start), dotted_name.size());
    std::string_view part = dotted_name.substr(start, dot - start);
    start = dot + 1;
    while (!part.empty() && part[0] == ' ') part.remove_prefix(1);
    if (part.size() == 1) {
      letters += part;
      continue;
    }
    flush();
    std::string word = part == "So" ? "Southern" : part == "Supp" ? "Supplement" : std::string(part);
    if (!word.empty()) spoken += (spoken.empty() ? "" : " ") + word;
  }
  flush();
  return spoken;
}

bool is_reporter_part(std::string_view part) {
  return !part.empty() && part.size() <= 4 && text::all_alpha(part) && text::is_upper(part[0]);
}

// "843 N.W.2d 562", "83 A.3d 11", "842 So. 2d 77": a case's volume, reporter and page, as law
// reports cite it. The reporter and its series are said ("N W second"); the figures around
// them, which the other rules read, frame it, so a "3D film" is never a series.
std::optional<Match> law_report(const Words& words, std::size_t i) {
  bool volume_before = i > 0 && words[i - 1].suffix.empty() && text::all_digits(words[i - 1].core);
  if (!volume_before) return std::nullopt;
  auto page_at = [&](std::size_t j) { return j < words.size() && text::all_digits(words[j].core) && words[j].prefix.empty(); };
  std::string_view core = words[i].core;
  std::size_t dot = core.rfind('.');
  if (dot != std::string_view::npos && words[i].suffix.empty() && page_at(i + 1)) {
    auto series = series_ordinal(core.substr(dot + 1));
    if (series && is_reporter_part(core.substr(0, core.find('.')))) {
      return Match{1, reporter_name(core.substr(0, dot)) + " " + *series, false};
    }
  }
  // "So. 2d", "F. Supp. 2d": the series as a word of its own after the reporter's period(s).
  std::size_t j = i;
  std::string name;
  while (j < words.size() && j < i + 3 && words[j].suffix == "." && is_reporter_part(words[j].core)) {
    name += std::string(words[j].core) + ".";
    ++j;
  }
  if (j == i || j >= words.size() || !page_at(j + 1) || !words[j].suffix.empty()) return std::nullopt;
  auto series = series_ordinal(words[j].core);
  if (!series) return std::nullopt;
  return Match{j - i + 1, reporter_name(name) + " " + *series, false};
}

// "FTSE 100", "FTSE100", "FTSE-250": an index named by an acronym that is said as a respelt
// word, and its number said as a label ("Footsie two fifty"). The rule that reads a name and
// its label ("Route 101") kept the capitals as written, which eSpeak NG misread.
std::optional<Match> respelt_index(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t letters = 0;
  while (letters < core.size() && text::is_upper(core[letters])) ++letters;
  std::string_view name = core.substr(0, letters);
  if (letters < 2 || said_acronym(name) == text::as_word(name)) return std::nullopt;
  std::string_view figures = core.substr(letters);
  if (!figures.empty() && figures[0] == '-') figures.remove_prefix(1);
  std::size_t count = 1;
  if (core.size() == letters && i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty()) {
    figures = words[i + 1].core;
    count = 2;
  }
  if (figures.empty() || figures.size() > 3 || figures[0] == '0' || !text::all_digits(figures)) return std::nullopt;
  return Match{count, said_acronym(name) + " " + paired_digit_words(figures), false};
}

// A figure or an amount: "£900m", "40%", "1.2bn", "12".
bool is_amount_word(const Word& w) {
  return !w.core.empty() && w.prefix.empty() && (text::is_digit(w.core[0]) || speak_money(w.core).has_value());
}

// "revenue £2.1bn, o/w services £900m", "debt of $4bn (o/w $1bn bonds)": "of which", as
// results tables write the part of a total. Only with an amount within three words after it,
// and one within six before it; a fare's "£299 o/w" (one way) has none after it.
std::optional<Match> of_which(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if ((w.core != "o/w" && w.core != "O/w") || (!w.prefix.empty() && w.prefix != "(")) return std::nullopt;
  bool after = false;
  for (std::size_t k = i + 1; k < words.size() && k <= i + 3; ++k) {
    if (is_amount_word(words[k])) after = true;
    if (after || !words[k].suffix.empty()) break;
  }
  bool before = false;
  for (std::size_t k = i; k > 0 && k + 6 > i; --k) {
    if (is_amount_word(words[k - 1])) before = true;
  }
  if (!after || !before) return std::nullopt;
  return Match{1, "of which", false};
}

bool is_sales_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"sales", "sale", "revenue", "revenues", "growth", "basis", "trading", "turnover",
                                     "decline", "declines", "fall", "rise", "sales,", "volumes", "footfall"});
}

// "LFL sales up 3%", "grew 4% LFL", "on an LFL basis": a retailer's like-for-like figure.
// Only beside a word of sales or a share within three words, else the letters stay (a name).
std::optional<Match> like_for_like(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "LFL" && w.core != "LfL") return std::nullopt;
  std::size_t from = i >= 3 ? i - 3 : 0;
  for (std::size_t k = from; k < words.size() && k <= i + 3; ++k) {
    if (k == i) continue;
    std::string_view c = words[k].core;
    bool share = c.size() >= 2 && c.back() == '%' && text::is_digit(c[0]);
    if (share || is_sales_word(c)) return Match{1, "like-for-like", false};
  }
  return std::nullopt;
}

}  // namespace

// "AT&T", "AT&T's", "S&P": capitals joined by "&" are initialisms, each letter said.
std::optional<std::string> speak_ampersand_initials(std::string_view core) {
  std::size_t amp = core.find('&');
  if (amp == std::string_view::npos || amp == 0) return std::nullopt;
  std::string_view left = core.substr(0, amp);
  std::string_view right = core.substr(amp + 1);
  std::string_view possessive;
  for (std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (right.size() > ending.size() && text::ends_with(right, ending)) {
      possessive = right.substr(right.size() - ending.size());
      right.remove_suffix(ending.size());
    }
  }
  bool letters = left.size() <= 3 && right.size() >= 1 && right.size() <= 3 && text::all_alpha(left) &&
                 text::all_alpha(right) && text::all_upper(left) && text::all_upper(right);
  if (!letters) return std::nullopt;
  return spelled_letters(left) + " and " + spelled_letters(right) + std::string(possessive);
}

std::optional<Match> match_report_term(const Words& words, std::size_t i) {
  if (auto m = match_grade(words, i)) return m;
  if (auto m = match_legal_citation(words, i)) return m;
  if (auto m = match_ticker(words, i)) return m;
  if (auto m = match_price_rate(words, i)) return m;
  if (auto m = match_code_rate(words, i)) return m;
  if (auto m = fiscal_year(words, i)) return m;
  if (auto m = respelt_index(words, i)) return m;
  if (auto m = year_ending(words, i)) return m;
  if (auto m = court(words, i)) return m;
  if (auto m = law_report(words, i)) return m;
  if (auto m = counted_energy_unit(words, i)) return m;
  if (auto m = of_which(words, i)) return m;
  if (auto m = like_for_like(words, i)) return m;
  return per_unit(words, i);
}

}  // namespace briefcast::rules
