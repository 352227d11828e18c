// A section of an act as British and Commonwealth law writes it: "s.236A" -> "section two
// thirty six A", "ss.14-16" -> "sections fourteen to sixteen". The "s." is never a word of its
// own before a figure; read piece by piece it was "s . two hundred thirty six A".
// A section's number is a label, said in pairs from three figures on, as "Route 101" is.
// Regulations are written short the same way ("reg. 12", "regs 4-6"), and a council's "s114
// notice" glues the sign to its number.
#include <algorithm>
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/part_words.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "236A", "12", "3ZA": one to four figures and up to two capital letters.
std::optional<std::string> section_number(std::string_view s) {
  std::size_t figures = text::digit_run_end(s, 0);
  std::string_view letters = s.substr(figures);
  if (figures == 0 || figures > 4 || s[0] == '0' || letters.size() > 2 || (!letters.empty() && !text::all_upper(letters))) return std::nullopt;
  std::string_view number = s.substr(0, figures);
  std::string said = figures >= 3 ? paired_digit_words(number) : cardinal_words(number);
  return letters.empty() ? said : said + " " + spelled_letters(letters);
}

// "section 100J", "clause 4B": after a word that names a part of a text, figures with a capital
// letter or two are the part's label ("one hundred J"), never a unit ("one hundred joules").
// The part word written short with its point ("Sec. 80C", "Art. 12B") names the part as well.
std::optional<Match> named_part(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return std::nullopt;
  bool short_word = words[i - 1].suffix == "." && short_part_word(words[i - 1].core) != nullptr;
  if (!short_word && !words[i - 1].suffix.empty()) return std::nullopt;
  if (!short_word && !text::is_one_of_lowered(words[i - 1].core,
                                              {"section", "sections", "subsection", "clause", "clauses", "article",
                                               "articles", "regulation", "rule", "schedule", "paragraph", "part",
                                               "s"})) {
    return std::nullopt;
  }
  std::string_view core = words[i].core;
  if (core.empty() || text::all_digits(core) || core.find('(') != std::string_view::npos) return std::nullopt;
  auto number = section_number(core);
  if (!number) return std::nullopt;
  return Match{1, *number, false};
}

