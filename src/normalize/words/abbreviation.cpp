// Abbreviations: "St. Louis" -> "Saint Louis" but "Elm St." -> "Elm Street", "vs.", "e.g.",
// "etc.", "est. 1887". Titles before names ("Dr. Evil", "Sen. Warren") are read in titles.cpp,
// tried first; the number sign ("No. 4", "no.7") in number_signs.cpp, called here in its turn.
#include <algorithm>
#include <array>

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

using Expansion = text::Said;  // written without the final period

// Said wherever they stand, when written with their period.
constexpr std::array<Expansion, 40> kDotted = {{
    {"vs", "versus"},         {"e.g", "for example"},  {"i.e", "that is"},      {"etc", "et cetera"},
    {"approx", "approximately"}, {"Approx", "Approximately"}, {"Inc", "Incorporated"}, {"Corp", "Corporation"},
    {"Ltd", "Limited"},       {"Co", "Company"},        {"Cos", "Companies"},
    {"co", "company"},  // "the tower co. said": in lower case never the county
    {"Jr", "Junior"},         {"Sr", "Senior"},        {"Dept", "Department"},  {"Univ", "University"},
    {"Bros", "Brothers"},     {"Mfg", "Manufacturing"},
    {"Fig", "Figure"},        {"fig", "figure"},       {"Vol", "Volume"},       {"vol", "volume"},
    {"pp", "pages"},          {"ca", "circa"},         {"Assn", "Association"},   {"a.k.a", "also known as"},
    {"Apt", "Apartment"},     {"apt", "apartment"},
    {"incl", "including"},    {"Incl", "Including"},   {"excl", "excluding"},   {"Excl", "Excluding"},
    // "£649 inc. VAT": in lower case the short form is "including", never the company.
    {"inc", "including"},     {"exc", "excluding"},
    {"cf", "compare"},        {"Cf", "Compare"},       {"s.t", "same time"},  // a cyclist's finish with the one before
    // A naturalist's "60 spp." and a surveyor's "2,800 m a.s.l.", "amsl" with its points.
    {"spp", "species"},       {"a.s.l", "above sea level"}, {"a.m.s.l", "above mean sea level"},
}};

// Said only before a figure, where nothing else reads them: "p. 42" -> "page", "c. 1850" ->
// "circa", "Apt. 3B" -> "Apartment", "ext. 204" -> "extension". Elsewhere "p." or "c." are initials.
std::optional<Match> before_figure(const Words& words, std::size_t i, bool dotted) {
  static constexpr Expansion kBefore[] = {
      {"p", "page"},      {"c", "circa"},       {"Apt", "Apartment"}, {"Ste", "Suite"},   {"Rm", "Room"},
      {"Nos", "numbers"}, {"Ch", "Chapter"},    {"Sec", "Section"},   {"Para", "Paragraph"}, {"ch", "chapter"},
      {"ext", "extension"}, {"Ext", "Extension"}, {"Cat", "Category"}, {"Prop", "Proposition"},
  };
  // "Cat. A airprox", "a Cat. B prisoner": a category is named by a letter as often as a figure.
  bool category_letter = dotted && words[i].core == "Cat" && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                         words[i + 1].core.size() == 1 && words[i + 1].core[0] >= 'A' && words[i + 1].core[0] <= 'E';
  if (category_letter) return Match{1, "Category", true};
  // "c. AD 96", "c. 300 BC": before an era's letters "c." is circa too, as before its year.
  if (dotted && words[i].core == "c" && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      text::is_one_of(words[i + 1].core, {"AD", "BC", "BCE", "CE"})) {
    return Match{1, "circa", true};
  }
  // "Ch. II-1", "Ch. IV": a chapter is numbered in Roman figures as often as in Arabic ones.
  if (dotted && text::iequals(words[i].core, "Ch") && i + 1 < words.size() && words[i + 1].prefix.empty()) {
    std::string_view next = words[i + 1].core.substr(0, words[i + 1].core.find('-'));
    if (!next.empty() && next.find_first_not_of("IVX") == std::string_view::npos) {
      return Match{1, words[i].core == "Ch" ? "Chapter" : "chapter", true};
    }
  }
  if (!dotted || i + 1 >= words.size() || !words[i + 1].prefix.empty() || words[i + 1].core.empty() ||
      !text::is_digit(words[i + 1].core[0])) {
    return std::nullopt;
  }
  for (const Expansion& e : kBefore) {
    if (words[i].core != e.written) continue;
    // "c." is circa before a year; before a short figure and its unit or noun ("c. 1 hr 50 min",
    // "c. 45 minutes") it is "about", as a reader says an approximate quantity.
    if (e.written == "c" && words[i + 1].core.size() < 3) {
      bool counted = words[i + 1].suffix.empty() && i + 2 < words.size() && words[i + 2].prefix.empty() &&
                     !words[i + 2].core.empty() && text::is_lower(words[i + 2].core[0]) &&
                     text::all_digits(words[i + 1].core) && !text::is_function_word(text::lower(words[i + 2].core));
      if (!counted) return std::nullopt;
      return Match{1, "about", true};
    }
    // An extension is dialled, so its digits are said one by one, as a telephone number is.
    if (text::iequals(e.written, "ext") && text::all_digits(words[i + 1].core) && words[i + 1].core.size() <= 6) {
      return Match{2, std::string(e.spoken) + " " + digit_words(words[i + 1].core), false};
    }
    return Match{1, std::string(e.spoken), true};
  }
  return std::nullopt;
}

