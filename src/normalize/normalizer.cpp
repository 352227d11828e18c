#include "normalize/normalizer.h"

#include <algorithm>
#include <utility>

#include "model/language_tag.h"
#include "normalize/articles.h"
#include "normalize/page_conventions.h"
#include "normalize/capitals.h"
#include "normalize/lexicon.h"
#include "normalize/printed_marks.h"
#include "normalize/rule_order.h"
#include "normalize/rules.h"
#include "normalize/typeset_text.h"

namespace briefcast {

namespace {

using rules::Match;
using rules::Words;

// "5p.m", "11a.m": the word's own period (its suffix) completes the abbreviation.
bool ends_with_dotted_am_pm(std::string_view core) {
  if (core.size() < 3) return false;
  std::string tail = text::lower(core.substr(core.size() - 3));
  return tail == "a.m" || tail == "p.m";
}

// A footnote mark after a word ("restored.*") is not read; the engine would say "asterisk".
std::string without_asterisks(std::string_view suffix) {
  std::string out;
  for (char c : suffix) {
    if (c != '*') out.push_back(c);
  }
  return out;
}

// "between 10-20 people", "between 1998-2001": a span after "between" is said "between ten and
// twenty"; the range rules, which see only the figures, join its ends with "to". Only a span
// written with a hyphen or dash in the words [start, end) is rejoined.
std::string joined_after_between(const Words& words, std::size_t start, std::size_t end, std::string piece) {
  if (start == 0 || !text::iequals(words[start - 1].core, "between") || !words[start - 1].suffix.empty()) return piece;
  bool dashed = false;
  for (std::size_t k = start; k < end; ++k) {
    dashed = dashed || words[k].core.find('-') != std::string_view::npos ||
             words[k].core.find("\u2013") != std::string_view::npos;
  }
  // "between 1947-48 and 1991-92": the span is one end of a "between ... and ...".
  bool and_follows = end < words.size() && text::iequals(words[end].core, "and");
  if (!dashed || and_follows) return piece;
  std::size_t to = piece.find(" to ");
  if (to == std::string::npos || piece.find(" to ", to + 1) != std::string::npos) return piece;
  return piece.replace(to, 4, " and ");
}

// Typeset and encoded characters first, so that every rule reads plain ones.
std::string plain_characters(std::string_view line) {
  std::string clean = rules::without_instrument_codes(rules::decoded_references(rules::valid_utf8(line)));
  clean = rules::folded_marked_letters(std::move(clean));  // "Ọ" -> "O": letters the voice cannot say
  clean = rules::without_trade_marks(rules::without_editorial_brackets(std::move(clean)));
  clean = rules::plain_hyphens(rules::spoken_comparisons(rules::spoken_superscripts(rules::spoken_powers(std::move(clean)))));
  clean = rules::joined_feet_marks(rules::single_mark_ranges(std::move(clean)));
  clean = rules::spaced_slashed_units(std::move(clean));
  clean = rules::spoken_roots(rules::fraction_slashes(rules::minus_signs(rules::spaced_dashes(std::move(clean)))));
  clean = rules::unsigned_margins(std::move(clean));
  clean = rules::lakh_grouped_figures(rules::comma_grouped_thousands(std::move(clean)));
  clean = rules::twelve_hour_clocks(rules::colonless_clock_spans(rules::hour_mark_clocks(std::move(clean))));
  return rules::without_caliber_points(rules::without_note_numbers(std::move(clean)));
}

// What the whole line tells the reading of each word; the words view the line's plain text.
struct LineView {
  Words words;
  std::vector<bool> inch_mark;  // the word's closing '"' is an inch mark
  std::size_t dateline = 0;     // words of a dateline's place that open the line
  bool shouted = false;         // the whole line is in capitals
  std::vector<bool> emphasis;   // the word is in a run of capitals set for stress
};

LineView view_line(std::string_view clean) {
  LineView line;
  line.words = text::split_words(clean);
  line.inch_mark = rules::inch_mark_words(line.words, clean);
  line.dateline = rules::dateline_words(line.words);
  line.shouted = rules::is_shouted(line.words, line.dateline);
  line.emphasis = line.shouted ? std::vector<bool>(line.words.size(), false) : rules::shouted_runs(line.words);
  // A byline's names in capitals are words as emphasis is ("MEG KINNARD" -> "Meg Kinnard").
  std::vector<bool> names = rules::byline_names(line.words);
  for (std::size_t k = 0; k < names.size(); ++k) line.emphasis[k] = line.emphasis[k] || names[k];
  return line;
}

// The words [start, end) said as one piece.
struct Piece {
  std::string spoken;
  std::size_t end = 0;
};

Piece matched_piece(const Words& words, std::size_t i, const Match& match) {
  const text::Word& last = words[i + match.count - 1];
  std::string_view suffix = last.suffix;
  if (match.eat_period && !suffix.empty() && suffix[0] == '.') suffix.remove_prefix(1);
  // "$385/mo., and", "etc.;": a period with a comma, semicolon or colon after it only ever
  // closed an abbreviation; left in, eSpeak NG pauses there as at a sentence's end.
  if (suffix.size() >= 2 && suffix[0] == '.' && (suffix[1] == ',' || suffix[1] == ';' || suffix[1] == ':')) {
    suffix.remove_prefix(1);
  }
  if (match.eat_mark && !suffix.empty()) {
    bool annotation = suffix[0] == '!' || suffix[0] == '?';
    bool two = annotation && suffix.size() >= 2 && (suffix[1] == '!' || suffix[1] == '?');
    suffix.remove_prefix(annotation ? (two ? 2 : 1) : suffix[0] == '\'' || suffix[0] == '"' ? 1 : 3);
  }
  std::string piece;
  piece.append(words[i].prefix).append(match.spoken).append(without_asterisks(suffix));
  return Piece{std::move(piece), i + match.count};
}

// "parking / maneuvering": the slash between words offers a choice, unless the pair names one
// thing ("async / await support", names).
std::optional<std::string> slash_between_words(const Words& words, std::size_t i) {
  if (words[i].raw != "/" || i == 0 || i + 1 >= words.size() || !text::all_alpha(words[i - 1].core) ||
      !text::all_alpha(words[i + 1].core)) {
    return std::nullopt;
  }
  const text::Word* after = i + 2 < words.size() && words[i + 1].suffix.empty() ? &words[i + 2] : nullptr;
  return std::string(rules::slash_joiner(words[i - 1].core, words[i + 1].core, after));
}

std::string inch_mark_piece(const Words& words, std::size_t i) {
  const text::Word& first = words[i];
  std::string_view unit = rules::is_feet_and_inches(first.core) ? "" : first.core == "1" ? " inch" : " inches";
  std::string spoken = rules::speak_word(first.core);
  // "an 11.6\" screen", "a 3'20\" lead": before a noun the measure is one compound adjective
  // (past eleven the second figure is seconds: "a three-minute-twenty-second lead").
  std::size_t prime = first.core.find('\'');
  bool seconds = unit.empty() && rules::marks_seconds(first.core.substr(prime + 1));
  // "a 13'5\" dinghy": feet past nine and inches qualify the noun too ("thirteen-foot-five-inch").
  bool long_feet = unit.empty() && rules::is_long_feet_and_inches(first.core);
  if ((seconds || long_feet) && rules::inch_mark_before_noun(words, i)) {
    if (auto adjective = rules::speak_measure_adjective(first.core)) spoken = *adjective;
  } else if (!unit.empty() && rules::inch_mark_before_noun(words, i)) {
    spoken = text::hyphenated(spoken + " inch");
    unit = "";
  }
  std::string piece;
  piece.append(first.prefix).append(spoken).append(unit).append(first.suffix.substr(1));
  return piece;
}

// A word no rule matched: said as a word, spelt as capitals, or read piece by piece.
std::string plain_word_piece(const LineView& line, std::size_t i) {
  const Words& words = line.words;
  const text::Word& first = words[i];
  // "SAN FRANCISCO —": the place of a dateline is words, never letters to spell ("S.A.N").
  // One word alone may be an initialism ("FBI —"); a place of two or more words is a name.
  bool place = i < line.dateline && line.dateline >= 2 && first.core.size() > 1 && text::all_alpha(first.core);
  std::string spoken = place ? text::as_word(first.core) : rules::speak_word(first.core);
  // "October 20: CRASH – A car...": capitals before a dash are a section label, a word.
  bool label = i + 1 < words.size() && first.suffix.empty() && text::is_dash_word(words[i + 1].raw);
  if ((line.emphasis[i] || rules::is_emphatic_verb(words, i) || rules::is_level_word(words, i)) &&
      spoken == first.core) {
    spoken = text::as_word(spoken);
  } else if (!line.shouted && !label && i >= line.dateline && spoken == first.core) {
    spoken = rules::spell_capitals(spoken);
  }
  // "Tag us at @name": the handle's own "at" would say it twice.
  if (i > 0 && text::iequals(words[i - 1].core, "at") && words[i - 1].suffix.empty() && first.prefix.empty() &&
      first.core[0] == '@' && text::starts_with(spoken, "at ")) {
    spoken.erase(0, 3);
  }
  std::string_view suffix = first.suffix;
  // "5p.m." inside a line: the period belongs to the abbreviation, not to the sentence.
  bool last = i + 1 == words.size();
  if (!last && !suffix.empty() && suffix[0] == '.' && ends_with_dotted_am_pm(first.core) &&
      !rules::am_pm_ends_sentence(words, i)) {
    suffix.remove_prefix(1);
  }
  std::string piece;
  piece.append(first.prefix).append(spoken).append(without_asterisks(suffix));
  return piece;
}

// "ST. LOUIS \u2022 A man", "News \u00b7 Sport": a bullet standing alone between words parts
// them as a dash does, but eSpeak NG passes over it without a pause; a dash pauses.
bool bullet_between(const Words& words, std::size_t i) {
  std::string_view raw = words[i].raw;
  return i > 0 && i + 1 < words.size() && (raw == "\u2022" || raw == "\u00b7");
}

// The piece that starts at word i: the first matching rule wins, else the word alone.
Piece piece_at(const LineView& line, std::size_t i) {
  const Words& words = line.words;
  if (rules::is_route_arrow(words, i)) return Piece{"to", i + 1};
  for (rules::Matcher matcher : rules::matchers_in_order()) {
    if (auto match = matcher(words, i)) return matched_piece(words, i, *match);
  }
  if (auto choice = slash_between_words(words, i)) return Piece{std::move(*choice), i + 1};
  if (bullet_between(words, i)) return Piece{"\u2014", i + 1};
  if (words[i].core.empty()) return Piece{without_asterisks(words[i].raw), i + 1};
  if (line.inch_mark[i]) return Piece{inch_mark_piece(words, i), i + 1};
  return Piece{plain_word_piece(line, i), i + 1};
}

// "2020 A year like no other", "take one A day": the writer's own capital "A" alone after a
// figure or a number word, the article of a headline in sentence case. A line that has one keeps
// every "A" after a number as the article; in other lines such an "A" was a code's letter a rule
// said ("grade IA" -> "grade one A").
bool writes_article_after_figure(const Words& words) {
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::string_view before = words[k - 1].core;
    bool number = !before.empty() && (text::is_digit(before.back()) ||
                                      text::is_one_of_lowered(before, {"one", "two", "three", "four", "five", "six",
                                                                       "seven", "eight", "nine", "ten", "once", "twice"}));
    if (words[k].core == "A" && words[k].prefix.empty() && words[k - 1].suffix.empty() && number) return true;
  }
  return false;
}

std::string normalize_line(std::string_view line) {
  std::string clean = plain_characters(rules::english_figures(line));  // "7,5 %" -> "7.5 %"
  LineView view = view_line(clean);
  text::LineCues cues(view.words);  // each line-wide cue read once per line, not once per figure
  std::string out;
  out.reserve(clean.size() + clean.size() / 2);
  for (std::size_t i = 0; i < view.words.size();) {
    std::size_t start = i;
    Piece piece = piece_at(view, i);
    i = piece.end;
    if (piece.spoken.empty()) continue;
    std::string joined = joined_after_between(view.words, start, i, std::move(piece.spoken));
    // A comma a rule says for a mark ("Reuters / 2 days ago" -> "Reuters, two days ago") closes
    // the word before; one typed apart stays as typed.
    bool said_comma = joined == "," && view.words[start].raw != ",";
    // A rule's words may open with another sound than the written form ("an FY" -> "fiscal").
    bool rewritten = i > start + 1 || joined != view.words[start].raw;
    if (rewritten && start > 0 && view.words[start - 1].suffix.empty()) {
      rules::agree_article(out, view.words[start].core, joined);
    }
    if (!out.empty() && !said_comma) out.push_back(' ');
    out += joined;
  }
  std::string stressed = rules::stressed_letter_a(std::move(out));
  if (!writes_article_after_figure(view.words)) stressed = rules::letter_a_after_numbers(std::move(stressed));
  return rules::agreed_before_numbers(std::move(stressed));
}

// Rules that read the whole line (is it about prices, sport, a storm?) cost its length once per
// word, so a line is read in pieces of at most this many bytes: some three hundred words, far more
// than any sentence (the pipeline normalizes one sentence at a time), cut at a sentence end. A
// megabyte of cue words ("T4 T4 ...") costs seconds, not minutes.
constexpr std::size_t kMaxLineBytes = 2 * 1024;

std::string normalize_english(std::string_view line) {
  std::string out;
  for (const std::string_view piece : text::bounded_pieces(line, kMaxLineBytes)) {
    if (!out.empty()) out.push_back(' ');
    out += normalize_line(piece);
  }
  return out;
}

}  // namespace

