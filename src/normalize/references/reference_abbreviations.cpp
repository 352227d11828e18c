// Abbreviations of reference works, obituaries and programme notes, said as the words they
// stand for: "b. 1950" (born), "d. 1890" (died), "ed. by",
// "ref. 24/0187", "the 5th c.", "a 17th-c. chair", "Op. 27", "HM the King",
// "the Rt Hon", and abbreviated books of the Bible before a chapter and verse ("Ps 23:1",
// "Matt. 5:9"), and a House bill's number ("H.R. 4821"). Left alone, eSpeak NG says "b." as the letter with a sentence pause after it,
// "ed." as a word and "Ps" as letters, so the word is lost. ("incl.", "cf." and "s.t." are
// abbreviation.cpp's, said wherever they stand.)
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool dotted(const Word& w) { return text::has_period(w); }

bool starts_with_digit(const Words& words, std::size_t j) {
  return j < words.size() && words[j].prefix.empty() && !words[j].core.empty() && text::is_digit(words[j].core[0]);
}

// "b. 1950", "d. 3 May 1890", "(b. 1962)": "born" and "died" before a year or a day of a
// date; one lowercase letter with its period, so an initial ("John B. Smith") is never read.
std::optional<Match> born_or_died(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if ((w.core != "b" && w.core != "d") || !dotted(w) || !starts_with_digit(words, i + 1)) return std::nullopt;
  std::string_view figure = words[i + 1].core;
  bool year = figure.size() == 4 && text::all_digits(figure);
  bool day = figure.size() <= 2 && i + 2 < words.size() && month_number(words[i + 2].core, true).has_value();
  if (!year && !day) return std::nullopt;
  return Match{1, w.core == "b" ? "born" : "died", true};
}

// "the 5th c.", "the 20th C.", "the 12th cent.": a century after its ordinal.
std::optional<Match> century(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !words[i - 1].suffix.empty() || !words[i].prefix.empty()) return std::nullopt;
  if (!((w.core == "c" || w.core == "C") && dotted(w)) && w.core != "cent") return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (before.size() < 3 || !text::is_digit(before[0]) || !speak_ordinal(before)) return std::nullopt;
  return Match{1, "century", !period_ends_sentence(words, i)};
}

// "a 17th-c. chair", "19th-C": the century hyphened to its ordinal is the adjective
// ("seventeenth-century"), with or without the period, whatever word follows; spelt, the "c"
// was said as the letter and the century lost.
std::optional<Match> hyphened_century(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dash = core.rfind('-');
  if (dash == std::string_view::npos || dash < 3 || !text::is_digit(core[0])) return std::nullopt;
  std::string_view tail = core.substr(dash + 1);
  if (!text::is_one_of(tail, {"c", "C", "cent"})) return std::nullopt;
  auto ordinal = speak_ordinal(core.substr(0, dash));
  if (!ordinal) return std::nullopt;
  return Match{1, *ordinal + "-century", dotted(words[i]) && !period_ends_sentence(words, i)};
}

// "ed. by J. Brown": edited; "(ed.)", "(eds.)" after a name: the editor(s).
std::optional<Match> edited_or_editor(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!dotted(w)) return std::nullopt;
  if (w.core == "ed" && i + 1 < words.size() && words[i + 1].core == "by") return Match{1, "edited", true};
  if ((w.core == "ed" || w.core == "eds") && w.prefix == "(" && w.suffix.size() >= 2 && w.suffix[1] == ')') {
    return Match{1, w.core == "ed" ? "editor" : "editors", true};
  }
  return std::nullopt;
}

// "ref. 24/01873/FUL", "Op. 27", "op. 9": a word before the figure it names; "ref." also
// before a code of capitals and figures ("ref. D/MER/4/112").
std::optional<Match> before_number(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!dotted(w) || i + 1 >= words.size()) return std::nullopt;
  std::string_view next = words[i + 1].core;
  bool code = !next.empty() && text::is_upper(next[0]) && next.find_first_of("0123456789") != std::string_view::npos;
  bool ref = w.core == "ref" || w.core == "Ref";
  if (!starts_with_digit(words, i + 1) && !(ref && code)) return std::nullopt;
  if (ref) return Match{1, w.core == "ref" ? "reference" : "Reference", true};
  if (w.core == "Op" || w.core == "op") return Match{1, w.core == "Op" ? "Opus" : "opus", true};
  return std::nullopt;
}