// "No. 22-1234": a case or docket number whose figure groups are joined by hyphens; each
// group is said as a house number is, in pairs ("twenty two, twelve thirty four"), never as a range.
// An article number padded with zeros ("No. 0512-004-07") keeps every zero: each group is said
// figure by figure ("oh five one two, oh oh four, oh seven"); in pairs the zeros were lost.
std::optional<Match> numbered_code(const Words& words, std::size_t i, bool dotted) {
  if (words[i].core != "No" || !dotted || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view code = words[i + 1].core;
  if (code.find('-') == std::string_view::npos || code.size() > 16) return std::nullopt;
  auto groups = text::split(code, '-');
  bool padded = false;
  for (std::string_view group : groups) {
    if (group.empty() || group.size() > 4 || !text::all_digits(group)) return std::nullopt;
    padded = padded || (group.size() > 1 && group[0] == '0');
  }
  std::string spoken = "number";
  for (std::size_t k = 0; k < groups.size(); ++k) {
    spoken += (k == 0 ? " " : ", ") + (padded ? digit_words(groups[k], "oh") : paired_digit_words(groups[k]));
  }
  return Match{2, spoken, false};
}

// "st. george" in lowercase text: a saint when it opens the line or follows a little word
// ("to st. louis") and a word follows; after any other word it is a street ("elm st. near").
std::optional<Match> lowercase_saint(const Words& words, std::size_t i) {
  static constexpr std::string_view kLittle[] = {"to", "in", "of", "at", "from", "the", "near", "and", "for", "on", "by"};
  auto little = [&](std::string_view w) {
    for (std::string_view l : kLittle) {
      if (w == l) return true;
    }
    return false;
  };
  if (i + 1 >= words.size() || !words[i + 1].prefix.empty() || words[i + 1].core.size() < 2 ||
      !text::is_alpha(words[i + 1].core[0]) || little(words[i + 1].core)) {
    return std::nullopt;
  }
  bool opens = i == 0 || !words[i - 1].suffix.empty();
  if (!opens && !little(words[i - 1].core)) return std::nullopt;
  return Match{1, "saint", true};
}

// "Alphabet Inc.'s Google": the possessive keeps the abbreviation's period inside the word.
std::optional<std::string> dotted_possessive(std::string_view core) {
  for (std::string_view mark : {std::string_view(".'s"), std::string_view(".\u2019s")}) {
    if (!text::ends_with(core, mark)) continue;
    std::string_view base = core.substr(0, core.size() - mark.size());
    for (const Expansion& e : kDotted) {
      if (base == e.written) return std::string(e.spoken) + "'s";
    }
  }
  return std::nullopt;
}

// "Elm St." or "St. Louis": after a capitalised name it names a street; before a name it is a
// saint. A capitalised function word opening the sentence is no street name ("The St. Louis
// Cardinals"). After an initialism in capitals an undotted St before a name is a saint, the
// club's or firm's letters naming the place after them ("the FC St Gallen striker"); without a
// name after it the letters name the street ("MLK St near the park", "12 NE St").
std::optional<Match> street_or_saint(const Words& words, std::size_t i, bool dotted) {
  const Word& w = words[i];
  if (w.core != "St" || !(dotted || w.suffix.empty() || w.suffix == ",")) return std::nullopt;
  bool initialism = i > 0 && words[i - 1].core.size() > 1 && text::all_alpha(words[i - 1].core) &&
                    text::all_upper(words[i - 1].core);
  // After the letters only a name straight after makes a saint ("FC St Gallen"); a
  // lowercase word, a figure, a period or the line's end after it leave the street ("MLK St near").
  bool saint_after_letters = initialism && w.suffix.empty() && starts_name(words, i + 1) &&
                             !text::is_function_word(text::lower(words[i + 1].core));
  bool after_name = i > 0 && text::is_capitalized(words[i - 1].core) && words[i - 1].suffix.empty() &&
                    !saint_after_letters && !text::is_function_word(text::lower(words[i - 1].core));
  if (after_name) return Match{1, "Street", dotted && !period_ends_sentence(words, i)};
  if (starts_name(words, i + 1)) return Match{1, "Saint", dotted};
  return std::nullopt;
}

// "ST. LOUIS", "FT. WORTH", "MT. HOOD": a dateline or headline in capitals abbreviates the
// saint, fort or mount of a place name as any text does, and the name after it is a word, not
// an initialism to spell ("L.O.U.I.S"). After another word in capitals "ST." is a street
// ("ELM ST. CLOSED").
std::optional<Match> capital_place_prefix(const Words& words, std::size_t i, bool dotted) {
  static constexpr Expansion kPlaces[] = {{"ST", "Saint"}, {"FT", "Fort"}, {"MT", "Mount"}};
  const Word& w = words[i];
  if (!dotted || w.suffix != "." || i + 1 >= words.size()) return std::nullopt;
  const Word& name = words[i + 1];
  if (!name.prefix.empty() || name.core.size() < 2 || !text::all_alpha(name.core) || !text::all_upper(name.core)) {
    return std::nullopt;
  }
  bool after_capitals = i > 0 && words[i - 1].suffix.empty() && text::all_alpha(words[i - 1].core) &&
                        text::all_upper(words[i - 1].core) && words[i - 1].core.size() > 1;
  for (const Expansion& e : kPlaces) {
    if (w.core != e.written) continue;
    if (after_capitals) return e.written == "ST" ? std::optional<Match>(Match{1, "Street", true}) : std::nullopt;
    return Match{2, std::string(e.spoken) + " " + text::as_word(name.core), false};
  }
  return std::nullopt;
}

// "5th Ave.", "42nd St": after an ordinal the abbreviation names a numbered street.
std::optional<Match> numbered_street(const Words& words, std::size_t i, bool dotted) {
  const Word& w = words[i];
  if (i == 0 || !words[i - 1].suffix.empty() || !speak_ordinal(words[i - 1].core)) return std::nullopt;
  if (!(dotted || w.suffix.empty() || w.suffix == ",")) return std::nullopt;
  if (auto street = street_suffix(w.core)) return Match{1, *street, dotted && !period_ends_sentence(words, i)};
  return std::nullopt;
}

// "Fifth Ave.", "Sunset Blvd.": after a capitalised name, a road's abbreviation with its
// period names the road. Only the suffixes that are no other word or title ("Dr.", "Ct.",
// "Pl." stay with their other rules).
std::optional<Match> named_road(const Words& words, std::size_t i, bool dotted) {
  const Word& w = words[i];
  if (!dotted || i == 0 || !words[i - 1].suffix.empty() || !text::is_capitalized(words[i - 1].core) ||
      text::is_function_word(text::lower(words[i - 1].core)) ||
      !text::is_one_of(w.core, {"Ave", "Blvd", "Rd", "Pkwy", "Hwy"})) {
    return std::nullopt;
  }
  if (auto road = street_suffix(w.core)) return Match{1, *road, !period_ends_sentence(words, i)};
  return std::nullopt;
}

// "w/ friends", "w/o power", "c/o the editor": a note-taker's shorthand for a little word.
std::optional<Match> slash_shorthand(const Word& w) {
  static constexpr Expansion kShorthand[] = {
      {"s/he", "she or he"}, {"S/he", "She or he"}, {"w/", "with"},        {"W/", "With"},
      {"w/o", "without"},    {"W/o", "Without"},    {"c/o", "care of"},   {"C/O", "care of"},
  };
  for (const Expansion& e : kShorthand) {
    if (w.raw == e.written || w.core == e.written) return Match{1, std::string(e.spoken), false};
  }
  return std::nullopt;
}

// "rose 3% y/y": the change over a period, as market reports write it.
std::optional<Match> period_change(const Word& w) {
  static constexpr Expansion kPeriodChange[] = {
      {"y/y", "year on year"}, {"YoY", "year on year"}, {"yoy", "year on year"}, {"q/q", "quarter on quarter"},
      {"QoQ", "quarter on quarter"}, {"m/m", "month on month"}, {"w/w", "week on week"},
      {"year/year", "year on year"}, {"quarter/quarter", "quarter on quarter"}, {"month/month", "month on month"},
      {"week/week", "week on week"}, {"y-o-y", "year on year"}, {"q-o-q", "quarter on quarter"},
      {"m-o-m", "month on month"},
  };
  for (const Expansion& e : kPeriodChange) {
    // "(y/y)": a bracket around it is only punctuation.
    if (w.core == e.written && (w.prefix.empty() || w.prefix == "(")) return Match{1, std::string(e.spoken), false};
  }
  return std::nullopt;
}

// A date starts at word j: "14 Sept", "Sept 14", "3 March 2025", "14/09", "14.9.25", "7/10".
bool date_starts_at(const Words& words, std::size_t j) {
  if (j >= words.size() || !words[j].prefix.empty()) return false;
  std::string_view core = words[j].core;
  if (speak_date(core)) return true;
  // "23/11": a day and a month, the day first, as the trade writes them after "w/e".
  if (auto pair = text::figure_pair(core, '/', 2)) {
    int day = std::stoi(std::string(pair->left));
    int month = std::stoi(std::string(pair->right));
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
  }
  bool has_next = j + 1 < words.size() && words[j].suffix.empty();
  if (day_number(core)) return has_next && month_number(words[j + 1].core, false);
  return text::is_capitalized(core) && month_number(core, true) && has_next && day_number(words[j + 1].core);
}

// "the chart for w/e 14 Sept", "rota for w/c 3 March", "accounts for y/e 31 Dec 2024": a chart's,
// a rota's and an account's week or year, named by the day it ends or starts on. Only before a
// date: elsewhere "w/e" may be a chat's "whatever" and "w/c" a wheelchair.
std::optional<Match> dated_period(const Words& words, std::size_t i) {
  static constexpr Expansion kDatedPeriods[] = {
      {"w/e", "week ending"}, {"w/c", "week commencing"}, {"y/e", "year ending"}};
  const Word& w = words[i];
  if (!w.suffix.empty() || !date_starts_at(words, i + 1)) return std::nullopt;
  if (auto spoken = text::said_for(kDatedPeriods, text::lower(w.core))) return Match{1, std::string(*spoken), false};
  return std::nullopt;
}

// "a yr earlier", "last yr", "every wk", "one bubble per sec": a span of time's abbreviation after
// a word that sets a period is that span; spelt, eSpeak NG said "er" or the letters. After a
// figure the measure rules read it ("3 yrs"). "the min" and "the sec" may be a minimum or the
// SEC, so after "the" only the year and the week.
std::optional<Match> period_without_figure(const Words& words, std::size_t i) {
  static constexpr std::array<Expansion, 8> kSpans = {{{"yr", "year"}, {"yrs", "years"}, {"wk", "week"},
                                                       {"wks", "weeks"}, {"hr", "hour"}, {"min", "minute"},
                                                       {"sec", "second"}, {"mth", "month"}}};
  std::string_view core = words[i].core;
  const Expansion* span = nullptr;
  for (const Expansion& e : kSpans) span = core == e.written ? &e : span;
  if (!span || i == 0 || !words[i - 1].suffix.empty() || !words[i].prefix.empty() ||
      !text::is_one_of_lowered(words[i - 1].core, {"a", "per", "each", "every", "last", "this", "next", "the"})) {
    return std::nullopt;
  }
  bool long_span = core[0] == 'y' || core[0] == 'w';
  if (!long_span && text::lower(words[i - 1].core) == "the") return std::nullopt;
  return Match{1, std::string(span->spoken), text::has_period(words[i]) && !period_ends_sentence(words, i)};
}

// "vs.", "e.g.", "approx.": these lead into what follows and end no sentence.
bool leads_on(std::string_view written) {
  return text::is_one_of(written, {"vs", "e.g", "i.e", "a.k.a", "ca", "approx", "Approx"});
}

// "between Nov. and Mar.", "from Mar. to June": "Mar." is a word or a name elsewhere ("Del
// Mar."), but joined to another month it is the month.
bool joined_to_a_month(const Words& words, std::size_t i) {
  auto month_at = [&words](std::size_t k) {
    return text::is_capitalized(words[k].core) && month_number(words[k].core, true).has_value();
  };
  auto joins = [&words](std::size_t k) {
    return text::is_one_of_lowered(words[k].core, {"and", "to", "through", "until", "till", "or"});
  };
  if (i >= 2 && joins(i - 1) && month_at(i - 2)) return true;
  return i + 2 < words.size() && joins(i + 1) && month_at(i + 2);
}

// "etc.", "Inc.", "in Oct.": the abbreviations said wherever they stand with their period.
// "¥39,800 tax incl., or", "VAT excl.)": after the noun it counts in, with nothing after it to
// include, the short form is the participle ("tax included"); "tax including" was said.
std::optional<Match> closing_inclusion(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::is_one_of(core, {"incl", "inc", "excl", "exc"}) || i == 0 || !words[i - 1].suffix.empty() ||
      !text::all_alpha(words[i - 1].core) || text::is_function_word(text::lower(words[i - 1].core))) {
    return std::nullopt;
  }
  std::string_view suffix = words[i].suffix;
  bool closes = suffix.size() >= 2 && suffix.find_first_of(",;:)") == 1;
  if (!closes && !(suffix == "." && (i + 1 >= words.size() || period_ends_sentence(words, i)))) return std::nullopt;
  return Match{1, core[0] == 'i' ? "included" : "excluded", closes};
}

