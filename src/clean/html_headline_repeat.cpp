#include "clean/html_headline_repeat.h"

#include <algorithm>
#include <cctype>

#include "clean/html_similarity.h"
#include "clean/text_blocks.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// A line above the repeated headline shorter than this is its furniture (a kicker, a section
// label, a breadcrumb, a print hint); a longer one is the article's own text: the search stops.
constexpr std::size_t kMaxLeadInLength = 200;
// How far into the body a repeat of the headline is looked for: the first paragraph, or the
// second under one label line. Deeper, a line above it is as likely the article's own.
constexpr std::size_t kMaxLeadInParagraphs = 2;
// Dropping lines above a repeat needs a headline of a few words: a one-word title ("Issues")
// also names sections.
constexpr std::size_t kMinTitleWordsForLeadIn = 3;

// Whether the title's words appear in a row among the paragraph's, case-folded: punctuation
// and quotes the page prints differently do not matter.
bool holds_title_words(std::string_view paragraph, std::string_view title) {
  const std::string lower_paragraph = to_lower(paragraph);
  const std::string lower_title = to_lower(title);
  const auto words = word_tokens(lower_paragraph);
  const auto title_words = word_tokens(lower_title);
  if (title_words.empty() || title_words.size() > words.size()) return false;
  return std::search(words.begin(), words.end(), title_words.begin(), title_words.end()) != words.end();
}

// Whether `text` opens with a capital letter (any script that has case) or an opening quote.
bool opens_with_capital(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char lead = static_cast<unsigned char>(text[0]);
  if (lead == '"' || text.substr(0, 3) == "\xE2\x80\x9C" || text.substr(0, 3) == "\xE2\x80\x9E") return true;
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  const std::string_view letter = text.substr(0, length);
  return word_tokens(letter).size() == 1 && to_lower(letter) != letter;
}

// A teaser block that prints the headline and runs on into the lead without a mark between
// them ("Headline The lead says ..."): the headline has a few words and a sentence that opens
// with a capital follows. A short tail ("... repairs Monday, the council said.") is the
// headline's words going on as a sentence; a lead is longer. Returns the lead, or empty when
// that is not the form.
std::string lead_after_run_on_headline(std::string_view rest, std::string_view title) {
  constexpr std::size_t kMinTitleWords = 3;
  constexpr std::size_t kMinLeadWords = 8;
  if (rest.size() < 2 || rest[0] != ' ' || word_tokens(title).size() < kMinTitleWords) return {};
  const std::string_view lead = rest.substr(1);
  if (!opens_with_capital(lead) || word_tokens(lead).size() < kMinLeadWords || !ends_with_sentence_punctuation(lead)) {
    return {};
  }
  return collapse_whitespace(lead);
}

// A kicker, dateline or byline in front of a repeated headline: a few words that end with a
// mark ("WORLD |", "LONDON (Reuters) -", "Analysis:"). A longer run, or one that ends with a
// word or a comma, is the start of a sentence that names the headline's subject; one that ends
// as a sentence ends is a sentence of its own.
constexpr std::size_t kMaxLeadInWords = 6;

bool is_lead_in(std::string_view before) {
  const std::size_t end = before.find_last_not_of(' ');
  if (end == std::string_view::npos) return false;
  const unsigned char last = static_cast<unsigned char>(before[end]);
  // A multi-byte character (from its lead byte on) is a mark, a dash or a bar, when it is no word.
  std::size_t lead = end;
  while (lead > 0 && (static_cast<unsigned char>(before[lead]) & 0xC0) == 0x80) --lead;
  const bool mark = last >= 0x80 ? word_tokens(before.substr(lead, end + 1 - lead)).empty() : std::ispunct(last) != 0;
  const bool sentence_or_clause = std::string_view(",;.!?").find(static_cast<char>(last)) != std::string_view::npos;
  return mark && !sentence_or_clause && word_tokens(before).size() <= kMaxLeadInWords;
}

}  // namespace

bool repeats_headline(std::string_view paragraph, std::string_view title) {
  if (title.empty()) return false;
  if (word_overlap(paragraph, title) >= 0.8) return true;
  // A line that ends as a sentence ends is a sentence about the subject, however short.
  const bool label = !ends_with_sentence_punctuation(paragraph);
  return label && holds_title_words(paragraph, title) &&
         code_point_count(paragraph) <= 2 * code_point_count(title) + 40;
}