// "under s. 18 of the Act", "Act 1981, s. 1(5)", "ss. 12-14": the same sign with a space before
// its number. In lower case it is never an initial in a name ("Harry S. Truman").
std::optional<Match> spaced_section(const Words& words, std::size_t i) {
  const Word& sign = words[i];
  if (sign.suffix != "." || (sign.core != "s" && sign.core != "ss") || i == 0 || i + 1 >= words.size()) return std::nullopt;
  if (!words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view rest = words[i + 1].core;
  // "s. 117(3)": the word only; its number and brackets are read as after "section".
  std::size_t open = rest.find('(');
  if (open != std::string_view::npos && section_number(rest.substr(0, open))) {
    return Match{1, sign.core == "ss" ? "sections" : "section", true};
  }
  std::size_t dash = rest.find('-');
  if (sign.core == "ss" && dash != std::string_view::npos) {
    auto from = section_number(rest.substr(0, dash));
    auto to = section_number(rest.substr(dash + 1));
    if (from && to) return Match{2, "sections " + *from + " to " + *to, false};
    return std::nullopt;
  }
  auto number = section_number(rest);
  // "under s. 4.2": a clause's number with a point is said by the figure rules after the word.
  bool clause = !number && !rest.empty() && text::is_digit(rest[0]) && rest.find('.') != std::string_view::npos;
  if (clause) return Match{1, sign.core == "ss" ? "sections" : "section", true};
  if (!number) return std::nullopt;
  return Match{2, std::string(sign.core == "ss" ? "sections " : "section ") + *number, false};
}

// "2", "3A", "b", "iv": the label inside one bracket of a sub-clause. A numeral in lower case
// (ii to xxxix) numbers its item and is said as the number ("three"); spelt, "iii" was "I I I".
// A lone "i", "v" or "x" is the numeral only where `numeral` says so, else the letter.
std::optional<std::string> sub_label(std::string_view label, bool numeral) {
  if (label.empty() || label.size() > 7) return std::nullopt;
  if (text::is_digit(label[0])) return label.size() > 3 ? std::nullopt : section_number(label);
  auto roman = lower_roman_value(label);
  if (roman && (numeral || !may_be_letter(label))) return cardinal_words(std::to_string(*roman));
  if (label.size() > 2 || !text::all_alpha(label) || text::lower(label) != label) return std::nullopt;
  std::string capitals(label);
  for (char& c : capitals) c = static_cast<char>(c - 'a' + 'A');
  return spelled_letters(capitals);
}

// "(3)(b)(ii)" -> "3", "b", "ii": the labels of a reference's brackets, or nothing if they are
// not brackets only, or more than three.
std::optional<std::vector<std::string_view>> bracket_labels(std::string_view brackets) {
  std::vector<std::string_view> labels;
  for (std::size_t at = 0; at < brackets.size();) {
    std::size_t close = brackets.find(')', at);
    if (labels.size() == 3 || brackets[at] != '(' || close == std::string_view::npos) return std::nullopt;
    labels.push_back(brackets.substr(at + 1, close - at - 1));
    at = close + 1;
  }
  return labels;
}

// A longer numeral at the reference's last level in the words after it ("4(1)(i) and (ii)").
bool longer_numeral_after(const Words& words, std::size_t i) {
  for (std::size_t k = i + 1; k < std::min(words.size(), i + 4); ++k) {
    if (is_list_mark(words[k]) && !may_be_letter(words[k].core)) return true;
  }
  return false;
}

// A lone "i", "v" or "x" at a level of letters is the letter: UK drafting letters a section's
// paragraphs ("section 40(3)(i)", the one after "(h)") and India's definitions ("section 2(i)").
// It is the numeral under a level of letters ("21(4)(c)(i)", "2(a)(i)"), or beside a longer
// numeral of its level, as roman.cpp's list marks also count a lone one.
bool lone_is_numeral(const std::vector<std::string_view>& labels, std::size_t level, bool longer_beside) {
  bool under_letters = level > 0 && !labels[level - 1].empty() && text::is_alpha(labels[level - 1][0]);
  return under_letters || level >= 2 || (longer_beside && level + 1 == labels.size());
}

// "Article 50(2)", "section 12(1)(b)": the brackets after a part's number are its sub-clauses,
// said with their names ("Article fifty, paragraph two", "section twelve, subsection one,
// paragraph B"), never run into the number ("fifty two" is another article). A bill's clause
// becomes the act's section, so its brackets are subsections too ("clause 14(3)", and "clause
// 7(iii)" is "clause seven, subsection three").
enum class PartKind { kSection, kArticle, kParagraph };

// The kind of part the word before word i names ("section", "Art.", "rules"), if it names one.
std::optional<PartKind> part_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return std::nullopt;
  std::string head = text::lower(words[i - 1].core);
  // The short word's own point ("s. 12(1)", "Art. 82(2)", "para. 4(b)") is no stop before the number.
  bool short_word = short_part_word(head) != nullptr;
  bool sign_point = words[i - 1].suffix == "." && short_word;
  // Without its point a short word may be a name ("the Para 2(1) team", a Paralympic squad);
  // only "s" and "ss" are written bare in statutes ("s 12(1)").
  if (short_word && !sign_point && head != "s" && head != "ss") return std::nullopt;
  if (!words[i - 1].suffix.empty() && !sign_point) return std::nullopt;
  if (text::is_one_of(head, {"section", "sections", "s", "ss", "subsection", "clause", "clauses", "cl", "sec", "sect"})) {
    return PartKind::kSection;
  }
  // "para. 2(1)", "paragraph 4(b)": inside a paragraph the bracket is a sub-paragraph.
  if (text::is_one_of(head, {"paragraph", "paragraphs", "para", "paras"})) return PartKind::kParagraph;
  if (text::is_one_of(head, {"article", "articles", "art", "arts", "regulation", "regulations", "reg", "regs", "rule",
                             "rules"})) {
    return PartKind::kArticle;
  }
  return std::nullopt;
}

