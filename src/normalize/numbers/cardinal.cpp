// Cardinal numbers: "3", "9,000", "123,123,000", "-5", "1.000.000", and "10 000" with
// spaces between the thousands (the SI style many wires use).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

std::string integer_words(std::string_view digits, bool grouped, bool allow_year) {
  // A leading zero marks a code or an identifier ("007"), read digit by digit.
  if (digits.size() > 1 && digits[0] == '0') return digit_words(digits);
  if (digits.size() > kMaxNumberDigits) return digit_words(digits);
  if (grouped) {
    // "2,500" is "twenty five hundred" in American speech; round thousands stay thousands.
    if (digits.size() == 4 && digits.substr(2) == "00" && digits[1] != '0') return year_words(digits);
    return cardinal_words(digits, false);
  }
  if (allow_year && is_context_free_year(digits)) return year_words(digits);
  // American reading, as the default en-us voice and a US newsreader say it: "one hundred
  // seventy", not the British "one hundred and seventy".
  return cardinal_words(digits, false);
}

std::string number_words(const text::NumberLiteral& number, bool allow_year) {
  std::string out = number.negative ? "minus " : "";
  if (!number.integer.empty()) {
    out += integer_words(number.integer, number.grouped, allow_year && !number.has_point && !number.negative);
  }
  // "39,908.00", "a score of 36.00", "-8.00 D": zeros printed after the point to fill a
  // column carry no figure and are not said ("point oh oh" was heard as letters). One zero
  // ("a 6.0 quake", "version 2.0") is said, as people say it, and three ("1.000") may be a
  // continental thousand, so the figure is kept whole.
  bool zero_decimals = number.decimals.find_first_not_of('0') == std::string::npos;
  bool filler = zero_decimals && (number.decimals.size() == 2 || (number.grouped && !number.decimals.empty()));
  if (number.has_point && !filler) {
    if (!out.empty() && out.back() != ' ') out += ' ';
    // A zero among the decimals is "o", as "point o five" is said; a lone ".0" stays "point
    // zero", where "o" alone would sound clipped. Zeros that close the decimals after a figure
    // ("73.30 percent", "18.50") are printed precision, and a newsreader says them "zero"
    // ("seventy three point three zero"); "point three o" was heard as a letter.
    std::size_t last = number.decimals.find_last_not_of('0');
    if (number.decimals == "0") {
      out += "point zero";
    } else if (last == std::string::npos || last + 1 == number.decimals.size()) {
      out += "point " + digit_words(number.decimals, "o");
    } else {
      out += "point " + digit_words(std::string_view(number.decimals).substr(0, last + 1), "o") + " " +
             digit_words(std::string_view(number.decimals).substr(last + 1), "zero");
    }
  }
  return out;
}

std::optional<std::string> speak_cardinal(std::string_view core) {
  auto number = text::parse_number(core);
  if (!number) return std::nullopt;
  // "+5" in a score or a change is said with its sign.
  std::string sign = core[0] == '+' ? "plus " : "";
  return sign + number_words(*number, true);
}

std::optional<std::string> speak_possessive_number(std::string_view core) {
  // "2021's best", "the 49's": a figure with a possessive is the figure said, then "'s"; a
  // round figure with "'s" is a decade or a plural, read by the date rules first.
  for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (core.size() <= mark.size() || !text::ends_with(core, mark)) continue;
    std::string_view head = core.substr(0, core.size() - mark.size());
    if (head.empty() || !text::is_digit(head[0])) return std::nullopt;
    if (auto spoken = speak_cardinal(head)) return *spoken + std::string(mark);
  }
  return std::nullopt;
}

std::optional<std::string> speak_number_list(std::string_view core) {
  // "1,2,3": figures listed with commas that are no thousands groups.
  if (core.size() > 1000 || core.front() == ',' || core.back() == ',') return std::nullopt;
  std::string out;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= core.size(); ++k) {
    if (k < core.size() && core[k] != ',') continue;
    std::string_view part = core.substr(start, k - start);
    if (!text::all_digits(part) || part.size() > kMaxNumberDigits) return std::nullopt;
    if (!out.empty()) out += ", ";
    out += integer_words(part, false, false);
    start = k + 1;
  }
  return out;
}

std::optional<std::string> speak_number_sign(std::string_view core) {
  // "No.1 seed", "#1 hit", "#10", "No.4A", "#2231B": the number sign or abbreviation written
  // against its figure is said "number", as a newsreader does; a figure with capitals after
  // it is a label (speak_lettered_figure). A hashtag is letters after the sign and stays
  // with the electronic rules.
  std::string_view figure;
  if (core.size() > 3 && text::starts_with(core, "No.")) figure = core.substr(3);
  if (core.size() > 1 && core[0] == '#') figure = core.substr(1);
  if (figure.empty()) return std::nullopt;
  // "inmate #02318457", "order #58213": five figures or more, or a leading zero, make an
  // identifier, said figure by figure; a rank, a count or an issue is short ("#1 hit", "#10", "#02").
  // A round figure ("ranked #10000") is a rank or a count, as no order's number is.
  bool round = figure[0] != '0' && text::ends_with(figure, "000");
  if (text::all_digits(figure) && !round && (figure.size() >= 5 || (figure.size() > 2 && figure[0] == '0'))) {
    return core.size() <= 16 ? std::optional<std::string>("number " + digit_words(figure)) : std::nullopt;
  }
  if (text::all_digits(figure)) return core.size() <= 10 ? std::optional<std::string>("number " + cardinal_words(figure)) : std::nullopt;
  // "block #874,320", "#1,000": a figure in thousands is a number too, said as a count; the
  // sign had been read "hash" ("block hash" is another thing in a chain).
  if (figure[0] != ',' && figure.size() <= 15) {
    if (auto grouped = text::parse_plain_figure(figure); grouped && grouped->grouped && !grouped->has_point) {
      return "number " + cardinal_words(grouped->integer);
    }
  }
  auto label = speak_lettered_figure(figure);
  return label ? std::optional<std::string>("number " + *label) : std::nullopt;
}

