#include "normalize/function_words.h"

#include <algorithm>
#include <array>
#include <string>

#include "normalize/text_util.h"

namespace briefcast::text {
namespace {

// Grouped loosely by class; sorted once at first use for a binary search.
constexpr std::array<std::string_view, 134> kFunctionWords = {
    "a",        "about",   "above",  "across",  "after",   "against", "along",   "am",      "among",
    "an",       "and",     "are",    "around",  "as",      "at",      "be",      "been",    "before",
    "behind",   "being",   "below",  "beneath", "beside",  "besides", "between", "beyond",  "both",
    "but",      "by",      "can",    "could",   "despite", "did",     "do",      "does",    "down",
    "during",   "either",  "except", "for",     "from",    "had",     "has",     "have",    "he",
    "her",      "hers",    "him",    "his",     "i",       "if",      "in",      "inside",  "into",
    "is",       "it",      "its",    "may",     "me",      "might",   "mine",    "must",    "my",
    "near",     "neither", "nor",    "not",     "of",      "off",     "on",      "onto",    "or",
    "our",      "ours",    "out",    "outside", "over",    "past",    "shall",   "she",     "should",
    "since",    "so",      "than",   "that",    "the",     "their",   "them",    "then",    "these",
    "they",     "this",    "those",  "though",  "through", "till",    "to",      "toward",  "towards",
    "under",    "unless",  "until",  "unlike",  "up",      "upon",    "us",      "versus",  "via",
    "was",      "we",      "were",   "what",    "when",    "where",   "whether", "which",   "while",
    "who",      "whom",    "whose",  "will",    "with",    "within",  "without", "would",   "yet",
    "you",      "your",    "yours",  "also",    "even",    "just",    "only",    "still",
};

}  // namespace

bool is_function_word(std::string_view word) {
  static const auto sorted = [] {
    auto words = kFunctionWords;
    std::sort(words.begin(), words.end());
    return words;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool opens_sentence(std::string_view word) {
  std::string w = lower(word);
  if (w.size() < 2 || w == "may" || w == "will") return false;
  return is_function_word(w) || is_one_of(w, {"later", "then", "however", "meanwhile", "afterwards", "today",
                                              "yesterday", "now", "still", "instead", "finally", "soon", "there",
                                              "here", "yet", "also"});
}

bool is_motion_verb(std::string_view word) {
  return is_one_of(word, {"moving", "heading", "drifting", "tracking", "headed", "moved", "drifted"});
}

}  // namespace briefcast::text