// "Articles 101(1) and 102(2)", "rules 4.5(a) or 4.6(b)": a second bracketed number joined to a
// first that follows the part's word is a part of the same kind.
std::optional<PartKind> part_of_pair(const Words& words, std::size_t i) {
  if (i < 3 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() ||
      !text::is_one_of(words[i - 1].core, {"and", "or", "to"})) {
    return std::nullopt;
  }
  std::string_view first = words[i - 2].core;
  if (first.find('(') == std::string_view::npos || !text::is_digit(first[0])) return std::nullopt;
  return part_before(words, i - 2);
}

std::optional<Match> bracketed_part(const Words& words, std::size_t i) {
  auto kind = part_before(words, i);
  if (!kind) kind = part_of_pair(words, i);
  if (!kind) return std::nullopt;
  std::string core(words[i].core);
  if (text::starts_with(words[i].suffix, ")")) core += ')';
  std::size_t open = core.find('(');
  if (open == std::string::npos || core.back() != ')') return std::nullopt;
  auto labels = bracket_labels(std::string_view(core).substr(open));
  if (!labels) return std::nullopt;
  // "Rule 7.3(c)": a number with points takes its brackets as the others do; run on, "4.2(1)"
  // was "four point two one".
  std::string_view figures = std::string_view(core).substr(0, open);
  auto number = figures.find('.') == std::string_view::npos ? section_number(figures) : dotted_parts(figures);
  if (!number) return std::nullopt;
  static constexpr std::string_view kSectionLevels[] = {"subsection", "paragraph", "sub-paragraph"};
  static constexpr std::string_view kArticleLevels[] = {"paragraph", "point", "sub-point"};
  static constexpr std::string_view kParagraphLevels[] = {"sub-paragraph", "point", "sub-point"};
  const std::string_view* levels = *kind == PartKind::kSection   ? kSectionLevels
                                   : *kind == PartKind::kArticle ? kArticleLevels
                                                                 : kParagraphLevels;
  bool longer_beside = longer_numeral_after(words, i);
  std::string spoken = *number;
  for (std::size_t level = 0; level < labels->size(); ++level) {
    auto label = sub_label((*labels)[level], lone_is_numeral(*labels, level, longer_beside));
    if (!label) return std::nullopt;
    // A paragraph's letter "a" is said as the letter: a bare "A" eSpeak NG reads as the article.
    if (*label == "A") label = letter_names(*label);
    spoken += ", " + std::string(levels[level]) + " " + *label;
  }
  return Match{1, spoken, false};
}

// "a breach of reg. 12", "regs 4-6": a UK statutory instrument's regulations, written short
// before their number; "reg" was said as a word ("redge twelve"). Lowercase only: "Reg" is a name.
std::optional<Match> regulation(const Words& words, std::size_t i) {
  const Word& sign = words[i];
  bool plural = sign.core == "regs";
  if ((!plural && sign.core != "reg") || (sign.suffix != "." && !sign.suffix.empty()) || i + 1 >= words.size()) return std::nullopt;
  const Word& number = words[i + 1];
  if (!number.prefix.empty()) return std::nullopt;
  std::size_t dash = number.core.find('-');
  if (plural && dash != std::string_view::npos) {
    auto from = section_number(number.core.substr(0, dash));
    auto to = section_number(number.core.substr(dash + 1));
    if (from && to) return Match{2, "regulations " + *from + " to " + *to, false};
    return std::nullopt;
  }
  auto said = section_number(number.core);
  if (!said) return std::nullopt;
  return Match{2, std::string(plural ? "regulations " : "regulation ") + *said, false};
}