namespace {

std::string without_lead_in_and_headline(const std::string& text, const std::string& title);

}  // namespace

bool copies_headline(std::string_view paragraph, std::string_view title) {
  const std::string lower_title = to_lower(title);
  const std::string lower_paragraph = to_lower(paragraph);
  const auto title_words = word_tokens(lower_title);
  return title_words.size() >= kMinTitleWordsForLeadIn && word_tokens(lower_paragraph) == title_words;
}

std::string without_headline_prefix(const std::string& text, const std::string& title) {
  if (title.empty() || text.size() <= title.size()) return text;
  if (std::string rest = without_lead_in_and_headline(text, title); rest != text) return rest;
  // The page may print the headline in another case (a teaser set in capitals).
  if (text.compare(0, title.size(), title) != 0 && to_lower(text.substr(0, title.size())) != to_lower(title)) return text;
  std::string_view rest = std::string_view(text).substr(title.size());
  const std::size_t mark = rest.find_first_not_of(' ');
  if (mark == std::string_view::npos) return {};
  constexpr std::string_view kSeparators[] = {":", ".", "|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "!", "?"};
  for (const auto sep : kSeparators) {
    // The mark stands alone ("Covid-19" goes on as a word).
    const std::size_t after = mark + sep.size();
    if (rest.substr(mark, sep.size()) == sep && after < rest.size() && rest[after] == ' ') {
      return collapse_whitespace(rest.substr(after));
    }
  }
  // "Why now? Because ...": a headline that ends as a sentence ends, then the body.
  if (mark > 0 && ends_with_sentence_punctuation(title)) return collapse_whitespace(rest);
  std::string lead = lead_after_run_on_headline(rest, title);
  return lead.empty() ? text : lead;
}

namespace {

// "KICKER: Headline. The lead ...": the headline after a short lead-in, then the body. The
// lead-in's last byte may be inside a multi-byte mark, so the search runs on the lowered text
// only where lowering kept every byte in place.
std::string without_lead_in_and_headline(const std::string& text, const std::string& title) {
  const std::string lower_text = to_lower(text);
  const std::string lower_title = to_lower(title);
  if (lower_text.size() != text.size() || lower_title.size() != title.size()) return text;
  const std::size_t at = lower_text.find(lower_title);
  if (at == 0 || at == std::string::npos || !is_lead_in(std::string_view(text).substr(0, at))) return text;
  const std::string from_headline = text.substr(at);
  std::string rest = without_headline_prefix(from_headline, title);
  return rest == from_headline ? text : rest;
}

std::size_t drop_one_lead(std::vector<std::string>& paragraphs, const std::string& title) {
  const bool lead_in_allowed = word_tokens(title).size() >= kMinTitleWordsForLeadIn;
  const std::size_t window = std::min(paragraphs.size(), lead_in_allowed ? kMaxLeadInParagraphs : 1);
  for (std::size_t k = 0; k < window; ++k) {
    const auto start = paragraphs.begin();
    if (repeats_headline(paragraphs[k], title)) {
      paragraphs.erase(start, start + static_cast<std::ptrdiff_t>(k + 1));
      return k + 1;
    }
    std::string rest = without_headline_prefix(paragraphs[k], title);
    if (rest != paragraphs[k]) {
      paragraphs[k] = std::move(rest);
      const std::size_t dropped = paragraphs[k].empty() ? k + 1 : k;
      paragraphs.erase(start, start + static_cast<std::ptrdiff_t>(dropped));
      return dropped;
    }
    if (code_point_count(paragraphs[k]) >= kMaxLeadInLength) break;
  }
  return 0;
}

}  // namespace

std::size_t drop_headline_lead(std::vector<std::string>& paragraphs, const std::string& title) {
  if (title.empty()) return 0;
  // The headline may be printed twice (in a breadcrumb, then as the heading): each copy goes.
  std::size_t total = 0;
  while (const std::size_t dropped = drop_one_lead(paragraphs, title)) total += dropped;
  return total;
}

}  // namespace briefcast