// "HM the King", "HM the Queen": His or Her Majesty; spelt, the title was lost.
std::optional<Match> majesty(const Words& words, std::size_t i) {
  if (words[i].core != "HM" || !words[i].suffix.empty() || i + 2 >= words.size() || words[i + 1].core != "the") {
    return std::nullopt;
  }
  std::string_view who = words[i + 2].core;
  if (text::is_one_of(who, {"King", "King's", "Prince"})) return Match{1, "His Majesty", false};
  if (text::is_one_of(who, {"Queen", "Queen's", "Princess"})) return Match{1, "Her Majesty", false};
  return std::nullopt;
}

// "the Rt Hon the Lord Mayor", "Right Hon. member": after "Right" it is always "Honorable",
// whatever follows (the title rules expand "Hon" only before a name).
std::optional<Match> honourable(const Words& words, std::size_t i) {
  if (words[i].core != "Hon" || i == 0 || !words[i].prefix.empty()) return std::nullopt;
  std::string_view before = words[i - 1].core;
  if (before != "Rt" && before != "Right") return std::nullopt;
  return Match{1, "Honorable", dotted(words[i]) && !period_ends_sentence(words, i)};
}

// "Ps 23:1", "Matt. 5:9", "1 Cor. 13:4": an abbreviated book before chapter:verse. A book in
// full ("John 3:16") is read by the other rules, as people say it; an abbreviation was spelt or
// said as a word, and the colon made the figures a score.
std::optional<Match> bible_verse(const Words& words, std::size_t i) {
  static constexpr text::Said kBooks[] = {
      {"Gen", "Genesis"},     {"Exod", "Exodus"},       {"Ex", "Exodus"},         {"Lev", "Leviticus"},
      {"Deut", "Deuteronomy"}, {"Ps", "Psalm"},         {"Pss", "Psalms"},        {"Prov", "Proverbs"},
      {"Eccl", "Ecclesiastes"}, {"Isa", "Isaiah"},      {"Jer", "Jeremiah"},      {"Ezek", "Ezekiel"},
      {"Dan", "Daniel"},      {"Matt", "Matthew"},      {"Mt", "Matthew"},        {"Mk", "Mark"},
      {"Lk", "Luke"},         {"Jn", "John"},           {"Rom", "Romans"},        {"Cor", "Corinthians"},
      {"Gal", "Galatians"},   {"Eph", "Ephesians"},     {"Phil", "Philippians"},  {"Col", "Colossians"},
      {"Thess", "Thessalonians"}, {"Tim", "Timothy"},   {"Heb", "Hebrews"},       {"Jas", "James"},
      {"Pet", "Peter"},       {"Rev", "Revelation"},
  };
  const Word& w = words[i];
  if (!w.prefix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      (!w.suffix.empty() && w.suffix != ".")) {
    return std::nullopt;
  }
  std::string_view ref = words[i + 1].core;
  std::size_t colon = ref.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 3 || colon + 1 >= ref.size()) return std::nullopt;
  std::string_view chapter = ref.substr(0, colon);
  std::string_view verses = ref.substr(colon + 1);
  std::size_t dash = verses.find('-');
  std::string_view first = verses.substr(0, dash);
  std::string_view last = dash == std::string_view::npos ? std::string_view() : verses.substr(dash + 1);
  if (!text::all_digits(chapter) || first.empty() || first.size() > 3 || !text::all_digits(first) ||
      (dash != std::string_view::npos && (last.empty() || last.size() > 3 || !text::all_digits(last)))) {
    return std::nullopt;
  }
  if (auto book = text::said_for(kBooks, w.core)) {
    std::string spoken = std::string(*book) + " " + integer_words(chapter, false, false) + ", verse";
    if (!last.empty()) spoken += "s";
    spoken += " " + integer_words(first, false, false);
    if (!last.empty()) spoken += " to " + integer_words(last, false, false);
    return Match{2, spoken, false};
  }
  return std::nullopt;
}

// "H.R. 4821", "HR 815", "H.B. 1102": a House bill's number, said in pairs as Congress and
// statehouses say it ("forty eight twenty one"), not as a count.
std::optional<Match> house_bill(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"H.R", "HR", "H.B", "HB"}) || !w.prefix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = words[i + 1].core;
  if (figure.size() < 3 || figure.size() > 4 || !text::all_digits(figure) || figure[0] == '0') return std::nullopt;
  // Without periods "HR 120" may be a heart rate: only a four-figure number is a bill's.
  if (w.core.find('.') == std::string_view::npos && figure.size() < 4) return std::nullopt;
  std::string letters{w.core.front(), w.core.back()};
  return Match{2, spelled_letters(letters) + " " + paired_digit_words(figure), false};
}

