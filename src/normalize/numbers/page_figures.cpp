// Figures written the page's way, rewritten the English way before any rule reads them, so that
// every class (counts, percents, units, money) reads them alike:
//  - on any page, figures that read one way only: "7,5 %" and "R$ 293,47" (a comma with one or
//    two figures after it before a percent sign or scale, or after a currency sign, is never a
//    thousands comma), "0,12", "1,74", "3,5 t", "1,2–1,6", "1'250" (Swiss apostrophes),
//    "1.234,56", and the round sum "1'250.–";
//  - on a page that writes a decimal comma (page_conventions.h): "1.842 offences" -> "1,842",
//    "6,4" -> "6.4"; but a price per litre or kilowatt-hour ("1.859 € a litre") and a percentage
//    ("2.345 %") keep their decimals, as fuel and bond prices are quoted to three;
//  - on a page that parts thousands with spaces: "R4 500" -> "R4,500", "2 500 000" -> "2,500,000",
//    "41 300 t" -> "41,300 t"; on any page, spaced groups that read one way only: a figure,
//    signed or not, before a unit's symbol ("765 000 t", "\u22121 084 m") or a dimension's sign;
//  - before all this, typeset spaces made plain (typeset_spaces): a no-break or thin space
//    between a figure's groups is a group mark ("1\u00a0246" -> "1,246"), elsewhere a space.
// "3,150" is English thousands on any page, and without a cue "3.150" stays a decimal.
#include <optional>
#include <string>

#include "normalize/codes/codes.h"
#include "normalize/function_words.h"
#include "normalize/measures/measures.h"
#include "normalize/page_conventions.h"