// "£120 incl. of VAT", "excl. of fees": before "of" the short form is the adjective
// ("inclusive of"); "including of" was said.
std::optional<Match> inclusive_of(const Words& words, std::size_t i) {
  std::string_view core = text::lower(words[i].core) == "incl" ? "inclusive" : "exclusive";
  if (!text::is_one_of_lowered(words[i].core, {"incl", "excl"}) || words[i].suffix != "." || i + 1 >= words.size() ||
      words[i + 1].core != "of" || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string said(core);
  if (text::is_upper(words[i].core[0])) said[0] = static_cast<char>(said[0] - 'a' + 'A');
  return Match{1, said, true};
}

std::optional<Match> dotted_anywhere(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (auto participle = closing_inclusion(words, i)) return participle;
  if (auto adjective = inclusive_of(words, i)) return adjective;
  for (const Expansion& e : kDotted) {
    if (core == e.written) return Match{1, std::string(e.spoken), leads_on(core) || !period_ends_sentence(words, i)};
  }
  // "in Oct.", "since Jan.": a month abbreviated without a day; eSpeak NG would say "okt".
  // In capitals with no day it is an initialism ("0% APR."), not a month.
  if (core.size() >= 3 && text::is_capitalized(core) && !text::all_upper(core) && core != "May" &&
      (core != "Mar" || joined_to_a_month(words, i))) {
    if (auto month = month_number(core, true); month && core.size() <= 4) {
      return Match{1, month_name(*month), !period_ends_sentence(words, i)};
    }
  }
  return std::nullopt;
}

// "its pre-sale est.", "above the high est. of $5m", "a $2m est.": after a determiner (maybe with
// one word between) or an amount, with no word after it that it could qualify, "est." is the
// noun, an estimate; a time zone's "EST" is in capitals.
bool names_an_estimate(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "est" || i == 0 || !words[i - 1].suffix.empty()) return false;
  bool ends = i + 1 >= words.size() || w.suffix.size() > 1 || !words[i + 1].prefix.empty() ||
              text::is_function_word(text::lower(words[i + 1].core));
  // "a brewery est. in 1887": before "in" or "since" it is "established".
  if (!ends || (i + 1 < words.size() && text::is_one_of(words[i + 1].core, {"in", "since"}))) return false;
  auto determiner = [&](std::size_t k) {
    return text::is_one_of_lowered(words[k].core, {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"}) ||
           text::is_possessive(words[k].core);
  };
  std::string_view before = words[i - 1].core;
  bool amount = !before.empty() && (text::is_digit(before[0]) || speak_money(before));
  bool one_between = i > 1 && words[i - 2].suffix.empty() && !before.empty() && text::is_lower(before[0]) && determiner(i - 2);
  return amount || determiner(i - 1) || one_between;
}

// "est. 1887", "a brewery est. in 1887": established, before a year or "in"; "an est. 200
// people", "the est. cost": estimated, before any other figure or word. After "a", "an" or
// "the" it is always an estimate.
std::optional<Match> established_or_estimated(const Words& words, std::size_t i, bool dotted) {
  std::string_view core = words[i].core;
  if (dotted && names_an_estimate(words, i)) return Match{1, "estimate", !period_ends_sentence(words, i)};
  if (!dotted || (core != "est" && core != "Est") || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view next = words[i + 1].core;
  // "Grand Est.": capitalised, it is a name's word unless a figure follows ("Est. 1904").
  if (core == "Est" && (next.empty() || !text::is_digit(next[0]))) return std::nullopt;
  bool article = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"});
  bool year = next.size() == 4 && text::all_digits(next) && (next[0] == '1' || next[0] == '2');
  bool established = !article && (year || next == "in" || next == "since");
  std::string spoken = established ? "established" : "estimated";
  if (core == "Est") spoken[0] = 'E';
  return Match{1, spoken, true};
}

// "Novak Djokovic d. Frances Tiafoe", "Marton Fucsovics d. (17) Stan Wawrinka": a results
// list's "defeated", between a full name and a name (or a seeded one).
std::optional<Match> results_defeated(const Words& words, std::size_t i, bool dotted) {
  if (words[i].core == "d" && dotted && i > 1 && text::is_capitalized(words[i - 1].core) &&
      words[i - 1].suffix.empty() && text::is_capitalized(words[i - 2].core) && words[i - 2].suffix.empty() &&
      (starts_name(words, i + 1) || (i + 2 < words.size() && words[i + 1].prefix == "(" &&
                                     text::all_digits(words[i + 1].core) && starts_name(words, i + 2)))) {
    return Match{1, "defeated", true};
  }
  return std::nullopt;
}

}  // namespace

// The readings are tried in this order; an earlier one wins where two could apply.
// "... Goldman Sachs Group Inc. In 2010 he", "... apples, pears etc. The": one period
// both abbreviates and ends the sentence when a sentence opener follows. Inside a line the
// period is dropped (eSpeak NG would end the sentence there), so here it must stay.
bool period_ends_sentence(const Words& words, std::size_t i) {
  // "in Oct.;", "since Dec.)", "from Jan.:": a period before a semicolon, a colon or a closing
  // bracket only abbreviates, even at the end of a line; the mark after it does the pausing.
  std::string_view suffix = words[i].suffix;
  if (suffix.size() >= 2 && suffix[0] == '.' && (suffix[1] == ';' || suffix[1] == ':' || suffix[1] == ')')) return false;
  if (suffix != "." || i + 1 >= words.size()) return i + 1 >= words.size();
  const Word& next = words[i + 1];
  return next.prefix.empty() && text::is_capitalized(next.core) && text::opens_sentence(next.core);
}

Match keep_end(std::string spoken, const Words& words, std::size_t i, std::size_t count) {
  return Match{count, std::move(spoken), !period_ends_sentence(words, i + count - 1)};
}

bool starts_with_figure_or_lowercase(const Word& w) {
  return w.prefix.empty() && !w.core.empty() && (text::is_digit(w.core[0]) || text::is_lower(w.core[0]));
}

bool period_goes_on(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.suffix == ".,") return true;
  return w.suffix == "." && i + 1 < words.size() && starts_with_figure_or_lowercase(words[i + 1]);
}

std::optional<Match> match_abbreviation(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool dotted = text::has_period(w);
  std::string_view core = w.core;
  if (auto place = capital_place_prefix(words, i, dotted)) return place;
  // "Dr. Evil", "Gov.-elect Smith", "the Gov. of Texas": titles, before the other readings.
  if (auto title = match_title(words, i)) return title;
  if (auto given = match_given_name(words, i)) return given;
  if (auto street = street_or_saint(words, i, dotted)) return street;
  if (auto street = numbered_street(words, i, dotted)) return street;
  if (auto road = named_road(words, i, dotted)) return road;
  if (auto est = established_or_estimated(words, i, dotted)) return est;
  if (auto shorthand = slash_shorthand(w)) return shorthand;
  if (core == "st" && dotted) {
    if (auto saint = lowercase_saint(words, i)) return saint;
  }
  if (auto possessive = dotted_possessive(core)) return Match{1, *possessive, false};
  if (auto change = period_change(w)) return change;
  if (auto period = dated_period(words, i)) return period;
  if (auto span = period_without_figure(words, i)) return span;
  if (dotted) {
    if (auto anywhere = dotted_anywhere(words, i)) return anywhere;
  }
  if (auto docket = numbered_code(words, i, dotted)) return docket;
  if (auto number = capital_number_sign(words, i, dotted)) return number;
  if (auto defeated = results_defeated(words, i, dotted)) return defeated;
  if (auto number = glued_number_sign(core)) return number;
  if (auto before = before_figure(words, i, dotted)) return before;
  return std::nullopt;
}

}  // namespace briefcast::rules