// A bill's or instrument's number: up to two figures as a count ("sixty one"), three or four
// in pairs as legislators say them ("twenty two eighty seven").
std::string bill_number_words(std::string_view figure) {
  return figure.size() <= 2 ? cardinal_words(figure) : paired_digit_words(figure);
}

bool is_bill_figure(std::string_view figure, std::size_t min_size) {
  return figure.size() >= min_size && figure.size() <= 4 && text::all_digits(figure) && figure[0] != '0';
}

// Words of a bill's passage through a legislature, in any case.
bool tells_of_bills(std::string_view core) {
  return text::is_one_of_lowered(core, {"senate", "senator", "bill", "bills", "act", "committee", "introduced",
                                        "sponsored", "cosponsors", "co-sponsors", "legislation", "amendment",
                                        "amendments", "congress", "floor", "chamber", "cloture", "filibuster"});
}

// "S. 2287", "S 1190": a Senate bill's number, said in pairs as a House bill's is. Only beside
// words of bills: elsewhere "S. 1200" may be a street's block or a page.
std::optional<Match> senate_bill(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "S" || !w.prefix.empty() || (!w.suffix.empty() && w.suffix != ".") || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty() || !is_bill_figure(words[i + 1].core, 3) ||
      !text::any_word_near(words, i, 12, tells_of_bills)) {
    return std::nullopt;
  }
  return Match{2, "S " + paired_digit_words(words[i + 1].core), false};
}

// "H.J.Res. 61", "S.Con.Res. 12", "H.Res. 5": a resolution of Congress, its chamber's letters
// spelt and "Res" said; the periods were read "dot".
std::optional<Match> resolution(const Words& words, std::size_t i) {
  static constexpr text::Said kResolutions[] = {{"H.J.Res", "H J Res"},     {"S.J.Res", "S J Res"},
                                                {"H.Con.Res", "H Con Res"}, {"S.Con.Res", "S Con Res"},
                                                {"H.Res", "H Res"},         {"S.Res", "S Res"}};
  const Word& w = words[i];
  auto said = text::said_for(kResolutions, w.core);
  if (!said || !w.prefix.empty()) return std::nullopt;
  if (i + 1 < words.size() && words[i + 1].prefix.empty() && is_bill_figure(words[i + 1].core, 1)) {
    return Match{2, std::string(*said) + " " + bill_number_words(words[i + 1].core), false};
  }
  return Match{1, std::string(*said), text::has_period(w)};
}

// "SI 2025/1143", "S.I. 2019/621": a UK statutory instrument by its year and number, never a
// fraction ("two thousand twenty five over ...").
std::optional<Match> statutory_instrument(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"SI", "S.I"}) || !w.prefix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = words[i + 1].core;
  std::size_t slash = figure.find('/');
  if (slash != 4 || !is_context_free_year(figure.substr(0, 4)) || !is_bill_figure(figure.substr(5), 1)) {
    return std::nullopt;
  }
  return Match{2, "S I " + year_words(figure.substr(0, 4)) + " number " + bill_number_words(figure.substr(5)), false};
}

// "the fund's latest 13F", "a 13F filing", "Form 13F": the SEC's holdings report, "thirteen F".
// Elsewhere "13F" is a temperature, which the measure rules read.
std::optional<Match> holdings_form(const Words& words, std::size_t i) {
  if (words[i].core != "13F" || !words[i].prefix.empty()) return std::nullopt;
  bool named_before = i > 0 && words[i - 1].suffix.empty() &&
                      text::is_one_of_lowered(words[i - 1].core, {"form", "latest", "quarterly", "recent"});
  bool named_after = i + 1 < words.size() && words[i].suffix.empty() &&
                     text::is_one_of_lowered(words[i + 1].core, {"filing", "filings", "report", "reports", "holdings"});
  if (!named_before && !named_after) return std::nullopt;
  return Match{1, "thirteen F", false};
}

}  // namespace

std::optional<Match> match_reference_abbreviation(const Words& words, std::size_t i) {
  for (auto rule : {born_or_died, century, hyphened_century, edited_or_editor, before_number, majesty, honourable, bible_verse,
                    house_bill, senate_bill, resolution, statutory_instrument, holdings_form}) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