// "issued a s114 notice", "under s106 of the Planning Act": the sign glued to its number is a
// section only where a cue says so: "notice" or "of the ... Act" after it, "under" or an article
// (two figures or more) before it. "S114" (a bus route, a model) is written in capitals and
// stays as it is.
bool cued_as_section(const Words& words, std::size_t i) {
  // After an article, one figure may be a storage service or a school year ("the s3 bucket").
  bool article = i > 0 && words[i].core.size() > 2 && text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the"});
  if (i > 0 && words[i - 1].suffix.empty() && (article || text::iequals(words[i - 1].core, "under"))) return true;
  if (!words[i].suffix.empty() || i + 1 >= words.size()) return false;
  if (text::is_one_of_lowered(words[i + 1].core, {"notice", "notices"})) return true;
  if (words[i + 1].core != "of" || !words[i + 1].suffix.empty()) return false;
  for (std::size_t k = i + 2; k < words.size() && k < i + 8; ++k) {
    if (words[k].core == "Act") return true;
    if (!words[k].suffix.empty()) return false;
  }
  return false;
}

std::optional<Match> glued_section(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core[0] != 's' || !text::is_digit(core[1]) || !words[i].prefix.empty()) return std::nullopt;
  auto number = section_number(core.substr(1));
  if (!number || !cued_as_section(words, i)) return std::nullopt;
  return Match{1, "section " + *number, false};
}

// "Cap. 95", "Cap. E22", "Pt 1": the chapter of a Commonwealth country's laws and a part of an
// act or guide, written short before their label; read as words they were "cap" and "P T".
// Capitals only: "cap." and "pt" are a cap and a pint or a point.
std::optional<Match> chapter_or_part(const Words& words, std::size_t i) {
  const Word& sign = words[i];
  bool chapter = sign.core == "Cap" && sign.suffix == ".";
  bool part = sign.core == "Pt" && (sign.suffix.empty() || sign.suffix == ".");
  if ((!chapter && !part) || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view label = words[i + 1].core;
  std::size_t letters = 0;
  while (letters < label.size() && letters < 2 && text::is_upper(label[letters])) ++letters;
  auto number = section_number(label.substr(letters));
  if (!number || (letters > 0 && !text::all_digits(label.substr(letters)))) return std::nullopt;
  // "Pt 3 of the code", "in Pt 2.": a part ends its phrase or is "of" something; "a Pt 950
  // ring" is platinum's mark and "Pt 2 developed a fever" a patient.
  if (part) {
    const Word& after = words[i + 1];
    bool closes = !after.suffix.empty() || i + 2 >= words.size() ||
                  text::is_one_of(words[i + 2].core, {"of", "and", "to", "in"});
    if (label.size() > 2 || !closes) return std::nullopt;
  }
  std::string said = letters > 0 ? spelled_letters(label.substr(0, letters)) + " " + *number : *number;
  return Match{2, std::string(chapter ? "chapter " : "part ") + said, false};
}

}  // namespace

std::optional<Match> match_legal_section(const Words& words, std::size_t i) {
  if (auto part = named_part(words, i)) return part;
  if (auto spaced = spaced_section(words, i)) return spaced;
  if (auto part = bracketed_part(words, i)) return part;
  if (auto reg = regulation(words, i)) return reg;
  if (auto chapter = chapter_or_part(words, i)) return chapter;
  if (auto glued = glued_section(words, i)) return glued;
  std::string_view core = words[i].core;
  bool plural = text::starts_with(core, "ss.");
  if (!plural && !text::starts_with(core, "s.")) return std::nullopt;
  std::string_view rest = core.substr(plural ? 3 : 2);
  if (rest.empty() || !text::is_digit(rest[0])) return std::nullopt;
  std::size_t dash = rest.find('-');
  if (plural && dash != std::string_view::npos) {
    auto from = section_number(rest.substr(0, dash));
    auto to = section_number(rest.substr(dash + 1));
    if (from && to) return Match{1, "sections " + *from + " to " + *to, false};
    return std::nullopt;
  }
  auto number = section_number(rest);
  if (!number) return std::nullopt;
  return Match{1, std::string(plural ? "sections " : "section ") + *number, false};
}

}  // namespace briefcast::rules