std::string normalize_text(std::string_view typeset, const NormalizeConfig& config) {
  if (!is_english_tag(config.language)) return std::string(typeset);
  const std::string written = rules::typeset_spaces(typeset);  // "1\u00a0246" -> "1,246"
  rules::DayFirstScope order(rules::writes_day_first({}, config.language));  // "en-GB": 3/7 is 3 July
  // The page's figures and places ("R$ 293,47", "Ohio"), where the article left a question open.
  rules::PageScope page(rules::infer_page_conventions(typeset, written, config.language));
  std::string spoken = normalize_english(written);
  // The user's entries first, so that they win over the built-in ones.
  if (!config.lexicon.empty()) spoken = apply_lexicon(spoken, config.lexicon);
  if (config.use_default_lexicon) spoken = apply_lexicon(spoken, default_lexicon());
  return spoken;
}

void normalize_segments(std::vector<Segment>& segments, const NormalizeConfig& config) {
  rules::DayFirstScope order(rules::writes_day_first(segments, config.language));  // the article's own cues
  std::string article;
  for (const auto& segment : segments) (article += segment.text) += '\n';
  rules::PageScope page(rules::infer_page_conventions(article, config.language));  // "€1.249,–": a decimal comma
  for (auto& segment : segments) {
    if (!segment.text.empty()) segment.spoken = normalize_text(segment.text, config);
  }
}

}  // namespace briefcast