namespace {

// "250 155mm howitzers", "40 120mm shells": a measure glued to its last group that sizes a plural
// noun after it is a calibre or a size of the things the figure before counts, so the figure is a
// count of its own, not the thousands of the measure ("two hundred fifty thousand one hundred
// fifty five millimeters" had been said). A measure in spaced thousands ("3 028MW") ends a line
// or sizes one thing.
bool counts_sized_plural(const Words& words, std::size_t k) {
  if (k + 1 >= words.size() || !words[k].suffix.empty() || !words[k + 1].prefix.empty()) return false;
  std::string_view noun = words[k + 1].core;
  return noun.size() > 3 && text::all_alpha(noun) && text::is_lower(noun[0]) && text::ends_with(noun, "s") &&
         !text::ends_with(noun, "ss") && !text::ends_with(noun, "us") && !text::ends_with(noun, "is") &&
         !is_not_noun(noun);
}

}  // namespace

std::optional<Match> match_spaced_cardinal(const Words& words, std::size_t i) {
  const Word& first = words[i];
  if (!first.suffix.empty() || first.core.empty() || first.core.size() > 3 || !text::all_digits(first.core) ||
      first.core[0] == '0') {
    return std::nullopt;
  }
  std::string digits(first.core);
  std::size_t k = i + 1;
  while (k < words.size() && words[k].prefix.empty() && words[k].core.size() == 3 && text::all_digits(words[k].core) &&
         digits.size() <= kMaxNumberDigits) {
    digits += words[k].core;
    ++k;
    if (!words[k - 1].suffix.empty()) break;
  }
  // "3 028MW", "14 992MW": the last group carries the measure's unit glued on. "3 100m" is as
  // likely three hundred-meter races, so a round group before meters is left alone.
  bool open = words[k - 1].suffix.empty();
  if (open && k < words.size() && words[k].prefix.empty() && words[k].core.size() > 3 && !counts_sized_plural(words, k) &&
      text::all_digits(words[k].core.substr(0, 3)) && text::is_alpha(words[k].core[3])) {
    std::string_view group = words[k].core.substr(0, 3);
    bool race = text::ends_with(group, "00") && words[k].core.substr(3) == "m";
    std::string written = digits + std::string(words[k].core);
    bool adjective = is_adjectival(words, i, k + 1 - i);
    auto measure = race ? std::nullopt : adjective ? speak_measure_adjective(written) : speak_measure(written);
    if (measure) return Match{k + 1 - i, *measure, false};
  }
  if (k == i + 1) return std::nullopt;
  // "123 456 7890" is a telephone number: a figure right after the groups means they are not
  // thousands.
  if (k < words.size() && words[k - 1].suffix.empty() && !words[k].core.empty() && text::is_digit(words[k].core[0])) {
    return std::nullopt;
  }
  return Match{k - i, integer_words(digits, true, false), false};
}

// "under-16s" -> "sixteens", "the 76ers" -> "seventy sixers", "49ers" -> "forty niners":
// a small number made a plural noun (decades are date.cpp's).
std::optional<std::string> speak_plural_number(std::string_view core) {
  bool team = text::ends_with(core, "ers");
  // "a 49er", "an 8,000er": one of them, as the boat class and the peaks are called ("forty niner").
  bool one = !team && text::ends_with(core, "er") && core.size() >= 4;
  std::string_view digits = core.substr(0, core.size() - (team ? 3 : one ? 2 : 1));
  if (!team && !one && !text::ends_with(core, "s")) return std::nullopt;
  // "1,000s of fans", "10,000s": round thousands written with their comma ("8,000ers", the peaks).
  std::string grouped;
  if (digits.size() >= 5 && digits.size() <= 7 && text::ends_with(digits, ",000")) {
    for (char c : digits) {
      if (c != ',') grouped.push_back(c);
    }
    if (grouped.find(',') == std::string::npos && text::all_digits(grouped) && grouped[0] != '0') digits = grouped;
  }
  if (digits.empty() || (digits.size() > 3 && grouped.empty()) || digits[0] == '0' || !text::all_digits(digits)) return std::nullopt;
  std::string words = cardinal_words(digits);
  // "100s of people": hundreds, not "one hundreds".
  if (digits.size() > 1 && digits.find_first_not_of('0', 1) == std::string_view::npos && text::starts_with(words, "one ")) {
    words.erase(0, 4);
  }
  if (!team && !one) return pluralize_last_word(words);
  // Only "-niner" and "-thousander" are English words made so; "50er", "12er" are German
  // ("die 50er Jahre") and keep the figure apart.
  if (one && !text::ends_with(words, "nine") && !text::ends_with(words, "thousand")) return std::nullopt;
  return words + (words.back() == 'e' ? "r" : "er") + (team ? "s" : "");
}

}  // namespace briefcast::rules