namespace briefcast::rules {

namespace {

using text::Word;

// A currency before the figure: a sign glued to it ("R4", "€1.249") or a code before it ("CHF").
bool currency_before(const std::vector<Word>& words, std::size_t i, std::size_t start) {
  // A sign glued on: a letter sign ("R4", "R$4") or one beyond ASCII ("€4"); not "+49".
  std::string_view sign = words[i].core.substr(0, start);
  if (start > 0) return text::is_one_of(sign, {"R", "R$", "$", "US$", "A$", "N$"}) || static_cast<unsigned char>(sign[0]) >= 0x80;
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view prev = words[i - 1].core;
  return (prev.size() == 3 && text::all_upper(prev)) || text::is_one_of(prev, {"R$", "\u20ac", "$", "\u00a3", "Fr.", "R", "kr"});
}

// A version's number ("version 3.100", "v2.010", "iOS 17.100"): its points part releases,
// never thousands, on any page. The word before names the version, or a "v" is glued on.
bool names_a_version(const std::vector<Word>& words, std::size_t i, std::size_t start) {
  std::string_view sign = words[i].core.substr(0, start);
  if (sign == "v" || sign == "V") return true;
  if (start > 0 || i == 0 || !words[i - 1].suffix.empty()) return false;
  return text::is_one_of_lowered(words[i - 1].core, {"version", "versions", "ver", "release", "build", "firmware",
                                                      "update", "patch", "kernel", "ios", "android", "macos"});
}

// "1,5 m", "3,5 t", "2,4ha": a unit after a short comma figure makes it a decimal, as no list
// of figures is followed by one.
bool unit_follows(const std::vector<Word>& words, std::size_t i, std::size_t run_end) {
  std::string_view rest = words[i].core.substr(run_end);
  if (!rest.empty()) return find_unit(rest).has_value();
  if (!words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return false;
  // "3,5 t": a symbol of one to three small letters that is no word measures the figure too.
  std::string_view next = words[i + 1].core;
  bool symbol = !next.empty() && next.size() <= 3 && text::all_alpha(next) && text::is_lower(next[0]) &&
                !text::is_function_word(next);
  return symbol || find_unit(next).has_value();
}

// The run rewritten with English marks; the same run when the page and the shape leave it be.
std::string english_run(const std::vector<Word>& words, std::size_t i, std::string run) {
  const PageConventions& page = page_conventions();
  auto [start, length] = marks::figure_run(words[i].core);
  if (names_a_version(words, i, start)) return run;
  auto swap_marks = [](std::string s, char from, char to) {
    for (char& c : s) {
      if (c == from) c = to;
      else if (c == to) c = from;
    }
    return s;
  };
  if (marks::grouped_by(run, '\'', 1)) {
    for (char& c : run) c = c == '\'' ? ',' : c;
    return run;
  }
  std::size_t comma = run.find(',');
  std::size_t point = run.find('.');
  if (point != std::string::npos && comma != std::string::npos && point < comma &&
      marks::grouped_by(run.substr(0, comma), '.', 1)) {
    return swap_marks(run, '.', ',');  // "1.234,56"
  }
  // A percent sign glued on ("0,7%") the percent rule reads as it is.
  std::string_view core = words[i].core;
  bool glued_percent = text::ends_with(core, run + "%");
  if (marks::short_comma_decimal(run) && !glued_percent &&
      (page.decimal_mark == ',' || marks::sure_comma_decimal(words, i) || unit_follows(words, i, start + length))) {
    return swap_marks(run, ',', '.');
  }
  if (page.decimal_mark == '.') return run;
  // "1.234.567"; four groups or more ("188.102.128.236") may be an address.
  if (marks::grouped_by(run, '.', 2) && !marks::grouped_by(run, '.', 3)) return swap_marks(run, '.', ',');
  if (page.decimal_mark == ',' && marks::grouped_by(run, '.', 1) && !marks::keeps_three_decimals(words, i)) {
    return swap_marks(run, '.', ',');
  }
  return run;
}

// ".–", ",–", ".-", ",-" after a sum: no cents, said as nothing ("CHF 180.–").
std::size_t round_sum_mark(std::string_view after) {
  for (std::string_view mark : {".\u2013", ",\u2013", ".-", ",-", ".\u2014", ",\u2014"}) {
    if (text::starts_with(after, mark)) return mark.size();
  }
  return 0;
}

// A word before spaced figures that makes them a number to dial or quote, not a count: "phone
// 131 114", "Tracking number LV 214 887 903", "Box 1 204".
bool names_a_number(std::string_view before) {
  if (asks_to_dial(before)) return true;
  if (before.size() >= 2 && before.size() <= 3 && text::all_alpha(before) && text::all_upper(before)) return true;
  return text::is_one_of_lowered(before, {"number", "no", "nos", "ref", "reference", "tracking", "account", "order",
                                          "invoice", "serial", "box", "code", "id", "pin", "tel", "fax"});
}

// A unit's symbol, not its name: "t", "km", "mm", "MW", "m\u00b3"; a name ("metres", "tonnes")
// may follow a count of its own ("Chapter 7 100 metres"), so it leaves the figures apart.
bool unit_symbol(std::string_view core) {
  if (!find_ratio_head(core)) return false;  // any unit, and a bare "t" for tonnes
  return core.size() <= 3 || !text::all_alpha(core) || !text::is_lower(core[0]) || !text::is_lower(core.back());
}

// Spaced groups that make one figure on any page, since no list of figures is written so: a
// measure before its unit's symbol ("765 000 t", "74 000 km", "\u22121 084 m") and a side of a
// dimension ("2 400 \u00d7 1 000 mm"), signed or not. Word `last` ends the groups.
bool surely_one_figure(const std::vector<Word>& words, std::size_t i, std::size_t start, std::size_t last) {
  bool signed_figure = text::is_one_of(words[i].core.substr(0, start), {"-", "\u2212"});
  bool unsigned_figure = start == 0;
  if (!signed_figure && !unsigned_figure) return false;
  bool open = words[last].suffix.empty() && last + 1 < words.size() && words[last + 1].prefix.empty();
  std::string_view next = open ? words[last + 1].core : std::string_view();
  if (!next.empty() && text::is_digit(next[0])) return false;  // "123 456 7890"
  // A sign alone joins nothing: a golfer's score to par and total ("-14 274") are two figures.
  // A round hundred before "m" may be a figure of its own: three races of a hundred meters
  // ("3 100 m"), a low of minus eight at five hundred meters ("-8 500 m").
  bool race = text::ends_with(words[last].core, "00") && next == "m";
  if (unit_symbol(next)) return !race;
  bool cross = text::is_one_of(next, {"\u00d7", "x"});
  return cross && last + 2 < words.size() && !words[last + 2].core.empty() && text::is_digit(words[last + 2].core[0]);
}

// How many words of three figures after word i part its thousands with spaces ("R4 500").
std::size_t space_groups(const std::vector<Word>& words, std::size_t i, std::size_t start, std::size_t length) {
  const Word& w = words[i];
  if (length == 0 || length > 3 || start + length != w.core.size() || !w.suffix.empty()) return 0;
  if (!text::all_digits(w.core.substr(start))) return 0;
  std::size_t n = 0;
  for (std::size_t k = i + 1; k < words.size(); ++k) {
    const Word& g = words[k];
    if (!g.prefix.empty() || g.core.size() != 3 || !text::all_digits(g.core)) break;
    ++n;
    if (!g.suffix.empty()) break;
  }
  if (n == 0) return 0;
  bool led_by_figure = i > 0 && !words[i - 1].core.empty() && text::is_digit(words[i - 1].core.back());
  if (page_conventions().space_thousands != true) {
    bool quoted_number = i > 0 && names_a_number(words[i - 1].core);
    bool lead = w.core[start] != '0' && !led_by_figure && !quoted_number;
    return lead && surely_one_figure(words, i, start, i + n) ? n : 0;
  }
  if (currency_before(words, i, start)) return n;
  // With no currency, only a count before its noun ("2 500 000 people", "8 600 titles"), a
  // measure before its unit ("41 300 t", "1 397 Hz") or a count closing a clause or an aside
  // ("Polish (2 310)"); never a phone number ("010 665 101", "+43 664 868 7407") or a column of
  // a table.
  bool lead = start == 0 && w.core[0] != '0' && (i == 0 || !text::is_digit(words[i - 1].core.empty() ? 'x' : words[i - 1].core.back()));
  if (!lead || (i > 0 && names_a_number(words[i - 1].core))) return 0;
  const Word& last = words[i + n];
  if (!last.suffix.empty()) return std::string_view(")],;:.").find(last.suffix[0]) != std::string_view::npos ? n : 0;
  if (i + n + 1 >= words.size()) return n;
  const Word& next = words[i + n + 1];
  bool noun = !next.core.empty() && text::is_lower(next.core[0]);
  // "2 440 \u00d7 1 220 mm": a side of a dimension, as on any page.
  return noun || find_unit(next.core) || surely_one_figure(words, i, start, i + n) ? n : 0;
}

// U+00A0, U+2009, U+202F, U+2007 at s[k]: the no-break, thin, narrow no-break and figure spaces
// typesetters put between a figure's groups and before its unit; their width, 0 when none.
std::size_t typeset_space_width(std::string_view s, std::size_t k) {
  if (s.compare(k, 2, "\u00a0") == 0) return 2;
  for (std::string_view space : {"\u2009", "\u202f", "\u2007"}) {
    if (s.compare(k, 3, space) == 0) return 3;
  }
  return 0;
}

// A typeset space at k followed by exactly three figures: a group of thousands.
bool opens_group(std::string_view s, std::size_t k) {
  std::size_t width = typeset_space_width(s, k);
  return width > 0 && text::digit_run_end(s, k + width) == k + width + 3;
}

// The mark the groups from k are written with the English way: ',' ("1 246" -> "1,246"), or
// '.' when the figure ends in a decimal comma ("1 246,5" -> "1.246,5", which english_figures
// then reads as a continental figure).
char group_mark(std::string_view s, std::size_t k) {
  while (opens_group(s, k)) k += typeset_space_width(s, k) + 3;
  return k + 1 < s.size() && s[k] == ',' && text::is_digit(s[k + 1]) ? '.' : ',';
}

// "1,2\u20131,6", "0,5-0,8": two short comma decimals joined by a range's dash read one way only
// (a list is never written so), the pair with English points; nullopt for any other shape.
std::optional<std::string> comma_decimal_range(std::string_view from) {
  auto [start, length] = marks::figure_run(from);
  std::string_view rest = from.substr(length);
  std::size_t dash = text::starts_with(rest, "\u2013") ? 3 : text::starts_with(rest, "-") ? 1 : 0;
  if (start != 0 || dash == 0 || !marks::short_comma_decimal(from.substr(0, length))) return std::nullopt;
  auto [second_start, second_length] = marks::figure_run(rest.substr(dash));
  std::string_view second = rest.substr(dash, second_length);
  if (second_start != 0 || !marks::short_comma_decimal(second)) return std::nullopt;
  std::string pair(from.substr(0, length + dash + second_length));
  for (char& c : pair) c = c == ',' ? '.' : c;
  return pair;
}

}  // namespace

std::string typeset_spaces(std::string_view typeset) {
  std::string out;
  out.reserve(typeset.size());
  std::size_t lead = 0;  // figures just before k, since the last mark
  bool grouped = false;  // those figures follow a group mark this pass wrote
  for (std::size_t k = 0; k < typeset.size();) {
    std::size_t width = typeset_space_width(typeset, k);
    if (width == 0) {
      bool figure = text::is_digit(typeset[k]);
      lead = figure ? lead + 1 : 0;
      grouped = grouped && figure;
      out += typeset[k++];
      continue;
    }
    // "1 246", "12 345 678": after one to three figures, or after a group, three more figures
    // make a group of thousands.
    bool group = (grouped ? lead == 3 : lead >= 1 && lead <= 3) && opens_group(typeset, k);
    out += group ? group_mark(typeset, k) : ' ';
    grouped = group;
    lead = 0;
    k += width;
  }
  return out;
}

bool has_typeset_groups(std::string_view typeset) {
  for (std::size_t k = 0; k < typeset.size(); ++k) {
    if (k > 0 && text::is_digit(typeset[k - 1]) && opens_group(typeset, k)) return true;
  }
  return false;
}

std::string english_figures(std::string_view line) {
  std::vector<Word> words = text::split_words(line);
  std::string out;
  std::size_t copied = 0;  // bytes of the line already in `out`
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view core = words[i].core;
    auto [start, length] = marks::figure_run(core);
    if (length == 0) continue;
    std::size_t at = static_cast<std::size_t>(core.data() - line.data()) + start;
    std::string run(core.substr(start, length));
    std::string english = english_run(words, i, run);
    std::size_t end = at + length;
    std::size_t round = round_sum_mark(core.substr(start + length));
    bool sign_after = i + 1 < words.size() && text::is_one_of(words[i + 1].core, {"\u20ac", "EUR", "Euro", "euro", "euros", "CHF", "Fr.", "Franken"});
    if (round > 0 && (currency_before(words, i, start) || sign_after)) end += round;
    if (auto pair = comma_decimal_range(core.substr(start))) {  // "1,2\u20131,6 km"
      english = *pair;
      end = at + pair->size();
    }
    if (std::size_t groups = space_groups(words, i, start, length)) {
      for (std::size_t k = 1; k <= groups; ++k) english += "," + std::string(words[i + k].core);
      end = static_cast<std::size_t>(words[i + groups].core.data() - line.data()) + 3;
      i += groups;
    }
    if (english == run && end == at + length) continue;
    out.append(line.substr(copied, at - copied));
    out += english;
    copied = end;
  }
  out.append(line.substr(copied));
  return out;
}

}  // namespace briefcast::rules
