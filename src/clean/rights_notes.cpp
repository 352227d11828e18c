#include "clean/rights_notes.h"

#include <algorithm>
#include <array>
#include <string>

#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// A note is a line or two; the article's paragraphs run longer.
constexpr std::size_t kMaxNoteWords = 45;

// The text itself, as the note names it.
constexpr std::array<std::string_view, 17> kThisText = {
    "this work",     "this article",  "this text",       "this post",    "dieser text",  "dieser beitrag",
    "dieser artikel", "dieses werk",  "ce texte",        "cet article",  "cette oeuvre", "este texto",
    "este artículo", "esta obra",     "questo articolo", "diese inhalte", "all content"};

// Starts of the words for a licence: licence, license, licensed, Lizenz, lizenziert, licencia, licenza.
constexpr std::array<std::string_view, 2> kLicenceStems = {"licen", "lizen"};
constexpr std::array<std::string_view, 3> kOpinionStems = {"opini", "meinung", "view"};
constexpr std::array<std::string_view, 4> kAuthorStems = {"author", "auteur", "autor", "verfasser"};
// What makes a sentence about opinion and author a disclaimer.
constexpr std::array<std::string_view, 12> kDisclaimerWords = {
    "expressed", "exprimées", "exprimés", "engagent", "expresadas", "espresse",
    "geäußerten", "wiedergegebenen", "necessarily", "nécessairement", "notwendigerweise", "necesariamente"};

bool has_word_starting(const std::vector<std::string_view>& words, std::string_view stem) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return w.substr(0, stem.size()) == stem; });
}

template <std::size_t N>
bool has_any_stem(const std::vector<std::string_view>& words, const std::array<std::string_view, N>& stems) {
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return has_word_starting(words, s); });
}

bool opens_with_quote(std::string_view line) {
  constexpr std::array<std::string_view, 6> kQuotes = {"\"", "\u201C", "\u201E", "\u00AB", "\u2018", "'"};
  return std::any_of(kQuotes.begin(), kQuotes.end(), [&](std::string_view q) { return line.substr(0, q.size()) == q; });
}

}  // namespace

bool looks_like_rights_note(std::string_view line) {
  const std::string phrase = word_phrase(line);
  const auto words = word_tokens(phrase);
  if (words.empty() || words.size() > kMaxNoteWords || opens_with_quote(line)) return false;
  const std::string padded = " " + phrase + " ";
  const bool names_text = std::any_of(kThisText.begin(), kThisText.end(), [&](std::string_view p) {
    return padded.find(" " + std::string(p) + " ") != std::string::npos;
  });
  if (names_text && has_any_stem(words, kLicenceStems)) return true;
  return has_any_stem(words, kOpinionStems) && has_any_stem(words, kAuthorStems) &&
         std::any_of(kDisclaimerWords.begin(), kDisclaimerWords.end(),
                     [&](std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); });
}

std::size_t rights_note_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                              std::size_t window) {
  last = std::min(last, blocks.size());
  // The last `window` good blocks: the body's range may run on over lines it leaves out.
  const std::size_t note = first_marker_in_tail(blocks, first, last, window,
                                                [](const TextBlock& block) { return looks_like_rights_note(block.text); });
  return note < last && any_good_block(blocks, first, note) ? note : last;
}

}  // namespace briefcast
