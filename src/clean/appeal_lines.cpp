#include "clean/appeal_lines.h"

#include <algorithm>
#include <array>
#include <string>

#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// An appeal is a line or a short paragraph; the article's own paragraphs run longer.
constexpr std::size_t kMaxAppealWords = 60;

// Phrases of appeals, matched as whole words anywhere in the line.
constexpr std::array<std::string_view, 26> kAppealPhrases = {
    "support us",           "support our journalism", "support our work",       "support independent journalism",
    "make a donation",      "donate now",             "become a supporter",
    "unterstütze uns",      "unterstützen sie uns",   "unsere arbeit unterstützen", "unsere arbeit unterstützt",
    "ihr beitrag hilft",    "dein beitrag hilft",     "jetzt spenden",          "jetzt unterstützen",
    "hazte miembro",        "hazte socio",            "haz una donación",       "apoya nuestro periodismo",
    "faire un don",         "faites un don",          "soutenez nous",          "fai una donazione",
    "sostieni il",          "faça uma doação",        "apoie o"};

// The newsletter's sign-up box under the text asks for the reader's address and consent in the
// same way: "enter your email address", "ich bin damit einverstanden".
constexpr std::array<std::string_view, 12> kSignUpPhrases = {
    "enter your email",    "your email address to", "sign up for our newsletter", "subscribe to our newsletter",
    "ihre e mail adresse an", "ihre email adresse an", "newsletter abonnieren",   "zum newsletter anmelden",
    "willige ich",         "ich bin damit einverstanden", "inscríbete a nuestro boletín", "inscrivez vous à notre newsletter"};

// Calls to support that open the line: imperatives a sentence of the article rarely opens with.
constexpr std::array<std::string_view, 9> kAppealOpenings = {"unterstütze", "unterstützen sie", "supporte", "apoya",
                                                              "apóyanos",    "soutenez",         "sostienici", "spende",
                                                              "spenden sie"};

// " w1 w2 ... wn ": the line's lower-cased words joined by single spaces, padded for matching.
std::string padded_words(std::string_view line) {
  const std::string lower = to_lower(line);
  std::string joined = " ";
  for (const auto word : word_tokens(lower)) {
    joined.append(word);
    joined.push_back(' ');
  }
  return joined;
}

bool has_phrase(const std::string& joined, std::string_view phrase, bool at_start) {
  std::string needle = " ";
  needle.append(phrase);
  needle.push_back(' ');
  return at_start ? joined.rfind(needle, 0) == 0 : joined.find(needle) != std::string::npos;
}

}  // namespace

bool looks_like_support_appeal(std::string_view line) {
  // A quote is the article's: a charity's or a club's appeal, reported.
  constexpr std::array<std::string_view, 6> kQuotes = {"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"};
  if (std::any_of(kQuotes.begin(), kQuotes.end(), [&](std::string_view q) { return line.find(q) != std::string_view::npos; })) {
    return false;
  }
  const std::string joined = padded_words(line);
  const std::size_t words = static_cast<std::size_t>(std::count(joined.begin(), joined.end(), ' ')) - 1;
  if (words == 0 || words > kMaxAppealWords) return false;
  auto anywhere = [&](std::string_view phrase) { return has_phrase(joined, phrase, false); };
  auto opening = [&](std::string_view phrase) { return has_phrase(joined, phrase, true); };
  return std::any_of(kAppealPhrases.begin(), kAppealPhrases.end(), anywhere) ||
         std::any_of(kSignUpPhrases.begin(), kSignUpPhrases.end(), anywhere) ||
         std::any_of(kAppealOpenings.begin(), kAppealOpenings.end(), opening);
}

std::size_t support_appeal_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                 std::size_t window) {
  last = std::min(last, blocks.size());
  // The last `window` good blocks, walked from the top so the first appeal line opens the box.
  const std::size_t appeal = first_marker_in_tail(blocks, first, last, window, [](const TextBlock& block) {
    return block.final_class == BlockClass::kGood && looks_like_support_appeal(block.text);
  });
  if (appeal == last) return last;
  // The box's heading and its first lines share the appeal's group of lines.
  std::size_t start = appeal;
  const std::vector<bool> opens = group_openings(blocks);
  while (start > first && blocks[appeal].group_size > 1 && !opens[start]) --start;
  return any_good_block(blocks, first, start) ? start : last;
}

}  // namespace briefcast
